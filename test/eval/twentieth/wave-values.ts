// The values a wave mail's wording is filled with: what the attacker typed (name, topic,
// message), the company's brand and addresses, and fresh references for every mail.
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import { compactDate, dayText, stampText } from './dates.ts'
import type { Family } from './inhouse/types.ts'
import type { Person } from './people.ts'
import { digits, token } from './records.ts'
import type { SenderRow } from './senders.ts'

const PATHS: Record<Family, string> = {
  helpdesk: 'tickets/view',
  verification: 'account/verify',
  subscription: 'newsletter/confirm',
  reset: 'password/reset',
}

export interface Typed {
  name: string
  topic: string
  message: string
}

export function values(
  rng: Random,
  c: Company,
  row: SenderRow,
  family: Family,
  at: number,
  person: Person,
  t: Typed,
): Record<string, string> {
  return {
    ...t,
    brand: c.name,
    ticket: digits(rng, rng.int(5, 7)),
    ticketlong: `${compactDate(at)}10${digits(rng, 6)}`,
    ticket7: String(rng.int(100, 99_999)).padStart(7, '0'),
    stamp: stampText(at),
    date: dayText(c.lang, at),
    link: `https://${row.host}/${PATHS[family]}?t=${token(rng)}`,
    code: digits(rng, 6),
    minutes: rng.pick(['10', '15', '30', '60']),
    email: person.address,
    support: row.support,
    site: c.domain,
    ip: `${rng.int(23, 212)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
  }
}
