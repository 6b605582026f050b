// A company that answers its contact form in its own voice says it has the message, noted it, or
// that it landed, and that someone will come back to the person, in words no product template
// uses (core/mail/lexicon/lexicon-stems.ts). Its subject may say nothing: the form's title, the company's
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
    ['fr', 'Merci d’avoir écrit au cabinet. Le secrétariat lit les messages deux fois par jour.'],
    ['de', 'Vielen Dank für Ihren Hinweis. Der Bauhof prüft die Stelle.'],
    ['de', 'Unser Empfang hat Ihre Zeilen erhalten.'],
    ['en', 'Got it! Expect an answer from the team within two working days.'],
    ['en', 'Thanks for your message, we’re on it and will get back soon.'],
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

describe('one click left to a subscription or an account', () => {
  it.each([
    ['Ein Klick, und der Newsletter kommt: https://acme.example/c', 'confirm-subscription'],
    ['Un clic pour recevoir notre lettre : https://acme.example/c', 'confirm-subscription'],
    [
      'Confirmez que vous souhaitez nos actualités : https://acme.example/c',
      'confirm-subscription',
    ],
    ['Un clic más y tu cuenta de Acme queda lista: https://acme.example/c', 'verify-account'],
    ['Un clic para empezar a recibir el boletín: https://acme.example/c', 'confirm-subscription'],
    ['Un clic per ricevere la newsletter: https://acme.example/c', 'confirm-subscription'],
  ])('is read as account mail: %s', (opening, confirmation) => {
    expect(body(opening).confirmation).toBe(confirmation)
  })
})

describe('what a company says it has', () => {
  it('is an acknowledgement when it is the person’s message', () => {
    expect(body('Wir haben Ihre Nachricht und melden uns bald.').confirmation).toBe('ack')
  })

  it.each([
    ['Wir haben Ihre Kontoauszüge für März in Ihrem Konto bereitgestellt.'],
    ['We hebben je account overgezet naar de nieuwe voorwaarden.'],
    ['Abbiamo il tuo nuovo indirizzo. Il tuo account è aggiornato.'],
    ['Bitte nutzen Sie den Eingang an der Rückseite.'],
  ])('is nothing when it is their statements, their account or a door: %s', (opening) => {
    expect(body(opening, 'Info').confirmation).toBeNull()
  })
})

describe('a click offered to leave a list', () => {
  it.each([
    ['La lettre de la semaine : nos coups de cœur. Un clic pour vous désabonner.'],
    ['Unser Newsletter im März. Ein Klick und Sie sind abgemeldet.'],
    ['Novedades de marzo. Haz un clic en este enlace para darte de baja.'],
  ])('is no click left to join it: %s', (opening) => {
    expect(body(opening, 'News').confirmation).toBeNull()
  })
})

describe('a link named in a warning', () => {
  it('is no reset', () => {
    const bill = body(
      'Votre facture de 45,00 EUR est disponible. Nous ne vous enverrons jamais de lien vous demandant votre mot de passe.',
      'Votre facture',
    )
    expect(bill.confirmation).not.toBe('password-reset')
  })
})

describe('a link to set a password', () => {
  it.each([
    ['Voici le lien pour changer votre mot de passe : https://acme.example/r'],
    ['Aquí tienes el enlace para cambiar la contraseña: https://acme.example/r'],
    ['Mit diesem Link vergeben Sie ein neues Passwort: https://acme.example/r'],
  ])('is a reset: %s', (opening) => {
    expect(body(opening, 'Acme').confirmation).toBe('password-reset')
  })
})

describe('a form’s fields listed back', () => {
  it.each([
    ['Overzicht van je inzending Naam: Sanne E-mail: s@x.example Onderwerp: Overig Bericht: hoi'],
    ['Récapitulatif de votre envoi Nom : Ana E-mail : a@x.example Sujet : Autre Message : Ana'],
    ['Datos enviados Nombre: Marie Correo: m@x.example Motivo: Otra Mensaje: Marie'],
    ['A copy of your submission Name: Kim Email: k@x.example Phone: 0123 Message: hello'],
  ])('are a form’s copy to the submitter: %s', (opening) => {
    expect(body(opening, 'Acme').confirmation).toBe('ack')
  })

  it.each([
    ['Order 5512. Name: Ana Lee Email: ana@x.example Phone: 0612345 Card message: Happy birthday!'],
    ['Reserva confirmada. Nombre: Ana Correo: a@x.example Teléfono: 0612 Comentario: mesa fuera'],
    ['Reservering bevestigd. Naam: Ana E-mail: a@x.example Telefoon: 0612 Opmerking: raam'],
    ['Order 5512. Name: Ana Email: a@x.example Phone: 0612 Message: please ring twice'],
  ])('are not an order’s or a booking’s details: %s', (opening) => {
    expect(body(opening, 'Acme').confirmation).not.toBe('ack')
  })

  it('are not an order’s delivery details, which carry no typed message', () => {
    const order = body(
      'Delivery to Name: Kim Email: k@x.example Phone: 0123 Address: 1 Main St',
      'Acme',
    )
    expect(order.confirmation).toBeNull()
  })

  it('are not a forwarded mail’s headers', () => {
    const forwarded = body(
      'From: Kim Sent: Monday To: Ana Subject: lunch Message: see below',
      'Fwd',
    )
    expect(forwarded.confirmation).toBeNull()
  })
})

describe('a subject that is a bare number, from an automated mailbox', () => {
  const numbered = (opening: string) =>
    evidenceOf({ subject: '464412', opening, templateKind: null, sender: 'automated-mailbox' })

  it('titles a one-time code when the body says nothing else', () => {
    expect(numbered('Use it within 10 minutes.').confirmation).toBe('sign-in-code')
  })

  it('titles a code when the body says a sign-in was asked for, in words that also acknowledge', () => {
    const code = numbered('We received a request to sign in to your account. Your code is 123456.')
    expect(code.confirmation).toBe('sign-in-code')
  })

  it('titles a ticket when the body says the message was received', () => {
    const ticket = numbered('Hi! Deine Nachricht ist bei uns gelandet. Jemand schreibt dir zurück.')
    expect(ticket.confirmation).toBe('ack')
  })
})
