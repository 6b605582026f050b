// The inbox around a wave or an own burst: SpamAssassin ham spread over the surrounding days, a
// few person-to-person notes, and important mail — 3–6 inside the wave (labelled with its id) and
// 2–3 the same day at least 45 minutes outside it.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { MINUTE } from './clock.ts'
import { IMPORTANT } from './important/index.ts'
import type { Person } from './people.ts'
import { pickNotes } from './quiet/personal.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: `${mail.group} ${mail.listId ? 'list' : 'direct'}` }
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
    const id = `${prefix}-ham-${i}`
    add(
      part,
      record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), person.address),
      hamLabel(mail),
    )
  }
  return part
}

export function notesPart(
  rng: Random,
  person: Person,
  count: number,
  from: number,
  to: number,
  prefix: string,
): Part {
  const part = emptyPart()
  pickNotes(rng, person.lang, person.first, count).forEach((note, i) => {
    const at = from + Math.floor(rng.next() * (to - from))
    add(
      part,
      record(`${prefix}-note-${i}`, at, note.from, note.subject, note.body, person.address),
      {
        label: 'ham',
        lang: person.lang,
        source: 'personal',
      },
    )
  })
  return part
}

export function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  start: number,
  end: number,
  waveId: string,
  person: Person,
): Part {
  const part = emptyPart()
  const inside = rng.int(3, 6)
  const outside = rng.int(2, 3)
  const used = new Set<string>()
  for (let i = 0; i < inside + outside; i++) {
    const mailLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
    const pool = IMPORTANT[mailLang].filter((_, j) => !used.has(`${mailLang}-${j}`))
    const index = IMPORTANT[mailLang].indexOf(rng.pick(pool))
    used.add(`${mailLang}-${index}`)
    const mail = IMPORTANT[mailLang][index]!(rng, person)
    const inWave = i < inside
    const at = inWave
      ? start + Math.floor(rng.next() * Math.max(1, end - start))
      : rng.chance(0.5)
        ? start - rng.int(45, 360) * MINUTE
        : end + rng.int(45, 360) * MINUTE
    const id = `${waveId}-important-${i}`
    const label: MailLabel = { label: 'important', lang: mailLang, source: mail.from }
    add(
      part,
      record(id, at, mail.from, mail.subject, mail.body, person.address),
      inWave ? { ...label, waveId } : label,
    )
  }
  return part
}
