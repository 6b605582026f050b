// What surrounds a wave: SpamAssassin ham over the days around it; the look-alikes arriving
// during the wave from senders seen before (their earlier mail days ahead) and from new senders,
// 3-6 of them important, cycled so each class shows in every language and placement.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { makeCompany, STEMS } from './companies.ts'
import { LOOK_CLASSES, lookLabel, lookMails, lookSender, type LookClass } from './lookalike.ts'
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
    const at = span.from + Math.floor(rng.next() * (span.to - span.from))
    const record = {
      id: `${prefix}-sa-${i}`,
      at,
      from: mail.from,
      subject: mail.subject,
      body: mail.text.slice(0, 2_000),
      to: person.address,
    }
    put(part, record, { label: 'ham', source: hamSource(mail) })
  }
  return part
}

export const IMPORTANT = LOOK_CLASSES.filter((c) => c.label === 'important')
export const EVERYDAY = LOOK_CLASSES.filter((c) => c.label !== 'important')

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  /** Position of this wave among its language's waves (0-4), to cycle the classes. */
  slot: number
  taken: ReadonlySet<string>
}

function one(
  rng: Random,
  part: Part,
  w: InsideWave,
  pick: { cls: LookClass; known: boolean; stem: string },
  i: number,
): void {
  const sender = lookSender(rng, pick.cls, makeCompany(pick.stem, w.lang, rng))
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const id = `${w.waveId}-look-${i}`
  const where = pick.known ? 'wave-known' : 'wave-new'
  for (const m of lookMails(rng, pick.cls, w.lang, w.person, sender, at, id))
    put(
      part,
      m.mail,
      m.sent
        ? { label: 'ham', lang: w.lang, source: `sent:${pick.cls.key}` }
        : lookLabel(pick.cls, w.lang, where, w.waveId),
    )
  if (!pick.known) return
  const count = rng.int(1, 3)
  for (let h = 0; h < count; h++) {
    const before = w.start - rng.int(3, 26) * DAY - rng.int(0, 10) * HOUR
    for (const m of lookMails(rng, pick.cls, w.lang, w.person, sender, before, `${id}-h${h}`))
      put(
        part,
        m.mail,
        m.sent
          ? { label: 'ham', lang: w.lang, source: `sent:${pick.cls.key}` }
          : lookLabel(pick.cls, w.lang, 'history'),
      )
  }
}

/** 3-6 important look-alikes and 5-7 everyday ones inside the wave's span. */
export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS.filter((s) => !w.taken.has(s)))
  const k = w.slot
  const important = [
    { cls: IMPORTANT[k % 4]!, known: true },
    { cls: IMPORTANT[(k + 1) % 4]!, known: false },
    { cls: IMPORTANT[(k + 2) % 4]!, known: rng.chance(0.5) },
  ]
  const more = rng.int(0, 3)
  for (let i = 0; i < more; i++)
    important.push({ cls: rng.pick(IMPORTANT), known: rng.chance(0.5) })
  const everyday = [
    { cls: EVERYDAY[(2 * k) % 10]!, known: true },
    { cls: EVERYDAY[(2 * k + 1) % 10]!, known: true },
    { cls: EVERYDAY[(2 * k) % 10]!, known: false },
    { cls: EVERYDAY[(2 * k + 1) % 10]!, known: false },
  ]
  const extra = rng.int(1, 3)
  for (let i = 0; i < extra; i++) everyday.push({ cls: rng.pick(EVERYDAY), known: rng.chance(0.5) })
  ;[...important, ...everyday].forEach((p, i) => one(rng, part, w, { ...p, stem: stems[i]! }, i))
  return part
}
