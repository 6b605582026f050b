// Each wave's shape, fixed per kind x language: companies, arrival, span, payload. The slow wave
// (20 companies over 90 minutes) is d-reset multi; two multilingual waves run for hours; e-mixed
// multi is the largest (150 companies) with the payload in every subject.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import type { Arrival } from './arrival.ts'
import type { Person } from './people.ts'
import { pickPayload, type Payload } from './payloads.ts'

export type WaveLang = Lang | 'multi'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: WaveLang
  start: number
  companies: number
  arrival: Arrival
  /** Minutes from the first mail to the last. */
  span: number
  payload: Payload
  person: Person
  sameSubject: boolean
}

export const SLOW_WAVE = 'n28-d-reset-multi'
export const HOURS_WAVES: readonly string[] = [
  'n28-a-acknowledgement-multi',
  'n28-c-subscription-multi',
]
export const LARGEST_WAVE = 'n28-e-mixed-multi'

export function planWave(
  rng: Random,
  kind: WaveKind,
  lang: WaveLang,
  start: number,
  person: Person,
  index: number,
): WavePlan {
  const waveId = `n28-${kind}-${lang}`
  const payload = pickPayload(rng, index)
  const base = { waveId, kind, lang, start, payload, person, sameSubject: false }
  if (waveId === SLOW_WAVE) return { ...base, companies: 20, arrival: 'slow', span: 90 }
  if (waveId === LARGEST_WAVE)
    return { ...base, companies: 150, arrival: 'burst', span: 40, sameSubject: true }
  if (HOURS_WAVES.includes(waveId))
    return { ...base, companies: rng.int(40, 70), arrival: 'hours', span: rng.int(180, 300) }
  const arrival = rng.pick(['burst', 'burst', 'tail'] as const)
  const span = arrival === 'burst' ? rng.int(3, 15) : rng.int(20, 75)
  const companies = lang === 'multi' ? rng.int(50, 90) : rng.int(20, 55)
  return { ...base, companies, arrival, span }
}

export function companyLang(rng: Random, plan: WavePlan): () => Lang {
  return () => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
}
