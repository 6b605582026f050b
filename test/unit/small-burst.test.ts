// A wave that stopped at a handful of companies with nothing typed in (core/wave/small-burst.ts):
// relay while it may still grow, suspect once nothing can join it any more. Not when it grew past
// five brands, and not when any of its mail carries text typed into a form.
import { describe, expect, it } from 'vitest'
import { classify, replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { SMALL_BURST_MAX_BRANDS } from '../../src/core/wave/small-burst.ts'
import { DEFAULT_THRESHOLDS } from '../../src/core/wave/thresholds.ts'
import { burstReach, withdrawableBursts } from '../../src/background/small-bursts.ts'
import type { StoredWave } from '../../src/storage/schema.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 11, 1, 10, 0)

/** Company i asking to verify the address, i minutes 2 apart from T0. */
const signUp = (i: number, over: Partial<MailInput> = {}): MailInput => ({
  id: `verify${i}`,
  date: T0 + i * 2 * MINUTE,
  senderName: `Newco${i}`,
  senderAddress: `no-reply@newco${i}.example`,
  subject: 'Please verify your email address',
  snippet: `Thanks for signing up to Newco${i}! Confirm your email address to activate your account.`,
  ...over,
})

/** A friend's mail `minutes` after T0: the inbox went on after the burst. */
const friend = (minutes: number): MailInput => ({
  id: `friend${minutes}`,
  date: T0 + minutes * MINUTE,
  senderName: 'Ana Ruiz',
  senderAddress: 'ana.ruiz@mail.example',
  subject: 'Lunch on Friday?',
  snippet: 'Are you free on Friday around one?',
})

const burst = (companies: number) => Array.from({ length: companies }, (_, i) => signUp(i))

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const result = replay(features)
  const at = (id: string) => features.findIndex((f) => f.id === id)
  return {
    arrival: (id: string) => result.arrival[at(id)]!,
    final: (id: string) => result.final[at(id)]!,
    waves: result.waves,
  }
}

describe('a wave that stopped at a handful of companies', () => {
  it('is relay at its arrival and suspect once the inbox went on past the join gap', () => {
    const last = `verify${SMALL_BURST_MAX_BRANDS - 1}`
    const result = judged([...burst(SMALL_BURST_MAX_BRANDS), friend(420)])
    expect(result.arrival(last).verdict).toBe('relay')
    for (let i = 0; i < SMALL_BURST_MAX_BRANDS; i++) {
      const final = result.final(`verify${i}`)
      expect(final.verdict).toBe('suspect')
      expect(final.reasons).toContain('small-burst')
      expect(final.reasons).not.toContain('cross-brand-wave')
      expect(final.waveId).toBeNull()
    }
    expect(result.waves).toEqual([])
  })

  it('stays relay while the slow window after it is open: an attack may go on', () => {
    expect(judged([...burst(4), friend(120)]).final('verify0').verdict).toBe('relay')
  })

  it('stays relay when the next mail came more than a week later', () => {
    expect(judged([...burst(4), friend(8 * 24 * 60)]).final('verify0').verdict).toBe('relay')
  })

  it('stays relay, both of them, when two small bursts come within the slow window', () => {
    const second = Array.from({ length: 4 }, (_, k) =>
      signUp(40 + k, { date: T0 + 3 * 60 * MINUTE + k * 2 * MINUTE }),
    )
    const result = judged([...burst(4), ...second, friend(11 * 60)])
    expect(result.final('verify0').verdict).toBe('relay')
    expect(result.final('verify40').verdict).toBe('relay')
  })

  it('stays relay while mail may still join it', () => {
    const result = judged([...burst(4), friend(20)])
    expect(result.final('verify3').verdict).toBe('relay')
    expect(result.waves).toHaveLength(1)
  })

  it('stays relay when it grew past the limit', () => {
    const result = judged([...burst(SMALL_BURST_MAX_BRANDS + 1), friend(180)])
    expect(result.final('verify0').verdict).toBe('relay')
    expect(result.waves).toHaveLength(1)
  })

  it('stays relay when one of its mails carries typed-in text', () => {
    const styled = signUp(2, { subject: 'Please verify your email 𝐓𝐀𝐊𝐄 𝐃𝐎𝐖𝐍 𝐎𝐑𝐃𝐄𝐑' })
    const mails = [...burst(4).filter((mail) => mail.id !== 'verify2'), styled, friend(420)]
    expect(judged(mails).final('verify0').verdict).toBe('relay')
  })

  it('stays relay when one of its mails greets disguised text', () => {
    const greets = signUp(2, {
      snippet: 'Hi A\u200bn\u200bn\u200ba, confirm your email.',
    })
    const mails = [...burst(4).filter((mail) => mail.id !== 'verify2'), greets, friend(420)]
    expect(judged(mails).final('verify0').verdict).toBe('relay')
  })

  it('stays relay when one of its mails greets a payload in plain words', () => {
    const greets = signUp(2, {
      snippet: 'Olá AVISO: o seu site será removido por ordem judicial, confirme o email.',
    })
    const mails = [...burst(4).filter((mail) => mail.id !== 'verify2'), greets, friend(420)]
    expect(judged(mails).final('verify0').verdict).toBe('relay')
  })

  it('stays relay when two companies echo the same title', () => {
    const ack = (i: number): MailInput => ({
      id: `ack${i}`,
      date: T0 + i * 2 * MINUTE,
      senderName: `Shop${i}`,
      senderAddress: `support@shop${i}.example`,
      subject: `[Request received] where is the parcel i paid for`,
      snippet: `Your request (${100 + i}) has been received and is being reviewed by our staff.`,
    })
    const result = judged([ack(0), ack(1), ack(2), ack(3), friend(420)])
    expect(result.final('ack0').verdict).toBe('relay')
  })

  it('stays relay when one company floods', () => {
    const flood = Array.from({ length: 5 }, (_, k) =>
      signUp(1, { id: `flood${k}`, date: T0 + 2 * MINUTE + k * 10_000 }),
    )
    const result = judged([...burst(4), ...flood, friend(420)])
    expect(result.final('verify0').verdict).toBe('relay')
  })

  it('stays relay when an attack goes on after a pause: another wave within the slow window', () => {
    const later = Array.from({ length: 10 }, (_, k) =>
      signUp(20 + k, { date: T0 + 60 * MINUTE + k * MINUTE }),
    )
    const result = judged([...burst(4), ...later, friend(240)])
    expect(result.final('verify0').verdict).toBe('relay')
  })

  it('is not settled by a mail dated years ahead (a wrong clock), only by the inbox going on', () => {
    const future = { ...friend(0), id: 'future', date: Date.UTC(2031, 0, 1) }
    expect(judged([...burst(4), future]).final('verify0').verdict).toBe('relay')
  })

  it('is given back for the history mail the caller stored as its wave’s', () => {
    const history = burst(4).map(extractFeatures)
    const waveId = replay(history).waves[0]!.id
    const result = classify([extractFeatures(friend(420))], history)
    expect(result.smallBursts).toEqual([waveId])
    expect(result.settled.get('verify0')).toMatchObject({ verdict: 'suspect', waveId: null })
    expect([...result.settled.keys()].sort()).toEqual(['verify0', 'verify1', 'verify2', 'verify3'])
  })
})

describe('the stored waves the extension may give up as small bursts', () => {
  const stored = (id: string, brands: number, end: number, repeated = false): StoredWave => ({
    account: 'gmail:me',
    id,
    start: end - 10 * MINUTE,
    end,
    mails: brands,
    brands: Object.fromEntries(Array.from({ length: brands }, (_, i) => [`b${i}.example`, 1])),
    topPayloads: repeated ? [['free nitro', 2]] : [],
    rules: ['cross-brand-wave'],
    notifiedAt: null,
    updatedAt: end,
  })

  it('never gives up a wave stored bigger than a small burst: a replay saw part of it', () => {
    const past = [stored('big', 6, T0), stored('small', 4, T0)].map((w) => ({
      ...w,
      brands: Object.keys(w.brands),
    }))
    expect([...withdrawableBursts(['big', 'small', 'new'], past)]).toEqual(['small', 'new'])
  })

  it('reads back a small stored wave that ended more than the slow window before the batch', () => {
    const t = DEFAULT_THRESHOLDS
    const small = stored('small', 4, T0)
    const later = T0 + 7 * 60 * MINUTE
    expect(burstReach([small], later, t)).toEqual({
      from: small.start - t.slowWaveWindowMs,
      to: later,
    })
    expect(burstReach([stored('big', 6, T0)], later, t)).toBeNull()
    expect(burstReach([stored('typed', 4, T0, true)], later, t)).toBeNull()
    expect(burstReach([small], T0 + 2 * 60 * MINUTE, t)).toBeNull()
    expect(burstReach([small], T0 + t.slowWaveWindowMs + 25 * 60 * MINUTE, t)).toBeNull()
    expect(burstReach([small], null, t)).toBeNull()
  })
})
