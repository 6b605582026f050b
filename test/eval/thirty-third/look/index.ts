// Every look-alike text by language, and one look-alike mail rendered from a class, a language
// and a sender (a third of snippets begin with an opener: preheader, alt text, logo, menu).
import type { Random } from '../../prng.ts'
import type { AnyLang } from '../langs.ts'
import { fill, numeric } from '../../nineteenth/records.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PL, SV } from './pl-sv.ts'
import { PT } from './pt.ts'
import { EL, TR } from './tr-el.ts'
import { OPENERS, type LookClass, type LookTexts } from './types.ts'

export const LOOK_TEXT: Record<AnyLang, LookTexts> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
  pl: PL,
  sv: SV,
  tr: TR,
  el: EL,
}

const CITIES = ['Leiden', 'Porto', 'Graz', 'Lyon', 'Gdańsk', 'Uppsala', 'İzmir', 'Πάτρα']
const FRIENDS = ['Ines', 'Karol', 'Aylin', 'Bram', 'Νίκος', 'Britt', 'Olga']

export interface LookText {
  subject: string
  body: string
}

export function renderLook(
  rng: Random,
  cls: LookClass,
  lang: AnyLang,
  values: { brand: string; first: string; orig?: string; at: number },
): LookText {
  const [subject, body] = rng.pick(LOOK_TEXT[lang][cls]).split(' || ') as [string, string]
  const day = new Date(values.at + rng.int(1, 9) * 86_400_000)
  const slots = {
    brand: values.brand,
    first: values.first,
    orig: values.orig ?? '',
    n: numeric(rng, 7),
    code: numeric(rng, 6),
    ref: `${rng.pick(['', 'A', 'K7'])}${numeric(rng, 6)}`,
    amount: `${rng.int(3, 480)},${numeric(rng, 2)} €`,
    date: `${day.getUTCDate()}.${day.getUTCMonth() + 1}`,
    time: `${rng.int(7, 20)}:${rng.pick(['00', '15', '30', '45'])}`,
    city: rng.pick(CITIES),
    from: rng.pick(FRIENDS),
  }
  const opener = rng.chance(1 / 3) ? `${fill(rng.pick(OPENERS), slots)}\n` : ''
  return { subject: fill(subject, slots), body: opener + fill(body, slots) }
}
