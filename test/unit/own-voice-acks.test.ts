// A company that answers its contact form in its own voice says it has the message, noted it, or
// that it landed, and that someone will come back to the person, in words no product template
// uses (core/mail/lexicon-stems.ts). Its subject may say nothing: the form's title, the company's
// name, the typed-in name, or a reference number alone, which is no one-time code when the body
// says the message arrived (core/mail/evidence.ts). Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'

const body = (opening: string, subject = 'Contact') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null })

describe('an acknowledgement in a company’s own voice', () => {
  it.each([
    ['en', 'Hi! Your message landed safely with us. Someone from the team will come back to you.'],
    ['en', 'Thanks, duly noted: your question is in good hands and we will reply this week.'],
    ['de', 'Hallo! Deine Nachricht ist bei uns gelandet. Jemand aus dem Team schreibt dir zurück.'],
    ['de', 'Hiermit bestätigen wir den Eingang Ihres Schreibens vom 12.11.'],
    ['de', 'Wir haben Ihre Anfrage notiert und melden uns.'],
    ['fr', 'Merci, c’est noté. On revient vers vous très vite.'],
    ['fr', 'Merci pour ton rapport de bug, l’équipe le lit chaque matin.'],
    ['es', 'Gracias, ya lo tenemos. Te escribimos pronto.'],
    ['es', 'Hemos anotado tu consulta con el número 543388.'],
    ['es', 'Le comunicamos que su solicitud queda anotada con el número 352740.'],
    ['pt', 'Registámos o seu contacto com o n.º 78349.'],
    ['it', 'Ciao, abbiamo il tuo messaggio: ti rispondiamo in giornata.'],
    ['nl', 'Beste klant, we hebben je bericht en komen erop terug.'],
    ['nl', 'Uw vraag staat bij ons genoteerd onder 665881.'],
    ['nl', 'Dank je, is binnen. We komen erop terug.'],
  ])('is read as an acknowledgement (%s): %s', (_, opening) => {
    expect(body(opening).confirmation).toBe('ack')
  })

  it('keeps "votre mot de passe" a password, not a note sent in', () => {
    expect(body('', 'Réinitialiser votre mot de passe').confirmation).toBe('password-reset')
  })

  it('is not read into a newsletter that writes to say something', () => {
    const news = body(
      'Hola Ana, te escribimos para contarte las novedades de diciembre.',
      'Novedades',
    )
    expect(news.confirmation).toBeNull()
  })
})

describe('a subject that is a bare number, from an automated mailbox', () => {
  const numbered = (opening: string) =>
    evidenceOf({ subject: '464412', opening, templateKind: null, sender: 'automated' })

  it('titles a one-time code when the body says nothing else', () => {
    expect(numbered('Use it within 10 minutes.').confirmation).toBe('sign-in-code')
  })

  it('titles a ticket when the body says the message was received', () => {
    const ticket = numbered('Hi! Deine Nachricht ist bei uns gelandet. Jemand schreibt dir zurück.')
    expect(ticket.confirmation).toBe('ack')
  })
})
