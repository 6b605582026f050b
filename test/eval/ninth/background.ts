// What surrounds a wave in the inbox: real SpamAssassin ham around it (label ham), and important
// mail inside the wave's span (3-6, tied to the wave) and outside it (1-2), all in the person's
// language or, in a multilingual wave, in the languages of the wave.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { IMPORTANT_KINDS, importantMail } from './important.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `${mail.group} list` : mail.group }
}

/** `count` ham mails spread over [from, to], each keeping its own text. */
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
    const rec = record(
      `${prefix}-ham-${i}`,
      at,
      mail.from,
      mail.subject,
      mail.text.slice(0, 2_000),
      person.address,
    )
    add(part, rec, hamLabel(mail))
  }
  return part
}

export function importantPart(
  rng: Random,
  langs: readonly Lang[],
  span: { start: number; end: number },
  waveId: string,
  person: Person,
): Part {
  const part = emptyPart()
  const kinds = rng.shuffle(IMPORTANT_KINDS)
  const inside = rng.int(3, 6)
  const outside = rng.int(1, 2)
  for (let i = 0; i < inside + outside; i++) {
    const lang = rng.pick(langs)
    const mail = importantMail(rng, kinds[i % kinds.length]!, lang)
    const at =
      i < inside
        ? span.start + Math.floor(rng.next() * (span.end - span.start + MINUTE))
        : span.start - rng.int(2, 30) * HOUR + (rng.chance(0.5) ? DAY + 3 * HOUR : 0)
    const label: MailLabel = { label: 'important', lang, family: mail.kind, source: 'important' }
    if (i < inside) label.waveId = waveId
    add(
      part,
      record(`${waveId}-imp-${i}`, at, mail.from, mail.subject, mail.body, person.address),
      label,
    )
  }
  return part
}
