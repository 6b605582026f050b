// Look-alikes placed in an inbox: one mail of a class from a brand, in the quiet inbox or inside
// a wave (from a sender with earlier mail in the inbox, or new to it), with the person's sent
// first mail for ticket replies and, for known senders, their earlier mail days before.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { put, type Part } from '../nineteenth/records.ts'
import { lookLabel, lookMails, lookSender, type LookWhere } from './look/index.ts'
import type { LookClass } from './look/types.ts'
import type { Person } from './people.ts'
import { DAY, HOUR } from './season.ts'

export interface Placement {
  rng: Random
  part: Part
  cls: LookClass
  lang: Lang
  person: Person
  stem: string
  at: number
  id: string
  where: Exclude<LookWhere, 'history' | 'sent'>
  waveId?: string
}

export function placeLookalike(p: Placement): void {
  const sender = lookSender(p.rng, p.cls, p.stem, p.lang)
  const args = { rng: p.rng, cls: p.cls, lang: p.lang, person: p.person, sender }
  const { mail, sent } = lookMails({ ...args, at: p.at, id: p.id })
  put(p.part, mail, lookLabel(p.cls, p.lang, p.where, p.waveId))
  if (sent) put(p.part, sent, lookLabel(p.cls, p.lang, 'sent'))
  if (p.where !== 'wave-known') return
  const earlier = p.rng.int(1, 3)
  for (let h = 0; h < earlier; h++) {
    const at = p.at - p.rng.int(3, 20) * DAY - p.rng.int(0, 10) * HOUR
    const old = lookMails({ ...args, at, id: `${p.id}-h${h}` })
    put(p.part, old.mail, lookLabel(p.cls, p.lang, 'history'))
    if (old.sent) put(p.part, old.sent, lookLabel(p.cls, p.lang, 'sent'))
  }
}
