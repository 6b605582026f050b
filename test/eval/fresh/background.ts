// The inbox around a wave: SpamAssassin easy-ham-2 mail over the surrounding days, the person's
// everyday mail, and important mail inside the wave and the same day outside it.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type EvalRecord, type Lang, type MailLabel } from '../types.ts'
import { IMPORTANT } from './important.ts'
import type { Person } from './people.ts'
import { record, ticketOf } from './render.ts'

const HOUR = 3_600_000

export function hamRecord(mail: HamMail, id: string, at: number, to: string): EvalRecord {
  return record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), to)
}

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: `${mail.group} ${mail.listId ? 'list' : 'direct'}` }
}

/** `count` ham mails at random times in [from, to). */
export function hamAround(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
) {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  if (ham.length === 0) return { records, labels }
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const id = `${prefix}-ham-${i}`
    records.push(hamRecord(mail, id, from + Math.floor(rng.next() * (to - from)), person.address))
    labels.set(id, hamLabel(mail))
  }
  return { records, labels }
}

/** 3–5 important mails inside [start, end] (labelled with the wave) and 2 outside, same day. */
export function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  start: number,
  end: number,
  waveId: string,
  prefix: string,
  person: Person,
) {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const inside = rng.int(3, 5)
  for (let i = 0; i < inside + 2; i++) {
    const mailLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
    const mail = rng.pick(IMPORTANT[mailLang])
    const inWave = i < inside
    const at = inWave
      ? start + Math.floor(rng.next() * (end - start))
      : rng.chance(0.5)
        ? start - rng.int(2, 6) * HOUR
        : end + rng.int(2, 6) * HOUR
    const id = `${prefix}-important-${i}`
    const values = (text: string) =>
      text
        .replace(/\{name\}/gu, person.first)
        .replace(/\{code\}/gu, String(rng.int(100000, 999999)))
        .replace(/\{ticket\}/gu, ticketOf(rng, '@@@@##'))
    records.push(record(id, at, mail.from, values(mail.subject), values(mail.body), person.address))
    labels.set(
      id,
      inWave
        ? { label: 'important', lang: mailLang, waveId, source: mail.from }
        : { label: 'important', lang: mailLang, source: mail.from },
    )
  }
  return { records, labels }
}
