// The plan of each wave scenario, fixed by its kind and language index: arrival shape (every
// fourth wave is slow), payload and disguise (every third wave carries none), and the one wave
// (acknowledgements, English) where every company's mail carries the same payload in its subject.
import { DISGUISES } from './disguise.ts'
import { PAYLOAD_KINDS } from './payloads.ts'
import { ARRIVALS, type Arrival } from './arrival.ts'
import type { PayloadPlan } from './typed.ts'

export interface PlanChoice {
  arrival: Arrival
  payload: PayloadPlan | null
  sameSubject: boolean
}

export function planChoice(k: number, l: number): PlanChoice {
  const arrival = ARRIVALS[(k + l) % ARRIVALS.length]!
  if (k === 0 && l === 0)
    return {
      arrival: 'burst',
      payload: { kind: 'giveaway', disguise: 'sans-bold' },
      sameSubject: true,
    }
  const n = k * 8 + l
  // The index among the waves that carry a payload, so kinds and disguises both rotate fully.
  const index = n - Math.floor(n / 3) - 1
  const payload =
    n % 3 === 0
      ? null
      : {
          kind: PAYLOAD_KINDS[index % PAYLOAD_KINDS.length]!,
          disguise: DISGUISES[(index * 3) % DISGUISES.length]!,
        }
  return { arrival, payload, sameSubject: false }
}
