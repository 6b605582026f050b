// A person who was already a customer of a few of the abused companies: their everyday mail
// (newsletters, receipts, notices) in the weeks before the wave, labelled ham.
import type { Random } from '../prng.ts'
import { DAY, HOUR } from './clock.ts'
import type { Company } from './companies.ts'
import { NEWSLETTER } from './look/text-a.ts'
import { APP_NOTICE, RECEIPT } from './look/text-c.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'

export function priorCustomer(
  rng: Random,
  companies: readonly Company[],
  person: Person,
  start: number,
  waveId: string,
): Part {
  const part = emptyPart()
  rng
    .shuffle(companies)
    .slice(0, rng.int(2, 4))
    .forEach((c, i) => {
      for (let k = 0; k < rng.int(1, 2); k++) {
        const list = rng.pick([NEWSLETTER, RECEIPT, APP_NOTICE])[c.lang]
        const [subject, body] = rng.pick(list).split('|') as [string, string]
        const v = {
          first: person.first,
          brand: c.name,
          n: numeric(rng, 6),
          amount: `€${rng.int(5, 120)},00`,
          date: `${rng.int(1, 28)}/11`,
          sender: person.friend.name,
          link: `https://${c.domain}/${token(rng, 12)}`,
        }
        put(
          part,
          {
            id: `${waveId}-prior-${i}-${k}`,
            at: start - rng.int(4, 26) * DAY - rng.int(0, 12) * HOUR,
            name: c.name,
            address: `${rng.pick(['news', 'info', 'orders'])}@${c.domain}`,
            subject: fill(subject, v),
            body: fill(body, v),
            to: person.address,
            outlook: rng.chance(0.4),
          },
          { label: 'ham', lang: c.lang, source: 'lookalike:history:prior-customer' },
        )
      }
    })
  return part
}
