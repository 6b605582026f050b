// The plan of each wave scenario: its shape, size, payload mode, whether helpdesks ask to verify
// before filing, and whether the attacker returns on the next day(s) at about the same hour.
import type { Random } from '../prng.ts'
import { WAVE_KINDS, type Lang } from '../types.ts'
import { DAY, HOUR, MINUTE, THIRTY_FIFTH_WINDOW } from './clock.ts'
import { pickPayload } from './payloads.ts'
import type { Person } from './people.ts'
import { SHAPES, type Shape, type WavePlan } from './waves.ts'

/** Companies, mails and span in minutes for each shape. */
function size(rng: Random, shape: Shape, largest: boolean): [number, number, number] {
  if (largest) return [150, 400, rng.int(25, 40)]
  switch (shape) {
    case 'burst': {
      const c = rng.int(30, 70)
      return [c, rng.int(c, Math.round(c * 2.2)), rng.int(3, 25)]
    }
    case 'tail': {
      const c = rng.int(30, 60)
      return [c, rng.int(c, Math.round(c * 2)), rng.int(60, 150)]
    }
    case 'slow': {
      const c = rng.int(20, 50)
      return [c, rng.int(c, Math.round(c * 1.8)), rng.int(120, 360)]
    }
    case 'small': {
      const c = rng.int(10, 20)
      return [c, rng.int(Math.max(15, c), 40), rng.int(5, 40)]
    }
    case 'one': {
      const c = rng.int(25, 60)
      return [c, c, rng.int(20, 90)]
    }
    case 'big': {
      const c = rng.int(70, 110)
      return [c, rng.int(110, 170), rng.int(10, 45)]
    }
  }
}

/** How many days the attacker comes (1 = no return). */
export function returningDays(w: number): number {
  if (w % 5 !== 3) return 1
  return w % 10 === 3 ? 3 : 2
}

export function planScenario(
  rng: Random,
  k: number,
  lang: Lang | 'multi',
  w: number,
  person: Person,
): WavePlan[] {
  const kind = WAVE_KINDS[k]!
  const letter = kind[0]!
  const shape: Shape = w === 39 ? 'big' : SHAPES[(w + k) % SHAPES.length]!
  const days = returningDays(w)
  const mode = w % 4 === 1 ? 'none' : w % 3 === 0 ? 'personal' : 'plain'
  const payloadLang = lang === 'multi' ? person.lang : lang
  const payload = pickPayload(rng, payloadLang, person, mode)
  const verifySubmit = w % 3 !== 2
  const window = THIRTY_FIFTH_WINDOW
  const firstDay = rng.int(3, window.days - 4)
  const hour = rng.int(7, 20)
  const plans: WavePlan[] = []
  for (let d = 0; d < days; d++) {
    const start = window.start + (firstDay + d) * DAY + hour * HOUR + rng.int(0, 50) * MINUTE
    const [companies, mails, spanMin] = size(rng, shape, w === 39)
    const waveId = `t35-${letter}-${lang}-${shape}${days > 1 ? `-r${d + 1}` : ''}`
    plans.push({
      waveId,
      kind,
      lang,
      shape,
      start,
      companies,
      mails,
      spanMin,
      payload,
      verifySubmit,
      person,
      reuse: [],
    })
  }
  return plans
}
