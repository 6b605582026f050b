// Weak evidence of automated confirmation mail joins a wave under way when its sender is new,
// and never makes a wave on its own (src/core/mail/joining/joiners.ts, engine.ts observeJoiner).
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 2, 3, 9, 0)

const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] ticket title ${i}`,
  snippet: `Your request (${1000 + i}) has been received and is being reviewed by our support staff.`,
})

/** A reply-shaped auto-reply from a display name alone: wording, but short of a candidate. */
const weak = (i: number, minutes: number, brand = `Outfitters ${i}`): MailInput => ({
  id: `weak${i}`,
  date: T0 + minutes * MINUTE,
  senderName: brand,
  senderAddress: '',
  subject: 'Re: FINAL WARNING account suspension',
  snippet: 'Hi there, thanks for contacting us! We have received your message and will reply soon.',
})

function verdicts(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { arrival, final } = replay(features)
  const byId = (list: typeof final) =>
    Object.fromEntries(features.map((f, i) => [f.id, list[i]!.verdict]))
  return { features, arrival: byId(arrival), final: byId(final) }
}

describe('mails that join a wave', () => {
  it('are weak evidence: not candidates, but joiners', () => {
    const [feature] = [weak(0, 0)].map(extractFeatures)
    expect(feature).toMatchObject({ helpdesk: false, joiner: true })
  })

  it('join a wave under way when their sender is new', () => {
    const wave = Array.from({ length: 6 }, (_, i) => ack(i, i))
    const { arrival, final } = verdicts([...wave, weak(0, 7)])
    expect(arrival.weak0).toBe('relay')
    expect(final.weak0).toBe('relay')
  })

  it('join retroactively when they arrived before the wave was recognised', () => {
    const { arrival, final } = verdicts([
      ack(0, 0),
      weak(0, 1),
      ...[1, 2, 3, 4].map((i) => ack(i, 1 + i)),
    ])
    expect(arrival.weak0).toBe('clean')
    expect(final.weak0).toBe('relay')
  })

  it('stay clean during a wave when their sender wrote long before it', () => {
    const known = { ...weak(9, -3 * 24 * 60, 'Regular Shop'), id: 'earlier' }
    const wave = Array.from({ length: 6 }, (_, i) => ack(i, i))
    const { final } = verdicts([known, ...wave, weak(9, 7, 'Regular Shop')])
    expect(final.weak9).toBe('clean')
  })

  it('never make a wave on their own, however many arrive', () => {
    const many = Array.from({ length: 40 }, (_, i) => weak(i, i / 4))
    const { final } = verdicts(many)
    expect(Object.values(final).every((v) => v === 'clean')).toBe(true)
  })

  it('stay clean when no wave comes within the join gap', () => {
    const { final } = verdicts([
      weak(0, 0),
      ...[0, 1, 2, 3, 4].map((i) => ack(i, DAY / MINUTE + i)),
    ])
    expect(final.weak0).toBe('clean')
  })
})
