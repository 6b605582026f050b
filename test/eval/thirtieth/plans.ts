// The shape of each wave: how many companies, how many mails, over how long, how they arrive,
// which payload. The named waves are the brief's exceptions and emphases.
import type { Random } from '../prng.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type WaveKind } from '../types.ts'
import { pickPayload, type Payload } from './payloads.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
const MULTI = WAVE_LANGS.indexOf('multi')

/** [kind index, language index] of the named waves. */
export const SLOW_WAVE = [3, MULTI] as const
export const HOURS_WAVE = [1, 2] as const
export const SMALL_WAVE = [2, 5] as const
export const LARGEST_WAVE = [4, MULTI] as const
export const OVERLAP_WAVE = [0, 0] as const
/** Waves whose companies write only a short line. */
export const SHORT_WAVES = [
  [0, 3],
  [0, 6],
] as const

export type Arrival = 'burst' | 'tail' | 'slow'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  /** Upper bound of wave mails (submissions and follow-ups). */
  maxMails: number
  spanMinutes: number
  arrival: Arrival
  payload: Payload
  sameSubject: boolean
  shortOnly: boolean
}

const is = (w: readonly [number, number], k: number, l: number) => w[0] === k && w[1] === l

export function planWave(rng: Random, k: number, l: number, start: number, suffix = ''): WavePlan {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const index = k * WAVE_LANGS.length + l
  const payload = pickPayload(rng, lang === 'multi' ? 'en' : lang, index % 4 === 3, index)
  const base: WavePlan = {
    waveId: `n30-${kind}-${lang}${suffix}`,
    kind,
    lang,
    start,
    companies: rng.int(20, lang === 'multi' ? 90 : 60),
    maxMails: 400,
    spanMinutes: 0,
    arrival: rng.pick(['burst', 'tail', 'slow'] as const),
    payload,
    sameSubject: false,
    shortOnly: SHORT_WAVES.some((w) => is(w, k, l)),
  }
  base.spanMinutes =
    base.arrival === 'burst'
      ? rng.int(3, 15)
      : base.arrival === 'tail'
        ? rng.int(20, 60)
        : rng.int(60, 90)
  if (suffix)
    return { ...base, companies: rng.int(20, 30), arrival: 'tail', spanMinutes: rng.int(30, 50) }
  if (is(SLOW_WAVE, k, l)) return { ...base, companies: 20, arrival: 'slow', spanMinutes: 90 }
  if (is(HOURS_WAVE, k, l)) return { ...base, companies: 40, arrival: 'slow', spanMinutes: 300 }
  if (is(SMALL_WAVE, k, l))
    return { ...base, companies: rng.int(10, 15), maxMails: 20, arrival: 'burst', spanMinutes: 12 }
  if (is(LARGEST_WAVE, k, l))
    return {
      ...base,
      companies: 150,
      maxMails: 400,
      arrival: 'tail',
      spanMinutes: 75,
      sameSubject: true,
    }
  return base
}
