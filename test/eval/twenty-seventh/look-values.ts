// Values that fill the look-alike texts: names, amounts and dates as each language writes them.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY } from './clock.ts'
import { numeric, token } from './records.ts'

const WHO: Record<Lang, readonly string[]> = {
  en: ['Priya Natarajan', 'Tom Ashby', 'Grace Okafor', 'Callum Reid'],
  de: ['Miriam Haas', 'Tobias Brandt', 'Elif Demir', 'Jonas Pfeiffer'],
  fr: ['Camille Girard', 'Hugo Lefèvre', 'Inès Benali', 'Théo Marchand'],
  es: ['Lucía Herrera', 'Pablo Ibáñez', 'Marta Cano', 'Diego Serrano'],
  pt: ['Beatriz Lopes', 'Rafael Nunes', 'Inês Moura', 'Gustavo Reis'],
  it: ['Giulia Conti', 'Luca Marino', 'Sara Ferri', 'Davide Greco'],
  nl: ['Sanne Bakker', 'Thijs Mulder', 'Lotte Visser', 'Bram de Graaf'],
}

const PLACE: Record<Lang, readonly string[]> = {
  en: ['Station Road', 'High Street Co-op'],
  de: ['Bahnhofstraße', 'Marktplatz 3'],
  fr: ['Tabac de la Gare', 'Place du Marché'],
  es: ['Calle Mayor', 'Estanco Centro'],
  pt: ['Avenida Central', 'Papelaria do Largo'],
  it: ['Edicola Stazione', 'Via Garibaldi'],
  nl: ['Stationsplein', 'Bruna Centrum'],
}

function amount(rng: Random, lang: Lang): string {
  const value = `${rng.int(4, 480)}${lang === 'en' ? '.' : ','}${String(rng.int(0, 99)).padStart(2, '0')}`
  if (lang === 'en') return `£${value}`
  if (lang === 'nl') return `€ ${value}`
  if (lang === 'pt' && rng.chance(0.5)) return `R$ ${value}`
  return `${value} €`
}

export function whoOf(rng: Random, lang: Lang): string {
  return rng.pick(WHO[lang])
}

export function lookValues(
  rng: Random,
  lang: Lang,
  at: number,
  base: Readonly<Record<string, string>>,
): Record<string, string> {
  const day = new Date(at + rng.int(1, 12) * DAY)
  return {
    who: whoOf(rng, lang),
    code: numeric(rng, 6),
    num: numeric(rng, rng.pick([6, 7, 8])),
    amount: amount(rng, lang),
    date: day.toLocaleDateString(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    time: `${rng.int(8, 19)}:${rng.pick(['00', '15', '30', '45'])}`,
    link: `https://${base.domain ?? 'example.com'}/l/${token(rng, 16)}`,
    place: rng.pick(PLACE[lang]),
    ...base,
  }
}
