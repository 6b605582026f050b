// What surrounds a wave: SpamAssassin ham over three days, and important mail (3–6 inside the
// wave's span, 2–3 the same day 45 minutes to 6 hours outside it).
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { MailLabel } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { NOTICES, filledNotice } from './important/notice.ts'
import { labelled } from './label.ts'
import type { SixthLang } from './langs.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: mail.listId ? `${mail.group} list` : mail.group }
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
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    add(
      part,
      record({
        id: `${prefix}-ham-${i}`,
        at: rng.int(from, to),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      }),
      { ...hamLabel(mail) },
    )
  }
  return part
}

export function importantAround(
  rng: Random,
  lang: SixthLang,
  start: number,
  end: number,
  waveId: string,
  person: Person,
): Part {
  const part = emptyPart()
  const notices = rng.shuffle(NOTICES[lang])
  const inside = rng.int(3, 6)
  const outside = rng.int(2, 3)
  for (let i = 0; i < inside + outside; i++) {
    const n = filledNotice(rng, notices[i % notices.length]!)
    const away = rng.int(45, 360) * MINUTE
    const at =
      i < inside ? rng.int(start + 1, end - 1) : rng.chance(0.5) ? start - away : end + away
    const base: MailLabel = { label: 'important', source: 'important notice' }
    if (i < inside) base.waveId = waveId
    add(
      part,
      record({
        id: `${waveId}-imp-${i}`,
        at,
        from: n.from,
        subject: n.subject,
        body: n.body,
        to: person.address,
      }),
      labelled(base, lang),
    )
  }
  return part
}

export const within = (at: number, start: number, hours: number) =>
  at >= start && at <= start + hours * HOUR
