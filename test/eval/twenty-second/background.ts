// What surrounds a wave: SpamAssassin ham over the days around it; look-alike mail inside the
// wave from senders seen before (their earlier mail sits days ahead) and from new senders; the
// person's own life going on (a code they ask for, a reply to a colleague and the answer); and,
// for some waves, earlier everyday mail from a few of the abused companies.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { STEMS, type Company } from './companies.ts'
import {
  brandFor,
  lookClass,
  LOOK_CLASSES,
  lookMails,
  lookSender,
  type LookWhere,
} from './lookalike.ts'
import type { LookClass } from './look-types.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  span: { from: number; to: number },
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
        at: span.from + Math.floor(rng.next() * (span.to - span.from)),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  /** Company stems the wave used; look-alike brands avoid them. */
  taken: ReadonlySet<string>
}

const IMPORTANT = LOOK_CLASSES.filter((k) => k.label === 'important')
const EVERYDAY = LOOK_CLASSES.filter((k) => k.label !== 'important')

function one(
  rng: Random,
  part: Part,
  w: InsideWave,
  cls: LookClass,
  stem: string,
  i: number,
  known: boolean,
): void {
  const brand = brandFor(rng, stem, w.lang)
  const from = lookSender(rng, cls, brand)
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const where: LookWhere = known ? 'wave-known' : 'wave-new'
  const id = `${w.waveId}-look-${i}`
  for (const m of lookMails(rng, cls, w.lang, w.person, brand, from, at, id, where, w.waveId))
    put(part, m.mail, m.label)
  if (!known) return
  const count = rng.int(1, 3)
  for (let h = 0; h < count; h++) {
    const before = w.start - rng.int(2, 24) * DAY - rng.int(0, 10) * HOUR
    for (const m of lookMails(
      rng,
      cls,
      w.lang,
      w.person,
      brand,
      from,
      before,
      `${id}-h${h}`,
      'history',
    ))
      put(part, m.mail, m.label)
  }
}

interface Cell {
  cls: LookClass
  known: boolean
}
const cells = (list: readonly LookClass[]): Cell[] =>
  list.flatMap((cls) => [true, false].map((known) => ({ cls, known })))
const IMPORTANT_CELLS = cells(IMPORTANT)
const EVERYDAY_CELLS = cells(EVERYDAY)

/**
 * 3-6 important look-alikes and 4-7 everyday ones inside the wave, taken in turn from every
 * class x (known, new) so the five waves of one language cover them all (`slot` is the wave's
 * kind index); then the person's own codes, one from a service new to the inbox.
 */
export function insideWave(rng: Random, w: InsideWave, slot: number): Part {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS.filter((s) => !w.taken.has(s)))
  const important = rng.int(3, 6)
  const everyday = rng.int(4, 7)
  const chosen = [
    ...Array.from(
      { length: important },
      (_, i) => IMPORTANT_CELLS[(slot * 5 + i) % IMPORTANT_CELLS.length]!,
    ),
    ...Array.from(
      { length: everyday },
      (_, i) => EVERYDAY_CELLS[(slot * 4 + i) % EVERYDAY_CELLS.length]!,
    ),
  ]
  chosen.forEach((cell, i) => one(rng, part, w, cell.cls, stems[i]!, i, cell.known))
  const code = lookClass('code')
  const n = chosen.length
  one(rng, part, w, code, stems[n]!, n, false)
  if (rng.chance(0.5)) one(rng, part, w, code, stems[n + 1]!, n + 1, true)
  living(rng, part, w)
  return part
}

/** The person replies to a colleague during the wave and gets the answer minutes later. */
function living(rng: Random, part: Part, w: InsideWave): void {
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const { person } = w
  const colleague = person.colleague
  const topic = rng.pick(['Re: slides for Thursday', 'Re: contract draft', 'Re: budget sheet'])
  const me = `${person.name} <${person.address}>`
  put(
    part,
    {
      id: `${w.waveId}-live-out`,
      at,
      from: me,
      subject: topic,
      body: `Sure, I’ll send it before lunch.\n\n${person.first}`,
      to: colleague.address,
      sent: true,
    },
    { label: 'ham', lang: w.lang, source: 'living:sent' },
  )
  put(
    part,
    {
      id: `${w.waveId}-live-in`,
      at: at + rng.int(4, 25) * MINUTE,
      from: `${colleague.name} <${colleague.address}>`,
      subject: topic,
      body: 'Perfect, thanks!',
      to: person.address,
    },
    { label: 'ham', lang: w.lang, source: 'living:colleague' },
  )
}

/** Everyday mail from a few of the wave's companies in the weeks before (prior customer). */
export function priorCustomer(rng: Random, w: InsideWave, companies: readonly Company[]): Part {
  const part = emptyPart()
  const chosen = rng.shuffle(companies).slice(0, rng.int(2, 4))
  chosen.forEach((company, i) => {
    const cls = lookClass(rng.pick(['newsletter', 'receipt', 'app-notice', 'order']))
    const from = `${company.name} <${rng.pick(['news', 'info', 'orders'])}@${company.domain}>`
    const count = rng.int(1, 2)
    for (let h = 0; h < count; h++) {
      const at = w.start - rng.int(3, 26) * DAY - rng.int(0, 12) * HOUR
      for (const m of lookMails(
        rng,
        cls,
        company.lang,
        w.person,
        company,
        from,
        at,
        `${w.waveId}-prior-${i}-${h}`,
        'history',
      ))
        put(part, m.mail, {
          label: 'ham',
          lang: company.lang,
          source: 'lookalike:history:prior-customer',
        })
    }
  })
  return part
}
