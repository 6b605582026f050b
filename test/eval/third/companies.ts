// Made-up companies per language: an invented stem and a trade, with a domain under the
// language's usual top-level domain. None is meant to be a real business.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { STEMS } from './company-stems.ts'

const TRADES: Record<Lang, readonly string[]> = {
  en: [
    'Outfitters',
    'Analytics',
    'Ceramics',
    'Travel',
    'Insurance',
    'Studios',
    'Bikes',
    'Pharmacy',
    'Hosting',
    'Academy',
  ],
  de: [
    'Versand',
    'Energie',
    'Reisen',
    'Möbel',
    'Apotheke',
    'Software',
    'Sport',
    'Verlag',
    'Optik',
    'Akademie',
  ],
  fr: [
    'Voyages',
    'Mutuelle',
    'Éditions',
    'Cosmétiques',
    'Immobilier',
    'Informatique',
    'Jardins',
    'Librairie',
    'Transports',
    'Formation',
  ],
  es: [
    'Viajes',
    'Seguros',
    'Muebles',
    'Editorial',
    'Energía',
    'Deportes',
    'Farmacia',
    'Tecnología',
    'Academia',
    'Ópticas',
  ],
  pt: [
    'Viagens',
    'Seguros',
    'Livraria',
    'Energia',
    'Desporto',
    'Farmácia',
    'Tecnologia',
    'Mobiliário',
    'Academia',
    'Óptica',
  ],
  it: [
    'Viaggi',
    'Assicurazioni',
    'Editore',
    'Arredamenti',
    'Energia',
    'Sport',
    'Farmacia',
    'Informatica',
    'Accademia',
    'Ottica',
  ],
  nl: [
    'Reizen',
    'Verzekeringen',
    'Uitgeverij',
    'Meubels',
    'Energie',
    'Sport',
    'Apotheek',
    'Software',
    'Academie',
    'Optiek',
  ],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['co.uk', 'com', 'io', 'ie'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'com'],
  es: ['es', 'com.mx', 'com'],
  pt: ['pt', 'com.br'],
  it: ['it', 'com'],
  nl: ['nl', 'be'],
}

/** Words every language's companies may use in their name for the support team. */
export const SUPPORT: Record<Lang, string> = {
  en: 'Customer Care',
  de: 'Kundenservice',
  fr: 'Service client',
  es: 'Atención al cliente',
  pt: 'Apoio ao cliente',
  it: 'Assistenza clienti',
  nl: 'Klantenservice',
}

export interface Company {
  name: string
  slug: string
  domain: string
  lang: Lang
}

export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

/** Every company of a language (stems × trades), in a fixed order. */
export function allCompanies(lang: Lang): Company[] {
  return STEMS[lang].flatMap((stem, i) =>
    TRADES[lang].map((trade, j) => {
      const name = `${stem} ${trade}`
      const slug = slugOf(`${stem}${trade}`)
      const tlds = TLDS[lang]
      return { name, slug, domain: `${slug}.${tlds[(i + j) % tlds.length]}`, lang }
    }),
  )
}

/** `count` distinct companies of a language not yet in `taken`. */
export function companies(rng: Random, lang: Lang, count: number, taken: Set<string>): Company[] {
  const pool = rng.shuffle(allCompanies(lang).filter((c) => !taken.has(c.slug)))
  const chosen = pool.slice(0, count)
  for (const c of chosen) taken.add(c.slug)
  return chosen
}
