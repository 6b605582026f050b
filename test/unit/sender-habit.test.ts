// A company whose writing to the inbox is a habit (core/wave/habit.ts): a work tool such as the
// helpdesk whose agent notices the person reads all day confirms many times an hour; that is its
// routine, not a known company confirming twice at once, and it stays out of a wave of others.
// A company that took part in a wave gains nothing from writing often afterwards.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { SenderHabits } from '../../src/core/wave/habit.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Noon UTC, when the wave of other companies arrives. */
const NOON = Date.UTC(2026, 10, 9, 12, 0)

const ack = (i: number, at: number): MailInput => ({
  id: `ack${i}-${at}`,
  date: at,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] hello`,
  snippet: `Your request (${5000 + i}) has been received and is being reviewed by our support staff.`,
})

const wave = () => [0, 1, 2, 3, 4, 5].map((i) => ack(i, NOON + i * MINUTE))

/** The person's own helpdesk telling its agent of a new ticket: a confirmation by its words. */
const notice = (at: number): MailInput => ({
  id: `notice-${at}`,
  date: at,
  senderName: 'Orvana Support',
  senderAddress: 'helpdesk@orvana.example',
  subject: `[Orvana] Your request #${4000 + ((at / MINUTE) % 997)} has been received`,
  snippet: 'Your request has been received. Our team will reply as soon as possible.',
})

/** Notices every `stepMinutes` from `from` to `to`. */
function stream(from: number, to: number, stepMinutes: number): MailInput[] {
  const mails: MailInput[] = []
  for (let at = from; at <= to; at += stepMinutes * MINUTE) mails.push(notice(at))
  return mails
}

function judged(mails: MailInput[]) {
  const sorted = [...mails].sort((a, b) => (a.date ?? 0) - (b.date ?? 0))
  const features = sorted.map(extractFeatures)
  const { final } = replay(features, {})
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!.verdict]))
}

describe('a company whose writing is a habit', () => {
  it('stays out of a wave when it wrote on three earlier days', () => {
    const days = [3, 2, 1].flatMap((d) => stream(NOON - d * DAY, NOON - d * DAY + 2 * HOUR, 20))
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    const verdicts = judged([...days, ...wave(), ...today])
    expect(verdicts['ack5-' + (NOON + 5 * MINUTE)]).toBe('relay')
    expect(verdicts[today[1]!.id]).toBe('clean')
  })

  /** The tool's morning digest: mail that is no confirmation. */
  const digest = (at: number): MailInput => ({
    ...notice(at),
    id: `digest-${at}`,
    subject: '[Orvana] Daily digest: 31 open tickets',
    snippet: 'Oldest first. Three are waiting on a customer.',
  })

  it('stays out of a wave when it has written every hour since the morning', () => {
    // First seen this morning: not known before a wave could have begun, yet a habit, with its
    // digest before.
    const morning = [
      digest(NOON - 5 * HOUR - 10 * MINUTE),
      ...stream(NOON - 5 * HOUR, NOON - 20 * MINUTE, 25),
    ]
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    const verdicts = judged([...morning, ...wave(), ...today])
    expect(verdicts['ack5-' + (NOON + 5 * MINUTE)]).toBe('relay')
    expect(verdicts[today[0]!.id]).toBe('clean')
    expect(verdicts[today[1]!.id]).toBe('clean')
  })

  it('vouches for no other company on a platform many send through', () => {
    const via = (mail: MailInput, name: string): MailInput => ({
      ...mail,
      id: `${name}-${mail.id}`,
      senderName: name,
      senderAddress: `${name.toLowerCase()}@sendvia.example`,
    })
    const days = [3, 2, 1].flatMap((d) => stream(NOON - d * DAY, NOON - d * DAY + 2 * HOUR, 20))
    const quillo = days.map((mail) => via(mail, 'Quillo'))
    const brenna = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)].map((m) =>
      via(m, 'Brenna'),
    )
    const verdicts = judged([...quillo, ...wave(), ...brenna])
    expect(verdicts[brenna[1]!.id]).toBe('relay')
  })

  it('is the wave’s when its hours of writing were confirmations alone: forms filled', () => {
    const morning = stream(NOON - 5 * HOUR, NOON - 20 * MINUTE, 25)
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    expect(judged([...morning, ...wave(), ...today])[today[0]!.id]).toBe('relay')
  })

  it('is the wave’s when it wrote once a day before and confirms twice within minutes now', () => {
    const days = [3, 2, 1].map((d) => notice(NOON - d * DAY))
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    const verdicts = judged([...days, ...wave(), ...today])
    expect(verdicts[today[1]!.id]).toBe('relay')
  })

  it('is the wave’s when it began writing within the last hours: no habit yet', () => {
    const lately = stream(NOON - 90 * MINUTE, NOON - 20 * MINUTE, 25)
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    const verdicts = judged([...lately, ...wave(), ...today])
    expect(verdicts[today[1]!.id]).toBe('relay')
  })

  it('is known again at noon when it confirmed twice at once this morning', () => {
    // Known from last week's newsletter, two notices within minutes at 07:00 made it no voucher;
    // by noon its writing every hour is its habit.
    const newsletter = { ...notice(NOON - 7 * DAY), id: 'newsletter', subject: 'Orvana news' }
    newsletter.snippet = 'What changed in Orvana this month, and what comes next.'
    const morning = stream(NOON - 5 * HOUR, NOON - 20 * MINUTE, 25)
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    const verdicts = judged([newsletter, ...morning, ...wave(), ...today])
    expect(verdicts[today[1]!.id]).toBe('clean')
  })

  it('is no habit of confirming to send newsletters many times a day', () => {
    const news = [3, 2, 1].flatMap((d) =>
      [0, 1, 2, 3, 4].map((i) => ({
        ...notice(NOON - d * DAY + i * HOUR),
        subject: `Orvana news ${i}`,
        snippet: 'What changed in Orvana this month, and what comes next.',
      })),
    )
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    const verdicts = judged([...news, ...wave(), ...today])
    expect(verdicts[today[1]!.id]).toBe('relay')
  })

  it('takes its earlier days from the extension’s statistics, a seeded day counted once', () => {
    const day = Math.floor(NOON / DAY)
    const companyDays = [3, 2, 1].map((d) => ({ brand: 'orvana.example', day: day - d, mails: 4 }))
    const today = [notice(NOON + 2 * MINUTE), notice(NOON + 9 * MINUTE)]
    const mails = [...wave(), ...today].map(extractFeatures)
    const { final } = replay(mails, { companyDays })
    expect(final.at(-1)!.verdict).toBe('clean')
    expect(replay(mails, {}).final.at(-1)!.verdict).toBe('relay')
  })

  it('gains nothing from writing often once it took part in a wave', () => {
    // Its confirmations joined the first wave; hourly mail afterwards vouches for none of it.
    const first = [...wave(), notice(NOON + 3 * MINUTE)]
    const after = stream(NOON + HOUR, NOON + 5 * HOUR, 30)
    const later = NOON + 6 * HOUR
    const second = [0, 1, 2, 3, 4, 5].map((i) => ack(10 + i, later + i * MINUTE))
    const verdicts = judged([...first, ...after, ...second, notice(later + 3 * MINUTE)])
    expect(verdicts[notice(NOON + 3 * MINUTE).id]).toBe('relay')
    expect(verdicts[notice(later + 3 * MINUTE).id]).toBe('relay')
  })
})

describe('SenderHabits', () => {
  /** `count` mails from `at`, a minute apart. */
  const write = (habits: SenderHabits, at: number, count: number) => {
    for (let i = 0; i < count; i++) habits.note('orvana', at + i * MINUTE)
  }

  it('counts earlier days, not the day asked about', () => {
    const habits = new SenderHabits()
    for (const d of [0, 1, 2]) write(habits, NOON + d * DAY, 3)
    expect(habits.has('orvana', NOON + 2 * DAY)).toBe(false)
    habits.note('orvana', NOON + 3 * DAY)
    expect(habits.has('orvana', NOON + 3 * DAY)).toBe(true)
    expect(habits.has('other', NOON + 3 * DAY)).toBe(false)
  })

  it('is no habit to write once a day', () => {
    const habits = new SenderHabits()
    for (const d of [0, 1, 2, 3, 4]) write(habits, NOON + d * DAY, 1)
    habits.note('orvana', NOON + 5 * DAY)
    expect(habits.has('orvana', NOON + 5 * DAY)).toBe(false)
  })

  it('is no habit to write far more today than on the busiest earlier day', () => {
    const habits = new SenderHabits()
    for (const d of [0, 1, 2]) write(habits, NOON + d * DAY, 4)
    write(habits, NOON + 3 * DAY, 6)
    expect(habits.has('orvana', NOON + 3 * DAY + 5 * MINUTE)).toBe(true)
    habits.note('orvana', NOON + 3 * DAY + 6 * MINUTE)
    expect(habits.has('orvana', NOON + 3 * DAY + 6 * MINUTE)).toBe(false)
  })

  it('counts distinct earlier hours within twelve hours', () => {
    const habits = new SenderHabits()
    // Mails in one hour are one hour; hours older than the span are forgotten.
    write(habits, NOON - 13 * HOUR, 3)
    for (const h of [3, 2]) write(habits, NOON - h * HOUR, 2)
    habits.note('orvana', NOON)
    expect(habits.has('orvana', NOON)).toBe(false)
    write(habits, NOON - HOUR, 2)
    expect(habits.has('orvana', NOON)).toBe(true)
  })

  it('counts a seeded day once, whatever mail of that day is noted again', () => {
    const habits = new SenderHabits()
    const day = Math.floor(NOON / DAY)
    for (const d of [3, 2, 1]) habits.seed('orvana', day - d, 3)
    // The replay holds yesterday's last mails too: they are in its count already.
    write(habits, NOON - DAY + 6 * HOUR, 20)
    write(habits, NOON, 4)
    expect(habits.has('orvana', NOON + 3 * MINUTE)).toBe(true)
    habits.note('orvana', NOON + 4 * MINUTE)
    expect(habits.has('orvana', NOON + 4 * MINUTE)).toBe(true)
    habits.note('orvana', NOON + 5 * MINUTE)
    expect(habits.has('orvana', NOON + 5 * MINUTE)).toBe(false)
  })

  it('is no habit to write once an hour', () => {
    const habits = new SenderHabits()
    for (const h of [5, 4, 3, 2, 1]) write(habits, NOON - h * HOUR, 1)
    habits.note('orvana', NOON)
    expect(habits.has('orvana', NOON)).toBe(false)
  })
})
