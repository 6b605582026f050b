// The inbox around a wave or a burst: SpamAssassin ham over the surrounding days and important
// mail, 3–6 inside the wave (labelled with it) and 2–3 on the same day outside it.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES, type EvalRecord, type Lang, type MailLabel } from '../types.ts'
import { dayStart, HOUR, MINUTE } from './clock.ts'
import { IMPORTANT } from './important/index.ts'
import type { Person } from './people.ts'
import { fill, record, shaped } from './render.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export function hamRecord(mail: HamMail, id: string, at: number, to: string): EvalRecord {
  return record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), to)
}

export function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: `spamassassin ${mail.group} ${mail.listId ? 'list' : 'direct'}` }
}

/** `count` ham mails at random moments in [from, to). */
export function hamBetween(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
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

/** A moment the same day as [start, end] but at least 45 minutes away from it. */
function sameDayOutside(rng: Random, start: number, end: number): number {
  const day = dayStart(start)
  const before = { from: day + 6 * HOUR, to: start - 45 * MINUTE }
  const after = { from: end + 45 * MINUTE, to: day + 23 * HOUR + 30 * MINUTE }
  const usable = [before, after].filter((slot) => slot.to - slot.from >= 20 * MINUTE)
  const slot =
    usable.length > 0 ? rng.pick(usable) : { from: end + 20 * MINUTE, to: end + 40 * MINUTE }
  return slot.from + Math.floor(rng.next() * (slot.to - slot.from))
}

export function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  start: number,
  end: number,
  waveId: string,
  person: Person,
): Part {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const inside = rng.int(3, 6)
  const outside = rng.int(2, 3)
  const used = new Set<string>()
  for (let i = 0; i < inside + outside; i++) {
    const mailLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
    const choices = IMPORTANT[mailLang].filter((m) => !used.has(m.subject))
    const mail = rng.pick(choices.length > 0 ? choices : IMPORTANT[mailLang])
    used.add(mail.subject)
    const inWave = i < inside
    const at = inWave
      ? start + 1 + Math.floor(rng.next() * Math.max(1, end - start - 1))
      : sameDayOutside(rng, start, end)
    const id = `${waveId}-important-${i}`
    const values = {
      name: person.first,
      last: person.last,
      ref: shaped(rng, rng.pick(['########', '@@#####', '#####-####'])),
    }
    records.push(
      record(
        id,
        at,
        mail.from,
        fill(mail.subject, values),
        fill(mail.body, values),
        person.address,
      ),
    )
    const label: MailLabel = { label: 'important', lang: mailLang, source: mail.from }
    labels.set(id, inWave ? { ...label, waveId } : label)
  }
  return { records, labels }
}
