// A wave is made of senders new to the inbox (core/wave/known-sender.ts): a confirmation from a
// company the inbox knew before the wave (a code the person asked for) stays clean in the middle of
// it, unless it repeats the wave's typed-in text or its company floods on its own; a company that
// ever took part in a wave is never known again, whatever it sends later.
import { describe, expect, it } from 'vitest'
import { replay, type ClassifyContext } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 10, 9, 10, 0)

const ack = (i: number, minutes: number, title = 'hello'): MailInput => ({
  id: `ack${i}-${minutes}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] ${title}`,
  snippet: `Your request (${5000 + i}) has been received and is being reviewed by our support staff.`,
})

/** The service's everyday mail: what makes a sender known. */
const digest = (id: string, minutes: number): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: 'Quillet',
  senderAddress: 'no-reply@quillet.example',
  subject: 'Your Quillet weekly digest',
  snippet: 'Three new lists you may like, and what your friends saved this week.',
})

const code = (id: string, minutes: number): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: 'Quillet',
  senderAddress: 'no-reply@quillet.example',
  subject: 'Your Quillet verification code',
  snippet: 'Use 469708 to finish signing in. It expires in 10 minutes.',
})

/** A "solved" notice in words no template holds, a day after: the company's later mail. */
const solvedLater = (i: number, minutes: number): MailInput => ({
  id: `solved${i}-${minutes}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `Closing your ticket ${7000 + i}`,
  snippet: 'We closed this ticket as we could not find anything to do.',
})

function judged(mails: MailInput[], context: ClassifyContext = {}) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features, context)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

const wave = (start = 0, title = 'hello') => [0, 1, 2, 3, 4, 5].map((i) => ack(i, start + i, title))

describe('a confirmation from a company the inbox knew before the wave', () => {
  it('stays clean in the middle of the wave', () => {
    const verdicts = judged([digest('last-week', (-7 * DAY) / MINUTE), ...wave(), code('now', 7)])
    expect(verdicts['ack5-5']!.verdict).toBe('relay')
    expect(verdicts.now!.verdict).toBe('clean')
  })

  it('is known from a confirmation on an earlier day: a service the person signed up with', () => {
    const verdicts = judged([code('last-week', (-7 * DAY) / MINUTE), ...wave(), code('now', 7)])
    expect(verdicts['ack5-5']!.verdict).toBe('relay')
    expect(verdicts.now!.verdict).toBe('clean')
  })

  it('is not known from a confirmation earlier the same day: it vouches after a day', () => {
    const verdicts = judged([code('this-morning', -180), ...wave(), code('now', 7)])
    expect(verdicts.now!.verdict).toBe('relay')
  })

  it('still makes a wave when every company had confirmed once a week before', () => {
    // An attacker who signed the victim up with each company beforehand: known companies
    // confirming at once are a wave of their own, admitted from the third on.
    const companies = [7, 8, 9, 10, 11]
    const before = companies.map((i) => ack(i, (-7 * DAY) / MINUTE, 'my order'))
    const verdicts = judged([...before, ...companies.map((i) => ack(i, 100 + i))])
    expect(verdicts['ack11-111']!.verdict).toBe('relay')
  })

  it('is known from its confirmations on two days: a service whose codes the person asks for', () => {
    const before = [code('two-weeks', (-14 * DAY) / MINUTE), code('last-week', (-7 * DAY) / MINUTE)]
    expect(judged([...before, ...wave(), code('now', 7)]).now!.verdict).toBe('clean')
  })

  it('is known only under the name it wrote under: a shared platform vouches for no other', () => {
    const alert: MailInput = {
      ...digest('alert', -DAY / MINUTE),
      senderName: 'Google',
      senderAddress: 'no-reply@accounts.google.com',
      subject: 'Security alert',
    }
    const receipt: MailInput = {
      ...code('receipt', 7),
      senderName: 'Google Forms',
      senderAddress: 'forms-receipts-noreply@google.com',
    }
    expect(judged([alert, ...wave(), receipt]).receipt!.verdict).toBe('relay')
  })

  it('is the wave’s when its company confirms again within the join gap', () => {
    const verdicts = judged([
      digest('last-week', (-7 * DAY) / MINUTE),
      ...wave(),
      code('now', 7),
      code('again', 12),
    ])
    expect(verdicts.now!.verdict).toBe('clean')
    expect(verdicts.again!.verdict).toBe('relay')
  })

  it('is known again a day after it confirmed twice at once', () => {
    // Two codes within minutes make the company no voucher for that day, not for ever.
    const twice = [code('twice-1', (-2 * DAY) / MINUTE), code('twice-2', (-2 * DAY) / MINUTE + 5)]
    const verdicts = judged([
      digest('last-week', (-7 * DAY) / MINUTE),
      ...twice,
      ...wave(),
      code('now', 7),
    ])
    expect(verdicts['ack5-5']!.verdict).toBe('relay')
    expect(verdicts.now!.verdict).toBe('clean')
  })

  it('makes a wave with other known companies confirming at the same time', () => {
    // Known companies confirming at once are admitted from the third on; the first two stay out.
    const companies = [7, 8, 9, 10, 11]
    const known = companies.map((i) => ({
      ...ack(i, (-7 * DAY) / MINUTE),
      subject: `Brand ${i} news`,
      snippet: 'Our autumn collection is here.',
    }))
    const verdicts = judged([...known, ...companies.map((i) => ack(i, 100 + i))])
    expect(verdicts['ack7-107']!.verdict).toBe('clean')
    expect(verdicts['ack11-111']!.verdict).toBe('relay')
  })

  it('is the wave’s when it greets a disguised title: companies do not disguise their words', () => {
    const greeted = {
      ...code('greeted', 7),
      snippet:
        'Hi F\u200bR\u200bE\u200bE N\u200bI\u200bT\u200bR\u200bO, use 469708 to finish signing in.',
    }
    const verdicts = judged([digest('last-week', (-7 * DAY) / MINUTE), ...wave(), greeted])
    expect(verdicts.greeted!.verdict).toBe('relay')
  })

  it('joins the wave when it only joins and greets a disguised title', () => {
    // No confirmation wording the lexicon reads, from a company's automated mailbox: a joiner.
    const joiner: MailInput = {
      ...digest('joiner', 7),
      subject: 'Hello again',
      snippet: 'Hi Ｔａｋｅ ｄｏｗｎ ｏｒｄｅｒｓ, see you at the market on Saturday.',
    }
    const features = extractFeatures(joiner)
    expect([features.helpdesk, features.joiner, features.disguised]).toEqual([false, true, true])
    const verdicts = judged([digest('last-week', (-7 * DAY) / MINUTE), ...wave(), joiner])
    expect(verdicts.joiner!.verdict).toBe('relay')
  })

  it('joins the wave when it only joins and repeats the wave’s typed-in text', () => {
    const title = 'TAKE DOWN ORDERS issued against your website'
    // No confirmation wording the lexicon reads beside the text: a joiner, not a candidate.
    const joiner: MailInput = { ...digest('joiner', 7), subject: title, snippet: 'Noted.' }
    const features = extractFeatures(joiner)
    expect([features.helpdesk, features.joiner, features.disguised ?? false]).toEqual([
      false,
      true,
      false,
    ])
    const verdicts = judged([digest('last-week', (-7 * DAY) / MINUTE), ...wave(0, title), joiner])
    expect(verdicts.joiner!.verdict).toBe('relay')
  })

  it('keeps its newsletter with a styled subject out of the wave', () => {
    const styled: MailInput = {
      ...digest('styled', 7),
      subject: '𝗕𝗟𝗔𝗖𝗞 𝗙𝗥𝗜𝗗𝗔𝗬: 30% off every list',
      snippet: 'Our biggest sale of the year starts now, until Sunday.',
    }
    const verdicts = judged([digest('last-week', (-7 * DAY) / MINUTE), ...wave(), styled])
    expect(verdicts['ack5-5']!.verdict).toBe('relay')
    expect(verdicts.styled!.verdict).toBe('clean')
  })

  it('is relay from a company the inbox never saw', () => {
    expect(judged([...wave(), code('now', 7)]).now!.verdict).toBe('relay')
  })

  it('is the wave’s when it repeats the wave’s typed-in text', () => {
    const title = 'TAKE DOWN ORDERS issued against your website'
    const known = ack(9, (-7 * DAY) / MINUTE, 'where is my parcel')
    const verdicts = judged([known, ...wave(0, title), ack(9, 7, title)])
    expect(verdicts['ack9-7']!.verdict).toBe('relay')
  })

  it('keeps its flood marked: a known company sending a burst of its own', () => {
    const known = ack(9, (-7 * DAY) / MINUTE)
    const flood = [0, 1, 2, 3, 4, 5, 6].map((i) => ack(9, 10 + i))
    const verdicts = judged([known, ...flood])
    expect(verdicts['ack9-16']!.verdict).not.toBe('clean')
    expect(verdicts['ack9-16']!.reasons).toContain('domain-burst')
  })

  it("still counts a wave's company that writes twice", () => {
    expect(judged([...wave(), ack(2, 20)])['ack2-20']!.verdict).toBe('relay')
  })
})

describe('a company that took part in a wave', () => {
  it('is still the next wave’s: attackers run the same forms again', () => {
    const next = wave(DAY / MINUTE)
    const verdicts = judged([...wave(), ...next])
    expect(verdicts[`ack5-${DAY / MINUTE + 5}`]!.verdict).toBe('relay')
    expect(verdicts[`ack0-${DAY / MINUTE}`]!.verdict).toBe('relay')
  })

  it('is not vouched for by its later mail about the relayed ticket', () => {
    const later = [0, 1, 2, 3, 4, 5].map((i) => solvedLater(i, DAY / MINUTE + 60 * i))
    const next = wave((3 * DAY) / MINUTE)
    const verdicts = judged([...wave(), ...later, ...next])
    expect(verdicts[`ack3-${(3 * DAY) / MINUTE + 3}`]!.verdict).toBe('relay')
  })

  it('is remembered from earlier judgements when the replay holds its wave only in part', () => {
    // The replayed span starts after the first wave: only the companies' later mail is in it.
    const later = [0, 1, 2, 3, 4, 5].map((i) => solvedLater(i, DAY / MINUTE + 60 * i))
    const next = wave((3 * DAY) / MINUTE)
    const id = `ack3-${(3 * DAY) / MINUTE + 3}`
    // Known companies confirming at once are a wave of their own from the third on; the first
    // ones are kept out unless the stored waves remember their companies.
    const first = `ack0-${(3 * DAY) / MINUTE}`
    expect(judged([...later, ...next])[first]!.verdict).toBe('clean')
    expect(judged([...later, ...next])[id]!.verdict).toBe('relay')
    const remembered = { waveCompanies: [0, 1, 2, 3, 4, 5].map((i) => `brand${i}.zendesk.com`) }
    expect(judged([...later, ...next], remembered)[first]!.verdict).toBe('relay')
  })
})
