// What surrounds a wave or a burst in the person's inbox: SpamAssassin ham mail over a few days
// (random mails of the corpus at random times) and important notices inside and around the wave.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { NOTICES } from './important-texts.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: `spamassassin/${mail.group}${mail.listId ? '/list' : ''}` }
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
  for (let i = 0; i < count && ham.length > 0; i++) {
    const mail = rng.pick(ham)
    const at = from + Math.floor(rng.next() * (to - from))
    add(
      part,
      record(
        `${prefix}-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  }
  return part
}

/** 3-6 notices inside the wave (label important with the waveId) and 2-3 outside the same day. */
export function importantAround(
  rng: Random,
  lang: Lang,
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
    const [from, subject, body] = notices[i % notices.length]!
    const before = rng.chance(0.5)
    const at =
      i < inside
        ? start + Math.floor(rng.next() * Math.max(1, end - start))
        : before
          ? start - rng.int(45, 360) * MINUTE
          : end + rng.int(45, 360) * MINUTE
    const fillIn = (t: string) =>
      t
        .replace(
          /\{amount\}/gu,
          `${rng.int(4, 980)}${lang === 'en' ? '.' : ','}${String(rng.int(0, 99)).padStart(2, '0')}`,
        )
        .replace(/\{ref\}/gu, String(rng.int(1_000_000, 9_999_999)))
    const label: MailLabel = { label: 'important', lang, source: 'important' }
    if (i < inside) label.waveId = waveId
    add(
      part,
      record(`${waveId}-imp-${i}`, at, from, fillIn(subject), fillIn(body), person.address),
      label,
    )
  }
  return part
}

export const SPREAD = { before: 2 * 24 * HOUR, after: 24 * HOUR } as const
