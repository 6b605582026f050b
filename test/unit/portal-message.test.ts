// A portal's notice that a message waits there ("Neue Nachricht im Elternportal: melden Sie sich
// an, um sie zu lesen") names somebody's message and asks the reader to log in to read it: no
// request the reader sent and no form's copy, so it joins no wave (evidence.ts, this-mail.ts).
// The person's own message, named with its date or the form it came through, still is a request.
// Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { conceptHits, foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'

const mail = (subject: string, snippet: string): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 11, 2, 9),
  senderName: 'Kelvamo',
  senderAddress: 'team@kelvamo.example',
  subject,
  snippet,
})

const requests = (text: string) =>
  conceptHits(foldForLexicon(text)).filter((hit) => hit.concept === 'request').length

describe('a message waiting in a portal', () => {
  it.each([
    [
      'Neue Nachricht im Schulportal',
      'Melden Sie sich im Portal an, um die Mitteilung der Lehrerin zu lesen.',
    ],
    ['Nieuw bericht in de schoolapp', 'Log in bij de app om het bericht van meester Tom te lezen.'],
    ['Nuevo mensaje en el portal', 'Accede al portal del colegio para leerlo.'],
    ['Nouveau message', 'Connectez-vous au portail des parents pour le lire.'],
    ['New message in your class app', 'Log in to Kelvamo to read the message from Ms Hart.'],
  ])('joins no wave: %s', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet))).toMatchObject({
      helpdesk: false,
      joiner: false,
    })
  })

  it.each([
    ['die Nachricht des Trainers'],
    ['a mensagem do diretor'],
    ['het bericht van de coach'],
    ['a message from Sam'],
  ])('names somebody’s message, no request: %s', (text) => {
    expect(requests(text)).toBe(0)
  })
})

describe('the person’s own message', () => {
  it.each([
    ['Ihre Nachricht vom 12.11.2026 ist bei uns eingegangen.'],
    ['Hemos recibido tu mensaje del 3 de mayo.'],
    ['We received your message from the contact form.'],
    ['Recebemos a sua mensagem do site.'],
    ['Ihre Nachricht von gestern ist eingegangen.'],
    ['We received your message from Monday.'],
    ['We received your message from the Kelvamo website.'],
  ])('is still a request: %s', (text) => {
    expect(requests(text)).toBe(1)
  })

  it('a form’s copy of a new message still joins', () => {
    const copy = mail(
      'New message from Kelvamo website',
      'Name: Jo Example. Message: TAKE DOWN ORDERS',
    )
    expect(extractFeatures(copy).joiner).toBe(true)
  })

  it('a form’s copy carrying a call to log in and read still may join', () => {
    const copy = extractFeatures(
      mail(
        'New message from Kelvamo website',
        'Name: Jo Example. Email: jo@example.org. Subject: hello. Message: log in to the deals site to read the offer',
      ),
    )
    expect(copy.joiner || copy.helpdesk).toBe(true)
  })

  it('a request just received is still received', () => {
    const hits = conceptHits(foldForLexicon('Ihre Anfrage ist gerade eingegangen.'))
    expect(hits.map((hit) => hit.concept)).toEqual(['request', 'received'])
  })
})
