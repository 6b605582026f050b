// Important mail inside and around a wave: three to six notices within the wave's span (labelled
// with the wave) and one or two outside it, in the person's language (any language for a
// multilingual wave), from the made-up services of senders.ts.
import type { Random } from '../../prng.ts'
import { LANGUAGES, type Lang } from '../../types.ts'
import { HOUR, MINUTE } from '../clock.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { DE, EN, NL } from './germanic.ts'
import { ES, FR, IT, PT } from './romance.ts'
import { IMPORTANT_SENDERS } from './senders.ts'
import { IMPORTANT_KINDS, type ImportantKind, type ImportantText } from './types.ts'

export const IMPORTANT_TEXTS: Record<Lang, Record<ImportantKind, ImportantText>> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

const AMOUNTS: Record<Lang, readonly string[]> = {
  en: ['$42.18', '£119.00', '$7.99', '£1,250.00'],
  de: ['42,18 €', '119,00 €', '7,99 €', '1.250,00 €'],
  fr: ['42,18 €', '119,00 €', '7,99 €', '1 250,00 €'],
  es: ['42,18 €', '119,00 €', '7,99 €', '1.250,00 €'],
  pt: ['R$ 42,18', 'R$ 119,00', '7,99 €', 'R$ 1.250,00'],
  it: ['42,18 €', '119,00 €', '7,99 €', '1.250,00 €'],
  nl: ['€ 42,18', '€ 119,00', '€ 7,99', '€ 1.250,00'],
}

function fill(rng: Random, lang: Lang, template: string, at: number): string {
  const values: Record<string, string> = {
    amount: rng.pick(AMOUNTS[lang]),
    ref: String(rng.int(100_000, 99_999_999)),
    card: String(rng.int(1000, 9999)),
    device: rng.pick(['Windows 11 · Edge', 'iPhone 15 · Safari', 'Linux · Firefox', 'Pixel 9']),
    shop: rng.pick(['DROVELL MARKET', 'KITO FUEL 221', 'ONLINE*BRASKO', 'CAFE TOLMEN']),
    date: new Date(at).toISOString().slice(0, 10),
  }
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}

export function importantMail(
  rng: Random,
  part: Part,
  id: string,
  at: number,
  lang: Lang,
  person: Person,
  waveId?: string,
): void {
  const kind = rng.pick(IMPORTANT_KINDS)
  const text = IMPORTANT_TEXTS[lang][kind]
  const mail = record(
    id,
    at,
    IMPORTANT_SENDERS[kind],
    fill(rng, lang, text.subject, at),
    fill(rng, lang, text.body, at),
    person.address,
  )
  add(part, mail, { label: 'important', lang, waveId, source: `important/${kind}` })
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
  const pickLang = () => (lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  const inside = rng.int(3, 6)
  for (let i = 0; i < inside; i++)
    importantMail(
      rng,
      part,
      `${waveId}-imp-${i}`,
      rng.int(start + MINUTE, end - MINUTE),
      pickLang(),
      person,
      waveId,
    )
  const outside = rng.int(1, 2)
  for (let i = 0; i < outside; i++) {
    const at = rng.chance(0.5) ? start - rng.int(2, 20) * HOUR : end + rng.int(2, 20) * HOUR
    importantMail(rng, part, `${waveId}-imp-out-${i}`, at, pickLang(), person)
  }
  return part
}
