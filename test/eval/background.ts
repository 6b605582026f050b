// The inbox around a wave: real everyday mail (SpamAssassin ham, labelled `ham`) over the days
// around it, and important mail (labelled `important`), some of it arriving inside the wave.
import type { Random } from './prng.ts'
import { snippetOf, VICTIM } from './render.ts'
import type { HamMail } from './spam-assassin.ts'
import type { EvalRecord, Lang, MailLabel } from './types.ts'
import type { WaveSpan } from './waves.ts'
import { IMPORTANT } from './wordings/important/index.ts'

const HOUR = 3_600_000
const CURRENCY: Record<Lang, (n: string) => string> = {
  en: (n) => `$${n}`,
  de: (n) => `${n.replace('.', ',')} €`,
  fr: (n) => `${n.replace('.', ',')} €`,
  es: (n) => `${n.replace('.', ',')} €`,
  pt: (n) => `R$ ${n.replace('.', ',')}`,
  it: (n) => `€ ${n.replace('.', ',')}`,
  nl: (n) => `€ ${n.replace('.', ',')}`,
}
const MERCHANTS = [
  'Lidl',
  'Shell',
  'IKEA',
  'Decathlon',
  'Carrefour',
  'Albert Heijn',
  'Esselunga',
  'Mercadona',
  'Pão de Açúcar',
  'Jordan Lee',
]
const DEVICES = ['Windows', 'iPhone', 'Android', 'Mac', 'Linux']

export function hamRecord(id: string, date: number, ham: HamMail): EvalRecord {
  return {
    id,
    date: new Date(date).toISOString(),
    from: ham.from,
    subject: ham.subject,
    snippet: snippetOf(ham.text),
    folder: 'inbox',
    to: VICTIM,
    body: ham.text,
  }
}

export function hamLabel(ham: HamMail): MailLabel {
  return { label: 'ham', source: ham.listId ? `${ham.group} list` : ham.group }
}

/** `count` ham mails at random times within `hours` either side of `around`. */
export function backgroundHam(
  random: Random,
  pool: readonly HamMail[],
  prefix: string,
  around: number,
  count: number,
  hours = 36,
) {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  for (let i = 0; i < count; i++) {
    const ham = random.pick(pool)
    const id = `${prefix}-bg${i}`
    records.push(hamRecord(id, around + Math.floor((random.next() * 2 - 1) * hours * HOUR), ham))
    labels.set(id, hamLabel(ham))
  }
  return { records, labels }
}

export function importantRecord(random: Random, id: string, date: number, lang: Lang): EvalRecord {
  const mail = random.pick(IMPORTANT[lang])
  const values: Record<string, string> = {
    amount: CURRENCY[lang](`${random.int(3, 480)}.${String(random.int(0, 99)).padStart(2, '0')}`),
    merchant: random.pick(MERCHANTS),
    order: String(random.int(100_000_000, 999_999_999)),
    device: random.pick(DEVICES),
  }
  const put = (text: string) =>
    text.replace(/\{(amount|merchant|order|device)\}/gu, (_, key: string) => values[key]!)
  const body = put(mail.body)
  return {
    id,
    date: new Date(date).toISOString(),
    from: mail.from,
    subject: put(mail.subject),
    snippet: snippetOf(body),
    folder: 'inbox',
    to: VICTIM,
    body,
  }
}

/** 3–5 important mails inside the wave's span and 2 on the same day outside it. */
export function importantAround(random: Random, prefix: string, waveId: string, span: WaveSpan) {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const inside = random.int(3, 5)
  for (let i = 0; i < inside + 2; i++) {
    const lang = random.pick(span.languages)
    const id = `${prefix}-imp${i}`
    const date =
      i < inside
        ? span.start + Math.floor(random.next() * (span.end - span.start))
        : span.start - Math.floor((1 + random.next() * 8) * HOUR)
    records.push(importantRecord(random, id, date, lang))
    labels.set(id, i < inside ? { label: 'important', lang, waveId } : { label: 'important', lang })
  }
  return { records, labels }
}
