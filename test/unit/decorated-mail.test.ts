// Everyday mail that dresses its own words (core/mail/indicators/indicators.ts isTypedIn, sender-only.ts):
// a newsletter's styled headline, the reader's name in styled letters after a greeting, sparkles
// and capitals in a subject. Such mail neither joins a wave under way nor, from a sender the inbox
// knew, is taken for typed-in text. Styled words that say what payloads say (a takedown, a crypto
// lure, an overdue invoice, a link) still are. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { isTypedIn } from '../../src/core/mail/indicators/indicators.ts'
import { replay } from '../../src/core/wave/classify.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 11, 1, 9, 0)
const bold = (text: string) =>
  [...text]
    .map((c) =>
      /[A-Za-z]/u.test(c)
        ? String.fromCodePoint(c.codePointAt(0)! + (c <= 'Z' ? 0x1d5d4 - 65 : 0x1d5ee - 97))
        : c,
    )
    .join('')

const ack = (i: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + i * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: '[Request received] hello',
  snippet: `Your request (${2000 + i}) has been received and is being reviewed by our support staff.`,
})

const newsletter = (id: string, date: number, subject: string, snippet: string): MailInput => ({
  id,
  date,
  senderName: 'Wumbleton',
  senderAddress: 'info@wumbleton.example',
  subject,
  snippet,
})

const decorated = (id: string, date: number) =>
  newsletter(
    id,
    date,
    `✨ ${bold('New')} ✨ Up to 40% off knitwear, this weekend only`,
    `Up to 40% off knitwear \u200c \u200c \u200c Hey ${bold('Harriet')} ✨ ${bold('BLACK FRIDAY')} is here and the whole shop is on sale. Unsubscribe: https://wumbleton.example/u`,
  )

function verdictOf(mails: MailInput[], id: string): string {
  const features = mails.map((mail) => extractFeatures(mail))
  const { final } = replay(features)
  return final[features.findIndex((f) => f.id === id)]!.verdict
}

const wave = () => [0, 1, 2, 3, 4, 5].map(ack)

describe('a newsletter that styles its own words', () => {
  it('is no typed-in text', () => {
    expect(isTypedIn(`Hey ${bold('Harriet')}, ${bold('BLACK FRIDAY')} is here`)).toBe(false)
    expect(extractFeatures(decorated('d', T0)).joiner).toBe(false)
  })

  it('stays clean inside a wave, from a new sender and from one the inbox knew', () => {
    expect(verdictOf([...wave(), decorated('new', T0 + 7 * MINUTE)], 'new')).toBe('clean')
    const known = [newsletter('last-week', T0 - 7 * DAY, 'Our weekly picks', 'Five things.')]
    expect(verdictOf([...known, ...wave(), decorated('known', T0 + 7 * MINUTE)], 'known')).toBe(
      'clean',
    )
  })
})

describe('a newsletter whose styled headline carries its only small words', () => {
  it.each([
    [
      `🏆 ${bold('Your Season Pass')} 🏆`,
      `Bonus rounds 🏆 \u200c \u200c Hey ${bold('Harriet')} 🏆 ${bold('Your Season Pass')}. Unsubscribe: https://w.example/u`,
    ],
    [
      `🌷 ${bold('Nieuwe lentejassen')} 🌷`,
      `De nieuwe jassen hangen klaar \u200c \u200c Hoi ${bold('Sanne')}. Afmelden: https://w.example/u`,
    ],
    [
      `🎁 ${bold('BLACK FRIDAY')} 🎁`,
      `O novo catálogo está online \u200c \u200c Olá ${bold('Marta')}. Cancelar inscrição: https://w.example/u`,
    ],
  ])('is read in its language and joins no wave: %s', (subject, snippet) => {
    const mail = newsletter('n', T0 + 7 * MINUTE, subject, snippet)
    expect(extractFeatures(mail).joiner).toBe(false)
    expect(verdictOf([...wave(), mail], 'n')).toBe('clean')
  })
})

describe('a known sender’s mail that may join, greeting the reader in styled letters', () => {
  it('is no typed-in text that would take it into the wave', () => {
    const preferences = newsletter(
      'prefs',
      T0 + 7 * MINUTE,
      'Your preferences',
      `Hey ${bold('Harriet')} ✨ pick your topics: https://wumbleton.example/confirm/x7`,
    )
    expect(extractFeatures(preferences)).toMatchObject({ joiner: true })
    expect(extractFeatures(preferences).disguised).toBeUndefined()
    const known = [newsletter('last-week', T0 - 7 * DAY, 'Our weekly picks', 'Five things.')]
    expect(verdictOf([...known, ...wave(), preferences], 'prefs')).toBe('clean')
  })
})

describe('styled words that say what payloads say', () => {
  it.each([
    [bold('TAKE DOWN ORDER issued against your website')],
    [bold('Elon airdrop live - 5 ETH per wallet')],
    [`${bold('INVOICE 88213 OVERDUE')} pay now`],
    [bold('claim at nitro-vault.example')],
  ])('are typed in: %s', (text) => {
    expect(isTypedIn(text)).toBe(true)
  })

  it('and an invisible character inside a word is typed in whatever it says', () => {
    expect(isTypedIn('Hi H\u200ba\u200brriet')).toBe(true)
  })
})
