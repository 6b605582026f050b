// A campaign: the same address pasted into forms on 2-5 days (one campaign daily for a week),
// each later wave reusing 30-80 % of the forms of the earlier waves and adding new ones. Each
// wave has a shape (burst, tail, slow, slow drip, small, large) and a payload, both rotating.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { DAY, FORTIETH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { PAYLOAD_KINDS, payloadFor, STYLES, type Payload } from './payloads.ts'
import { familyFor, Roster, type Company } from './roster.ts'
import type { Shape } from './types.ts'

const ROTATION: readonly Shape[] = ['burst', 'tail', 'slow', 'drip', 'small']

export type Timing = 'consecutive' | 'spread' | 'daily'

export interface Slot {
  company: Company
  /** Offsets from the wave start of each submission of the form, in ms. */
  submits: number[]
  seen: boolean
}

export interface WavePlan {
  no: number
  waveId: string
  start: number
  shape: Shape
  payload: Payload
  slots: Slot[]
}

export interface CampaignPlan {
  kind: WaveKind
  lang: Lang | 'multi'
  timing: Timing
  waves: WavePlan[]
}

const SIZE: Record<Shape, readonly [number, number]> = {
  burst: [20, 45],
  tail: [25, 45],
  slow: [20, 40],
  drip: [29, 58],
  small: [10, 20],
  large: [80, 150],
}

/** Offsets of the first submission of n companies, by shape. */
function offsets(rng: Random, shape: Shape, n: number): number[] {
  const within = (span: number) =>
    Array.from({ length: n }, () => Math.floor(rng.next() * span)).sort((a, b) => a - b)
  if (shape === 'drip') {
    // One company every 5-20 minutes, spread over 6-12 hours whatever the wave's size.
    const mean = Math.min(720, Math.max(360, (n - 1) * 12.5)) / Math.max(1, n - 1)
    let at = 0
    const gap = () => Math.min(20, Math.max(5, Math.round(mean * (0.6 + 0.8 * rng.next()))))
    return Array.from({ length: n }, (_, i) => (i === 0 ? 0 : (at += gap() * MINUTE)))
  }
  if (shape === 'tail') {
    const head = Math.ceil(n * 0.75)
    const early = within(rng.int(5, 15) * MINUTE).slice(0, head)
    const late = Array.from({ length: n - head }, () => rng.int(60, 150) * MINUTE)
    return [...early, ...late.sort((a, b) => a - b)]
  }
  const span = { burst: [3, 25], slow: [120, 360], small: [5, 30], large: [20, 60] }[shape]
  const [lo, hi] = span!
  return within(rng.int(lo!, hi!) * MINUTE)
}

/** How many earlier companies and new ones: the reused share within 30-80 %. */
function reuseSplit(rng: Random, n: number, pool: number): [number, number] {
  const share = 0.35 + rng.next() * 0.4
  const reused = Math.max(1, Math.min(pool, Math.round(n * share)))
  let fresh = Math.max(1, Math.round((reused * (1 - share)) / share))
  while (reused / (reused + fresh) < 0.3) fresh--
  while (reused / (reused + fresh) > 0.8) fresh++
  // A short list of earlier forms still makes a wave of the planned size where the share allows.
  while (reused + fresh < n && reused / (reused + fresh + 1) >= 0.3) fresh++
  return [reused, fresh]
}

function slotsOf(
  rng: Random,
  shape: Shape,
  companies: readonly Company[],
  seen: Set<string>,
): Slot[] {
  const times = offsets(rng, shape, companies.length)
  return rng.shuffle(companies).map((company, i) => {
    const first = times[i]!
    const repeats = shape !== 'drip' && rng.chance(0.25) ? rng.int(1, 2) : 0
    const submits = [first]
    for (let r = 0; r < repeats; r++) submits.push(submits[r]! + rng.int(1, 6) * MINUTE)
    return { company, submits, seen: seen.has(company.id) }
  })
}

/** Days (from the window start) of each wave; the last wave by day 20 so its two-week trail fits. */
function waveDays(rng: Random, timing: Timing, count: number): number[] {
  const first = rng.int(0, 6)
  if (timing !== 'spread') return Array.from({ length: count }, (_, i) => first + i)
  const room = Math.min(10, Math.floor((20 - first) / (count - 1)))
  const days = [first]
  for (let i = 1; i < count; i++) days.push(days[i - 1]! + rng.int(1, Math.max(1, room)))
  return days
}

function startsOf(rng: Random, timing: Timing, count: number): number[] {
  const hour = rng.int(7, 20) * HOUR + rng.int(0, 59) * MINUTE
  return waveDays(rng, timing, count).map((day) => {
    const base = FORTIETH_WINDOW.start + day * DAY
    if (timing === 'spread') return base + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
    return base + hour + rng.int(-40, 40) * MINUTE
  })
}

export interface CampaignInput {
  kind: WaveKind
  lang: Lang | 'multi'
  /** Index of the scenario (0-39): rotates shapes, payloads and timing over the set. */
  index: number
  prefix: string
}

export function planCampaign(rng: Random, input: CampaignInput): CampaignPlan {
  const { kind, lang, index } = input
  const daily = kind === 'a-acknowledgement' && lang === 'multi'
  const timing: Timing = daily ? 'daily' : index % 3 === 0 ? 'consecutive' : 'spread'
  const count = daily ? 7 : rng.int(2, 5)
  const shapes = Array.from(
    { length: count },
    (_, w) => ROTATION[(index + w * 2) % ROTATION.length]!,
  )
  // A large wave needs a large list of forms: one campaign in five opens with one.
  if (index % 5 === 0) shapes[0] = 'large'
  const roster = new Roster(rng)
  const langOf = () => (lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  const fresh = (n: number) =>
    Array.from({ length: n }, () => roster.next(langOf(), familyFor(rng, kind)))
  const pool: Company[] = []
  const keepPayload = index % 3 === 1
  let payload: Payload | null = null
  const waves = startsOf(rng, timing, count).map((start, w): WavePlan => {
    const shape = shapes[w]!
    const n = rng.int(SIZE[shape][0], SIZE[shape][1])
    const seen = new Set(pool.map((c) => c.id))
    const [reused, added] = w === 0 ? [0, n] : reuseSplit(rng, n, pool.length)
    const companies = [...rng.shuffle(pool).slice(0, reused), ...fresh(added)]
    pool.push(...companies.filter((c) => !seen.has(c.id)))
    if (!payload || !keepPayload) {
      const none = (index + w) % 4 === 3
      payload = payloadFor(
        rng,
        none ? 'none' : PAYLOAD_KINDS[(index + w) % 6]!,
        STYLES[(index * 2 + w) % 5]!,
      )
    }
    const slots = slotsOf(rng, shape, companies, seen)
    return { no: w + 1, waveId: `${input.prefix}-w${w + 1}`, start, shape, payload, slots }
  })
  return { kind, lang, timing, waves }
}
