// What surrounds a wave: SpamAssassin ham over the days around it; look-alikes inside its span
// from senders seen before (their earlier mail days or weeks ahead) and new to the inbox, 3-6 of
// them important; earlier everyday mail from a few abused companies; the person's own life.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS, type Company } from './companies.ts'
import { THREAD } from './living.ts'
import { addLookalike, LOOK_CLASSES, lookLabel, lookSender, type LookClass } from './lookalike.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, put, split, type Part } from './records.ts'

export const hamSource = (m: HamMail) =>
  m.listId ? `spamassassin-list/${m.group}` : `spamassassin/${m.group}`

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  range: readonly [number, number],
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const m = rng.pick(ham)
    const at = range[0] + Math.floor(rng.next() * (range[1] - range[0]))
    const mail = {
      id: `${prefix}-sa-${i}`,
      at,
      from: m.from,
      subject: m.subject,
      to: person.address,
    }
    put(part, { ...mail, body: m.text.slice(0, 2_000) }, { label: 'ham', source: hamSource(m) })
  }
  return part
}

export const IMPORTANT = LOOK_CLASSES.filter((c) => c.label === 'important')
export const EVERYDAY = LOOK_CLASSES.filter((c) => c.label !== 'important')
const CODES = LOOK_CLASSES.find((c) => c.name === 'codes')!

export interface InsideWave {
  waveId: string
  /** Rotation index: the kind index for single-language waves. */
  turn: number
  lang: Lang
  person: Person
  start: number
  end: number
  companies: readonly Company[]
  /** Earlier everyday mail from a few of the abused companies. */
  priorCustomer: boolean
}

/** Strictly between the wave's first and last mail. */
const within = (rng: Random, w: InsideWave) =>
  w.start + 1_000 + Math.floor(rng.next() * Math.max(1_000, w.end - w.start - 2_000))

function one(rng: Random, part: Part, w: InsideWave, cls: LookClass, known: boolean, id: string) {
  const stem = rng.pick(LOOK_STEMS)
  const sender = lookSender(rng, cls, stem, w.person)
  const where = known ? 'wave-known' : 'wave-new'
  addLookalike(
    rng,
    part,
    cls,
    w.lang,
    w.person,
    sender,
    within(rng, w),
    id,
    lookLabel(cls, w.lang, where, w.waveId),
  )
  if (!known) return
  const count = rng.int(1, 3)
  for (let h = 0; h < count; h++) {
    const at = w.start - rng.int(2, 24) * DAY - rng.int(0, 12) * HOUR
    addLookalike(
      rng,
      part,
      cls,
      w.lang,
      w.person,
      sender,
      at,
      `${id}-h${h}`,
      lookLabel(cls, w.lang, 'history'),
    )
  }
}

function living(rng: Random, part: Part, w: InsideWave): void {
  const other = rng.pick(w.person.colleagues)
  const address = `${other.toLowerCase().replace(/[^a-z]+/gu, '.')}@work.example`
  const values = { name: w.person.first, other: other.split(' ')[0]! }
  const [ask, reply, answer] = THREAD[w.lang].map((t) => split(fill(t, values)))
  const me = `${w.person.first} ${w.person.last} <${w.person.address}>`
  const sentAt = within(rng, w)
  const base = { to: w.person.address }
  put(
    part,
    {
      ...base,
      ...ask!,
      id: `${w.waveId}-live-0`,
      at: w.start - rng.int(2, 20) * HOUR,
      from: `${other} <${address}>`,
    },
    { label: 'ham', lang: w.lang, source: 'living:colleague' },
  )
  put(
    part,
    {
      ...reply!,
      id: `${w.waveId}-live-1`,
      at: sentAt,
      from: me,
      to: `${other} <${address}>`,
      sent: true,
    },
    { label: 'own', lang: w.lang, source: 'living:sent' },
  )
  put(
    part,
    {
      ...base,
      ...answer!,
      id: `${w.waveId}-live-2`,
      at: Math.min(w.end - 500, sentAt + rng.int(2, 9) * MINUTE),
      from: `${other} <${address}>`,
    },
    { label: 'ham', lang: w.lang, source: 'living:colleague' },
  )
}

function priorCustomer(rng: Random, part: Part, w: InsideWave): void {
  const classes = LOOK_CLASSES.filter((c) =>
    ['newsletter', 'receipt', 'app-notice'].includes(c.name),
  )
  rng
    .shuffle(w.companies)
    .slice(0, rng.int(2, 4))
    .forEach((c, i) => {
      const cls = rng.pick(classes)
      const sender = {
        brand: c.name,
        domain: c.domain,
        from: `${c.name} <${rng.pick(['news', 'info', 'orders'])}@${c.domain}>`,
      }
      for (let h = 0; h < rng.int(1, 2); h++) {
        const at = w.start - rng.int(3, 25) * DAY - rng.int(0, 10) * HOUR
        addLookalike(rng, part, cls, c.lang, w.person, sender, at, `${w.waveId}-prior-${i}-${h}`, {
          label: 'ham',
          lang: c.lang,
          source: 'lookalike:history:prior-customer',
        })
      }
    })
}

/** Look-alikes rotated so every class x language x placement appears over a language's waves. */
export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const important = rng.int(3, 6)
  for (let j = 0; j < important; j++) {
    const p = w.turn * 6 + j
    one(rng, part, w, IMPORTANT[p % 4]!, (Math.floor(p / 4) + p) % 2 === 0, `${w.waveId}-imp-${j}`)
  }
  for (let j = 0; j < 6; j++) {
    const p = w.turn * 6 + j
    one(
      rng,
      part,
      w,
      EVERYDAY[p % 10]!,
      (Math.floor(p / 10) + p) % 2 === 0,
      `${w.waveId}-look-${j}`,
    )
  }
  one(rng, part, w, CODES, w.turn % 2 === 1, `${w.waveId}-code`)
  living(rng, part, w)
  if (w.priorCustomer) priorCustomer(rng, part, w)
  return part
}
