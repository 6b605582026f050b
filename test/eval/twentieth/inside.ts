// What surrounds a wave: SpamAssassin ham over the days around it, and the look-alike mail that
// arrives between its first and last mail: 3-6 important ones and 5-8 everyday ones, from senders
// the inbox knows (their earlier mail sits days or weeks ahead, source history) or new senders.
// In the single-language waves the first slots walk a fixed list of class x placement, so every
// class shows up in every language both from a known and from a new sender.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { STEMS } from './companies.ts'
import { LOOK_CLASSES, lookLabel, lookMail, lookSender, sentLabel } from './lookalike/index.ts'
import type { LookClass } from './lookalike/types.ts'
import type { Person } from './people.ts'
import { add, emptyPart, type Part } from './records.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

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
    add(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at: from + Math.floor(rng.next() * (to - from)),
        from: mail.from,
        to: person.address,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
      },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

export const IMPORTANT = LOOK_CLASSES.filter((c) => c.label === 'important')
export const EVERYDAY = LOOK_CLASSES.filter((c) => c.label !== 'important')

interface Slot {
  cls: LookClass
  known: boolean
}

/** The i-th entry of the walk: every class from a known sender, then every class from a new one. */
function walk(classes: readonly LookClass[], i: number): Slot {
  const n = classes.length
  const at = i % (2 * n)
  return { cls: classes[at % n]!, known: at < n }
}

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  /** First and last wave mail. */
  first: number
  last: number
  /** Company stems the wave used; look-alike senders avoid them. */
  taken: ReadonlySet<string>
  /** The wave's number among its language's single-language waves; null for multilingual. */
  turn: number | null
}

function slots(rng: Random, w: InsideWave): Slot[] {
  const important = rng.int(3, 6)
  const everyday = rng.int(5, 8)
  const random = (classes: readonly LookClass[]): Slot => ({
    cls: rng.pick(classes),
    known: rng.chance(0.45),
  })
  const pick = (classes: readonly LookClass[], i: number, fixed: number, base: number): Slot =>
    w.turn !== null && i < fixed ? walk(classes, base + i) : random(classes)
  return [
    ...Array.from({ length: important }, (_, i) => pick(IMPORTANT, i, 3, (w.turn ?? 0) * 3)),
    ...Array.from({ length: everyday }, (_, i) => pick(EVERYDAY, i, 5, (w.turn ?? 0) * 5)),
  ]
}

export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS.filter((s) => !w.taken.has(s)))
  slots(rng, w).forEach(({ cls, known }, i) => {
    const sender = lookSender(rng, cls, stems[i]!, w.lang)
    const at =
      w.first + MINUTE / 2 + Math.floor(rng.next() * Math.max(1, w.last - w.first - MINUTE))
    const id = `${w.waveId}-look-${i}`
    const where = known ? 'wave-known' : 'wave-new'
    const mails = lookMail(rng, cls, w.lang, w.person, sender, at, id)
    add(part, mails.main, lookLabel(cls, w.lang, where, w.waveId))
    if (mails.sent) add(part, mails.sent, sentLabel(cls, w.lang))
    if (!known) return
    const earlier = rng.int(1, 3)
    for (let h = 0; h < earlier; h++) {
      const before = w.first - rng.int(2, 24) * DAY - rng.int(0, 10) * HOUR
      const past = lookMail(rng, cls, w.lang, w.person, sender, before, `${id}-h${h}`)
      add(part, past.main, lookLabel(cls, w.lang, 'history'))
      if (past.sent) add(part, past.sent, sentLabel(cls, w.lang))
    }
  })
  return part
}
