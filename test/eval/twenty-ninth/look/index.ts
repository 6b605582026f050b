// Look-alike texts by language and class, and one look-alike mail filled in for a brand and a
// person. The sender is the brand's own domain (or a person's address for people and scripts).
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { cap } from '../companies.ts'
import type { Person } from '../people.ts'
import { SCRIPT_NAMES } from '../people.ts'
import { digits, fill, token } from '../records.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'
import type { LangTexts, LookText } from './types.ts'

export const LOOK_TEXT: Record<Lang, LangTexts> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

const CURRENCY: Record<Lang, (n: string) => string> = {
  en: (n) => `£${n}`,
  de: (n) => `${n.replace('.', ',')} €`,
  fr: (n) => `${n.replace('.', ',')} €`,
  es: (n) => `${n.replace('.', ',')} €`,
  pt: (n) => `R$ ${n.replace('.', ',')}`,
  it: (n) => `€ ${n.replace('.', ',')}`,
  nl: (n) => `€ ${n.replace('.', ',')}`,
}

export interface Filled {
  subject: string
  body: string
}

/** Slot values for one mail: amounts, references, codes, dates and names. */
export function slots(
  rng: Random,
  lang: Lang,
  brand: string,
  person: Person,
  at: number,
  extra: Record<string, string> = {},
): Record<string, string> {
  const when = new Date(at + rng.int(1, 12) * 86_400_000)
  return {
    b: cap(brand),
    n: person.first,
    who: rng.pick(person.friends),
    amt: CURRENCY[lang](`${rng.int(4, 480)}.${String(rng.int(0, 99)).padStart(2, '0')}`),
    ref: digits(rng, rng.int(6, 9)),
    code: digits(rng, 6),
    link: `https://www.${brand}.${lang === 'en' ? 'com' : lang}/${token(rng, rng.int(10, 24))}`,
    date: when.toISOString().slice(0, 10),
    time: `${rng.int(8, 16)}:${rng.pick(['00', '15', '30', '45'])}`,
    subj: '',
    ...extra,
  }
}

export function fillText(text: LookText, values: Record<string, string>): Filled {
  return { subject: fill(text[0], values), body: fill(text[1], values) }
}

/** A person's row for people mail, a brand's own domain for the rest. */
export function lookFrom(rng: Random, brand: string, lang: Lang, who?: string): string {
  if (who)
    return `${who} <${who
      .normalize('NFD')
      .toLowerCase()
      .replace(/[^a-z]+/gu, '.')}@friends-${lang}.example>`
  const local = rng.pick(['news', 'hello', 'no-reply', 'service', 'info', 'team'])
  return `${cap(brand)} <${local}@${brand}.${lang === 'en' ? 'com' : lang}>`
}

export const scriptSender = (rng: Random): (typeof SCRIPT_NAMES)[number] => rng.pick(SCRIPT_NAMES)
