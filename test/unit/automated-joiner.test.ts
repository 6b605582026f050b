// A wave is many first-time senders of automated mail (core/mail/features.ts `joiner`): a mail from
// a company's automated mailbox, in wording nobody taught the lexicon, joins a wave under way when
// its sender is new around it; a sender known before, a person, or no wave leaves it clean.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 6, 3, 9, 0)

/** Recognised acknowledgements from five companies' hosted helpdesks: the wave. */
const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] hello`,
  snippet: `Your request (${2000 + i}) has been received and is being reviewed by our support staff.`,
})

/** A company's automated mailbox, in words the lexicon does not know, no payload. */
const automated = (id: string, address: string, minutes: number): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: 'Lindqvist Verkstad',
  senderAddress: address,
  subject: 'Lindqvist Verkstad',
  snippet: 'Tryck här: https://lindqvist.example/k/91 Hälsningar, teamet',
})

const wave = () => [0, 1, 2, 3, 4].map((i) => ack(i, i))

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

describe('a first-time automated sender during a wave', () => {
  it('may join: its shape is evidence enough to wait for a wave', () => {
    const feature = extractFeatures(automated('x', 'noreply@lindqvist.example', 0))
    expect(feature).toMatchObject({ helpdesk: false, joiner: true, important: null })
  })

  it('joins the wave under way', () => {
    const verdicts = judged([...wave(), automated('new', 'noreply@lindqvist.example', 6)])
    expect(verdicts.ack4!.verdict).toBe('relay')
    expect(verdicts.new!.verdict).toBe('relay')
    expect(verdicts.new!.reasons).toContain('first-time-sender')
  })

  it('joins a wave recognised after it arrived', () => {
    // It came between the wave's first acknowledgements, before they were many enough.
    const early = automated('early', 'no-reply@lindqvist.example', 1.5)
    const verdicts = judged([ack(0, 0), ack(1, 1), early, ack(2, 2), ack(3, 3), ack(4, 4)])
    expect(verdicts.early!.verdict).toBe('relay')
  })

  it('joins a wave that began minutes after it: the wave reached it before its first candidate', () => {
    const first = automated('first', 'noreply@lindqvist.example', -2)
    const verdicts = judged([first, ...wave()])
    expect(verdicts.first!.verdict).toBe('relay')
  })

  it('reaches back from the first candidate only, not from the joiners taken in', () => {
    // Everyday automated mail every 4 minutes in the hour before the wave: only the last ones
    // inside the quick window before its first candidate belong to it.
    const before = Array.from({ length: 15 }, (_, i) =>
      automated(`n${i}`, `noreply@shop${i}.example`, -60 + 4 * i),
    )
    const verdicts = judged([...before, ...wave()])
    const taken = before.filter((mail) => verdicts[mail.id]!.verdict === 'relay')
    expect(taken.map((mail) => mail.id)).toEqual(['n14'])
  })

  it('stays clean when it came well before the wave', () => {
    const early = automated('hours', 'noreply@lindqvist.example', -20)
    const verdicts = judged([early, ...wave()])
    expect(verdicts.hours!.verdict).toBe('clean')
  })

  it('stays clean when the sender was known before the wave', () => {
    const before = automated('before', 'noreply@lindqvist.example', (-3 * DAY) / MINUTE)
    const verdicts = judged([before, ...wave(), automated('again', 'noreply@lindqvist.example', 6)])
    expect(verdicts.again!.verdict).toBe('clean')
  })

  it("stays clean from a person's address", () => {
    const verdicts = judged([...wave(), automated('person', 'anna.lindqvist@lindqvist.example', 6)])
    expect(verdicts.person!.verdict).toBe('clean')
  })

  it('stays clean with no wave under way', () => {
    const verdicts = judged(
      [0, 1, 2, 3, 4].map((i) => automated(`a${i}`, `noreply@shop${i}.example`, i)),
    )
    expect(Object.values(verdicts).every((v) => v.verdict === 'clean')).toBe(true)
  })

  it('stays important, never relay, when it is a receipt', () => {
    const receipt = {
      ...automated('receipt', 'noreply@lindqvist.example', 6),
      subject: 'Your receipt from Lindqvist Verkstad',
    }
    const verdicts = judged([...wave(), receipt])
    expect(verdicts.receipt!.verdict).toBe('clean')
    expect(verdicts.receipt!.important).toBe(true)
  })
})
