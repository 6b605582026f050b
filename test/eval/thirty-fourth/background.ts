// What surrounds a wave: SpamAssassin ham around it, look-alike mail inside its span from senders
// seen before (their earlier mail sits days ahead) and from new senders, a code the person really
// asked for, and for some waves the person's earlier everyday mail from a few abused companies.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS, type Company } from './companies.ts'
import {
  LOOK_CLASSES,
  lookMails,
  lookSender,
  type LookClass,
  type LookWhere,
} from './look/index.ts'
import { lookClassLabel } from './look/types.ts'
import type { Person } from './people.ts'

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at: from + Math.floor(rng.next() * (to - from)),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      {
        label: 'ham',
        source: mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`,
      },
    )
  }
  return part
}

export function putLook(
  part: Part,
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  stem: string,
  at: number,
  id: string,
  where: LookWhere,
  waveId?: string,
): void {
  const sender = lookSender(rng, cls, lang, stem)
  for (const { mail, label } of lookMails(rng, cls, lang, person, sender, at, id, where, waveId))
    put(part, mail, label)
  if (where !== 'wave-known') return
  for (let h = 0; h < rng.int(1, 2); h++)
    for (const { mail, label } of lookMails(
      rng,
      cls,
      lang,
      person,
      sender,
      at - rng.int(3, 20) * DAY - rng.int(0, 9) * HOUR,
      `${id}-h${h}`,
      'history',
    ))
      put(part, mail, label)
}

const IMPORTANT = LOOK_CLASSES.filter((c) => lookClassLabel(c) === 'important')
const EVERYDAY = LOOK_CLASSES.filter((c) => lookClassLabel(c) !== 'important')

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
}

/** 3-6 important look-alikes, a requested code and 4-7 everyday ones inside the wave's span. */
export function insideWave(rng: Random, w: InsideWave, offset: number): Part {
  const part = emptyPart()
  const classes: LookClass[] = [
    ...Array.from({ length: rng.int(3, 6) }, (_, i) => IMPORTANT[(i + offset) % IMPORTANT.length]!),
    'code',
    ...Array.from(
      { length: rng.int(4, 7) },
      (_, i) => EVERYDAY[(i * 3 + offset) % EVERYDAY.length]!,
    ),
  ]
  classes.forEach((cls, i) => {
    const at =
      w.start + MINUTE + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start - 2 * MINUTE))
    const where: LookWhere = (i + Math.floor(offset / 4)) % 2 === 0 ? 'wave-known' : 'wave-new'
    putLook(
      part,
      rng,
      cls,
      w.lang,
      w.person,
      LOOK_STEMS[(i + offset * 3) % LOOK_STEMS.length]!,
      at,
      `${w.waveId}-look-${i}`,
      where,
      w.waveId,
    )
  })
  return part
}

/** Everyday mail the person had from a few of the abused companies in the weeks before. */
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
      const cls: LookClass = rng.pick(['newsletter', 'order', 'app'])
      const sender = { brand: c.name, domain: c.domain, from: `${c.name} <hello@${c.domain}>` }
      for (const { mail, label } of lookMails(
        rng,
        cls,
        c.lang,
        person,
        sender,
        start - rng.int(4, 25) * DAY,
        `${waveId}-prior-${i}`,
        'history',
      ))
        put(part, mail, { ...label, label: 'ham', source: 'lookalike:history:prior-customer' })
    })
  return part
}
