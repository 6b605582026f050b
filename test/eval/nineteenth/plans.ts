// The shape of each wave, drawn from its seed: 20-150 companies, 40-400 mails, 3-90 minutes,
// burst, tail or slow arrival, and a payload kind and disguise (a bland name in some waves).
// Three waves are fixed: the slow one, the largest one, and the one whose every subject
// carries the same payload.
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import type { ArrivalShape } from './arrival.ts'
import { DISGUISES, drawPayload, PAYLOAD_KINDS, type PayloadKind } from './payloads.ts'
import type { Person } from './people.ts'
import type { WavePlan } from './waves.ts'

export function planWave(
  rng: Random,
  kind: WaveKind,
  lang: Lang | 'multi',
  start: number,
  person: Person,
  index: number,
): WavePlan {
  const payloadKind: PayloadKind | 'none' =
    index % 4 === 3 ? 'none' : PAYLOAD_KINDS[index % PAYLOAD_KINDS.length]!
  const payload = drawPayload(rng, payloadKind, DISGUISES[index % DISGUISES.length]!)
  const waveId = `n19-${kind[0]}-${lang}`
  const base = { waveId, kind, lang, start, person, payload, sameSubject: false }
  if (kind === 'd-reset' && lang === 'multi')
    return { ...base, companies: 20, mails: 44, minutes: 90, arrival: 'slow' }
  if (kind === 'e-mixed' && lang === 'multi')
    return {
      ...base,
      payload: drawPayload(rng, 'takedown', 'plain'),
      companies: 150,
      mails: 400,
      minutes: 40,
      arrival: 'burst',
      sameSubject: true,
    }
  const companies = rng.int(20, 70)
  const mails = Math.min(
    400,
    Math.max(40, companies + rng.int(Math.floor(companies / 4), companies * 2)),
  )
  const arrival: ArrivalShape = rng.pick(['burst', 'tail', 'burst', 'slow'])
  const minutes = arrival === 'slow' ? rng.int(45, 90) : rng.int(3, 45)
  return { ...base, companies, mails, minutes, arrival }
}
