// A persona's work mail over given days: working hours 8-18 on weekdays (the agent gets 3-8
// notifications an hour, the developer 2-5, the shop 1-3), a trickle at weekends for the shop,
// and the agent's morning digest. Times are drawn within each hour.
import type { Random } from '../../prng.ts'
import { DAY, HOUR, MINUTE } from '../../nineteenth/clock.ts'
import type { Person, Persona } from '../people.ts'
import { agentMail } from './agent.ts'
import type { WorkItem } from './common.ts'
import { devMail } from './dev.ts'
import { shopMail } from './shop.ts'

const RATE: Record<Persona, readonly [number, number]> = {
  agent: [3, 8],
  shop: [1, 3],
  dev: [2, 5],
}

const MAKE = { agent: agentMail, shop: shopMail, dev: devMail } as const

/** The window starts on a Monday, so day index 5 and 6 of each week are the weekend. */
export function isWeekend(dayStart: number, windowStart: number): boolean {
  return Math.floor((dayStart - windowStart) / DAY) % 7 >= 5
}

export function workDays(
  rng: Random,
  person: Person,
  days: readonly number[],
  windowStart: number,
  prefix: string,
): WorkItem[] {
  const items: WorkItem[] = []
  const make = MAKE[person.persona]
  let n = 0
  for (const day of days) {
    const weekend = isWeekend(day, windowStart)
    if (weekend && person.persona !== 'shop') continue
    if (person.persona === 'agent')
      items.push(agentMail(rng, person, day + 7 * HOUR + 30 * MINUTE, `${prefix}-${n++}`, 'digest'))
    const [low, high] = RATE[person.persona]
    for (let hour = 8; hour < 18; hour++) {
      const count = weekend ? rng.int(0, 1) : rng.int(low, high)
      for (let i = 0; i < count; i++) {
        const at = day + hour * HOUR + Math.floor(rng.next() * HOUR)
        items.push(make(rng, person, at, `${prefix}-${n++}`))
      }
    }
  }
  return items
}
