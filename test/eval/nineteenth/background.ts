// What surrounds a wave: SpamAssassin ham spread over the days around it, and the look-alike
// mail arriving during the wave, from senders seen before (their earlier mail is in the inbox
// days ahead) and from senders new to the inbox; the important ones are counted as pinned mail.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { STEMS } from './companies.ts'
import {
  brandFor,
  LOOK_CLASSES,
  lookLabel,
  lookMail,
  lookSender,
  type LookWhere,
} from './lookalike/index.ts'
import type { LookClass } from './lookalike/types.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

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
    const at = from + Math.floor(rng.next() * (to - from))
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at,
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

const IMPORTANT = LOOK_CLASSES.filter((c) => c.label === 'important')
const EVERYDAY = LOOK_CLASSES.filter((c) => c.label !== 'important')

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  /** Company stems the wave used; look-alike brands avoid them. */
  taken: ReadonlySet<string>
}

function oneLookalike(
  rng: Random,
  part: Part,
  w: InsideWave,
  cls: LookClass,
  stem: string,
  i: number,
): void {
  const known = rng.chance(0.5)
  const sender = lookSender(rng, cls, brandFor(rng, stem, w.lang))
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const where: LookWhere = known ? 'wave-known' : 'wave-new'
  const id = `${w.waveId}-look-${i}`
  put(
    part,
    lookMail(rng, cls, w.lang, w.person, sender, at, id),
    lookLabel(cls, w.lang, where, w.waveId),
  )
  if (!known) return
  for (let h = 0; h < rng.int(1, 3); h++) {
    const before = w.start - rng.int(2, 20) * DAY - rng.int(0, 10) * HOUR
    put(
      part,
      lookMail(rng, cls, w.lang, w.person, sender, before, `${id}-h${h}`),
      lookLabel(cls, w.lang, 'history'),
    )
  }
}

/** 3-6 important look-alikes and 4-7 everyday ones inside the wave's span. */
export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS.filter((s) => !w.taken.has(s)))
  const classes = [
    ...Array.from({ length: rng.int(3, 6) }, () => rng.pick(IMPORTANT)),
    ...Array.from({ length: rng.int(4, 7) }, () => rng.pick(EVERYDAY)),
  ]
  classes.forEach((cls, i) => oneLookalike(rng, part, w, cls, stems[i]!, i))
  return part
}
