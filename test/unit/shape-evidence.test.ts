// Evidence that needs no wording the lexicon knows (core/mail/shape.ts): a link whose path asks to
// confirm, and a ticket number given in a sentence. Either makes a mail from a person's-looking
// sender wait for a wave (a joiner); neither makes a wave on its own.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { hasConfirmationLink, hasTicketId } from '../../src/core/mail/shape.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 8, 14, 7, 0)

const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: '[Request received] hello',
  snippet: `Your request (${3000 + i}) has been received and is being reviewed by our support staff.`,
})

/** A display name alone, in words nobody taught the lexicon. */
const bare = (id: string, minutes: number, snippet: string): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: 'Vellinor Trädgård',
  senderAddress: '',
  subject: 'Vellinor Trädgård',
  snippet,
})

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

describe('a confirmation link', () => {
  it.each([
    'https://shop.example/users/confirmation?confirmation_token=abc',
    'https://app.example/email/verify/12/9f8e',
    'https://list.example/subscribe/confirm?u=1&id=2',
    'https://news.example/optin/x7',
    'https://acme.example/password/reset/q1',
    'https://forum.example/accounts/confirm-email/Mzk6MWRi/',
    'https://shop.example/users/password/edit?reset_password_token=abc',
  ])('is found in %s', (url) => {
    expect(hasConfirmationLink(`tap ${url} to go on`)).toBe(true)
  })

  it.each([
    'https://news.example/unsubscribe?u=1',
    'https://news.example/unsubscribe?token=abc',
    'https://x.substack.com/action/disable_email?token=abc',
    'https://news.example/subscribe?utm_source=footer',
    'https://shop.example/subscription/manage',
    'https://shop.example/order-confirmation/123',
    'https://shop.example/account/password',
    'https://blog.example/how-we-verified-our-builds',
    'https://blog.example/reset-css-guide',
    'https://shop.example/orders/123',
    'https://blog.example/2026/09/notes',
    'no link here: confirm your subscription',
  ])('is not found in %s', (text) => {
    expect(hasConfirmationLink(text)).toBe(false)
  })

  it('makes a mail in unknown words wait for a wave, and join one under way', () => {
    const linked = bare(
      'linked',
      6,
      'Tryck på https://vellinor.example/verify/8kq2 så är det klart.',
    )
    expect(extractFeatures(linked)).toMatchObject({ helpdesk: false, joiner: true })
    const verdicts = judged([...[0, 1, 2, 3, 4].map((i) => ack(i, i)), linked])
    expect(verdicts.linked!.verdict).toBe('relay')
  })

  it('is read at the end of a long body too', () => {
    const mail = {
      ...bare('long', 0, 'Hej! Tack.'),
      body: `Hej! Tack.\n${'Lorem ipsum dolor. '.repeat(60)}\nhttps://vellinor.example/optin/77`,
    }
    expect(extractFeatures(mail).joiner).toBe(true)
  })

  it('alone, with no wave, leaves the mail clean', () => {
    const verdicts = judged(
      [0, 1, 2, 3, 4].map((i) => ({
        ...bare(`b${i}`, i, `https://shop${i}.example/verify/${i}`),
        senderName: `Vellinor ${i}`,
      })),
    )
    expect(Object.values(verdicts).every((v) => v.verdict === 'clean')).toBe(true)
  })

  it('a newsletter footer with only an unsubscribe link is no evidence', () => {
    const footer = bare('footer', 6, 'Our autumn catalogue. https://vellinor.example/unsubscribe')
    expect(extractFeatures(footer).joiner).toBe(false)
  })
})

describe('a ticket number given in a sentence', () => {
  it.each([
    'tu incidencia es la 147551',
    'seu chamado e o 411237',
    'je melding heeft nummer 30930',
    'ton dossier porte le numero 359197',
    'your case is number 8812345',
    'ihre anfrage nr. 84133',
    'vorgang nr 55512',
  ])('is an id: %s', (text) => {
    expect(hasTicketId(text)).toBe(true)
  })

  it.each([
    'your ticket for the 2026 final',
    'case 2 of 3',
    'your request for 300 seats',
    'your request to transfer 25000 eur',
    'loan request for 250000',
    'in case you missed 12345 new followers',
    'caso de sucesso 12345',
    'request from anna 123456',
    'your ticket is 12345 points away',
    'famozzi wochenpost nr. 84133',
    'wuzzamo weekbrief nr. 11510',
    'the monthly bulletin nr 2041',
  ])('is no id: %s', (text) => {
    expect(hasTicketId(text)).toBe(false)
  })
})

describe('an id in brackets', () => {
  it.each(['[#48213] hello', '[acme #48213] your request', '[support 48213] re: refund'])(
    'is a ticket: %s',
    (text) => {
      expect(hasTicketId(text)).toBe(true)
    },
  )

  it.each([
    '[sadev] [bug 739] rules broken',
    '[project - bug #1234] (new) crash on start',
    '[bug 48213] layout breaks',
  ])('is no ticket when a bug tracker names a bug: %s', (text) => {
    expect(hasTicketId(text)).toBe(false)
  })
})
