// Values the look-alike texts are filled with: names, amounts and dates as each language writes them.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { numeric, token } from '../records.ts'

const FRIENDS: Record<Lang, readonly string[]> = {
  en: ['Maya Brooks', 'Owen Fletcher', 'Grace Ndlovu', 'Sam Whitfield'],
  de: ['Lena Hoffmann', 'Tobias Kraus', 'Miriam Yilmaz', 'Felix Brandt'],
  fr: ['Camille Girard', 'Hugo Lefèvre', 'Nadia Benali', 'Julien Roche'],
  es: ['Marta Ruiz', 'Pablo Serrano', 'Ainhoa Etxeberria', 'Diego Navas'],
  pt: ['Ana Tavares', 'João Pinheiro', 'Larissa Souza', 'Miguel Faria'],
  it: ['Giulia Conti', 'Marco Ferri', 'Elena Greco', 'Luca Barbieri'],
  nl: ['Eva de Vries', 'Daan Mulder', 'Lotte Bakker', 'Bram Visser'],
}
const CURRENCY: Record<Lang, (n: string) => string> = {
  en: (n) => `£${n}`,
  de: (n) => `${n.replace('.', ',')} €`,
  fr: (n) => `${n.replace('.', ',')} €`,
  es: (n) => `${n.replace('.', ',')} €`,
  pt: (n) => `R$ ${n.replace('.', ',')}`,
  it: (n) => `${n.replace('.', ',')} €`,
  nl: (n) => `€ ${n.replace('.', ',')}`,
}
const LOCALE: Record<Lang, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  pt: 'pt-PT',
  it: 'it-IT',
  nl: 'nl-NL',
}

export function friendName(rng: Random, lang: Lang): string {
  return rng.pick(FRIENDS[lang])
}

export function lookValues(
  rng: Random,
  lang: Lang,
  at: number,
  extra: Readonly<Record<string, string>>,
): Record<string, string> {
  const later = new Date(at + rng.int(1, 20) * 86_400_000)
  return {
    friend: friendName(rng, lang),
    agent: friendName(rng, lang).split(' ')[0]!,
    amount: CURRENCY[lang](`${rng.int(3, 240)}.${String(rng.int(0, 99)).padStart(2, '0')}`),
    ref: `${String.fromCharCode(65 + rng.int(0, 25))}${numeric(rng, 7)}`,
    code: numeric(rng, 6),
    date: later.toLocaleDateString(LOCALE[lang], {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }),
    time: `${rng.int(8, 20)}:${rng.pick(['00', '15', '30', '45'])}`,
    link: `https://${extra.domain ?? 'example.org'}/l/${token(rng, 16)}`,
    ...extra,
  }
}
