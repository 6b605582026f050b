// A portal's notice that a message waits there ("Neue Nachricht im Elternportal: melden Sie sich
// an, um sie zu lesen") names somebody's message and asks the reader to log in to read it: no
// request the reader sent and no form's copy, so it joins no wave (evidence.ts, this-mail.ts).
// The person's own message, named with its date or the form it came through, still is a request.
// Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { conceptHits, foldForLexicon } from '../../src/core/mail/lexicon.ts'

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
      'Neue Nachricht im Elternportal',
      'Bitte melden Sie sich bei Kelvamo an, um die Nachricht der Klassenleitung zu lesen.',
    ],
    ['Nieuw bericht in de ouderapp', 'Log in bij Kelvamo om het bericht van de juf te lezen.'],
    ['New message in your class app', 'Log in to Kelvamo to read the message from Ms Hart.'],
  ])('joins no wave: %s', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet))).toMatchObject({
      helpdesk: false,
      joiner: false,
    })
  })

  it.each([
    ['die Nachricht der Klassenleitung'],
    ['a mensagem da professora'],
    ['het bericht van de juf'],
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
})
