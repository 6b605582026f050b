// What surrounds a wave: SpamAssassin ham over the days around it, and the look-alike mail
// arriving inside it, from services with earlier mail in the inbox (that earlier mail is there
// too) and from services new to the inbox. Classes rotate per language so that every class sits
// in every language both with known and with new senders.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import {
  EVERYDAY_CLASSES,
  IMPORTANT_CLASSES,
  lookPart,
  serviceFor,
  type LookClass,
} from './lookalike.ts'
import type { Person } from './people.ts'
import { emptyPart, merge, put, type Part } from './records.ts'

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
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

export interface Slot {
  cls: LookClass
  known: boolean
  textIndex: number
}

const importantCount = (k: number, l: number) => 3 + ((k + l) % 4)
const everydayCount = (k: number, l: number) => 5 + ((k * 3 + l) % 4)

/** The look-alike slots of wave (k, l): classes rotate over the language's five waves. */
export function slotsFor(k: number, l: number): Slot[] {
  let imp = 0
  let day = 0
  for (let before = 0; before < k; before++) {
    imp += importantCount(before, l)
    day += everydayCount(before, l)
  }
  const slots: Slot[] = []
  for (let i = 0; i < importantCount(k, l); i++, imp++)
    slots.push({
      cls: IMPORTANT_CLASSES[imp % 4]!,
      known: (Math.floor(imp / 4) + l) % 2 === 0,
      textIndex: imp,
    })
  for (let i = 0; i < everydayCount(k, l); i++, day++) {
    const n = EVERYDAY_CLASSES.length
    slots.push({
      cls: EVERYDAY_CLASSES[day % n]!,
      known: (Math.floor(day / n) + l) % 2 === 0,
      textIndex: day,
    })
  }
  return slots
}

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
}

/** The look-alikes inside the wave's span, and the earlier mail of the known senders. */
/** `stems`: the services' brands, one per slot, none shared with the other parts of the scenario. */
export function insideWave(
  rng: Random,
  w: InsideWave,
  slots: readonly Slot[],
  stems: readonly string[],
): Part {
  const parts = slots.map((slot, i) => {
    const service = serviceFor(rng, slot.cls, stems[i % stems.length]!, w.lang)
    const at =
      w.start + MINUTE + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start - 2 * MINUTE))
    const id = `${w.waveId}-look-${i}`
    const where = slot.known ? 'wave-known' : 'wave-new'
    const own = lookPart(
      rng,
      slot.cls,
      w.lang,
      w.person,
      service,
      at,
      id,
      where,
      w.waveId,
      slot.textIndex,
    )
    if (!slot.known) return own
    const history = Array.from({ length: rng.int(1, 3) }, (_, h) => {
      const before = w.start - rng.int(3, 24) * DAY - rng.int(0, 10) * HOUR
      return lookPart(
        rng,
        slot.cls,
        w.lang,
        w.person,
        service,
        before,
        `${id}-h${h}`,
        'history',
        undefined,
        slot.textIndex + h + 1,
      )
    })
    return merge([own, ...history])
  })
  return merge(parts)
}
