// A wave is many first-time senders (core/wave/known-sender.ts): a confirmation from a sender the
// inbox knew before the wave (a code the person asked for, a colleague's automatic reply) stays
// clean in the middle of a wave; a company of the wave that writes twice is still the wave's.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 10, 9, 10, 0)

const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}-${minutes}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: '[Request received] hello',
  snippet: `Your request (${5000 + i}) has been received and is being reviewed by our support staff.`,
})

const code = (id: string, minutes: number): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: 'Quillet',
  senderAddress: 'no-reply@quillet.example',
  subject: 'Your Quillet verification code',
  snippet: 'Use 469708 to finish signing in. It expires in 10 minutes.',
})

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

describe('a confirmation from a sender the inbox knew before the wave', () => {
  const wave = () => [0, 1, 2, 3, 4, 5].map((i) => ack(i, i))

  it('stays clean in the middle of the wave', () => {
    const verdicts = judged([code('last-week', (-7 * DAY) / MINUTE), ...wave(), code('now', 7)])
    expect(verdicts['ack5-5']!.verdict).toBe('relay')
    expect(verdicts.now!.verdict).toBe('clean')
  })

  it('is relay from a sender the inbox never saw', () => {
    const verdicts = judged([...wave(), code('now', 7)])
    expect(verdicts.now!.verdict).toBe('relay')
  })

  it("still counts a wave's company that writes twice", () => {
    const verdicts = judged([...wave(), ack(2, 20)])
    expect(verdicts['ack2-20']!.verdict).toBe('relay')
  })

  it('never makes a wave of senders all known before', () => {
    // Each company wrote once, hours apart, days before: no wave then.
    const before = [0, 1, 2, 3, 4, 5].map((i) => ack(i, (-3 * DAY) / MINUTE + 180 * i))
    const verdicts = judged([...before, ...[0, 1, 2, 3, 4, 5].map((i) => ack(i, i))])
    expect(verdicts['ack5-5']!.verdict).toBe('clean')
  })
})

describe('a company known only from an earlier wave', () => {
  it('is still the next wave’s: attackers run the same forms again', () => {
    const first = [0, 1, 2, 3, 4, 5].map((i) => ack(i, i))
    const next = [0, 1, 2, 3, 4, 5].map((i) => ack(i, DAY / MINUTE + i))
    const verdicts = judged([...first, ...next])
    expect(verdicts[`ack5-${DAY / MINUTE + 5}`]!.verdict).toBe('relay')
    expect(verdicts[`ack0-${DAY / MINUTE}`]!.verdict).toBe('relay')
  })
})
