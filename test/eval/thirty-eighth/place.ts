// Where look-alikes sit: in the quiet inbox, inside a wave from a sender seen before (whose 1-3
// earlier mails sit days ahead, `history`) or from a sender new to the inbox; a vendor's ticket
// reply always has the person's first mail in the sent folder before it.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { numeric, put, type Part } from '../nineteenth/records.ts'
import {
  lookLabel,
  lookMail,
  lookSender,
  ticketSent,
  type LookClass,
  type LookWhere,
} from './look.ts'
import type { Org } from './orgs.ts'
import { DAY, HOUR } from './window.ts'

export interface Placing {
  rng: Random
  part: Part
  org: Org
  lang: Lang
  /** Look-alike brand stem (services) or seed of a person. */
  stem: string
  waveId?: string
}

function one(p: Placing, cls: LookClass, where: LookWhere, from: string, at: number, id: string) {
  const c = { rng: p.rng, org: p.org, lang: p.lang, from, at, id, ref: numeric(p.rng, 6) }
  const inside = where === 'wave-known' || where === 'wave-new'
  put(p.part, lookMail(cls, c), lookLabel(cls, p.lang, where, inside ? p.waveId : undefined))
  if (cls.key === 'ticket')
    put(p.part, ticketSent(c), { label: 'ham', lang: p.lang, source: 'look:sent:ticket' })
}

export function placeLook(p: Placing, cls: LookClass, where: LookWhere, at: number, id: string) {
  const from = lookSender(p.rng, cls, p.lang, p.stem)
  one(p, cls, where, from, at, id)
  if (where !== 'wave-known') return
  for (let h = p.rng.int(1, 3); h > 0; h--) {
    const before = at - p.rng.int(2, 20) * DAY - p.rng.int(0, 10) * HOUR
    one(p, cls, 'history', from, before, `${id}-h${h}`)
  }
}
