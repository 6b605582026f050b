// Made-up companies of this set: invented stems (fresh syllables, checked by the unit test against
// every earlier set's names) with a trade word in the company's language and a national domain.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = ['Quenn', 'Vorl', 'Tisk', 'Brav', 'Olv', 'Zeph', 'Krin', 'Dulm', 'Yarr', 'Gosp']
const MORE = ['Hallv', 'Ivr', 'Jorm', 'Lusk', 'Nebb', 'Prow', 'Rusk', 'Sorv', 'Wemb', 'Xand']
const TAILS = ['etta', 'orix', 'wick', 'lunde', 'arion', 'monte', 'ellis', 'ique', 'stadt', 'ovan']

export const STEMS: readonly string[] = [...HEADS, ...MORE].flatMap((h) => TAILS.map((t) => h + t))

const TRADES: Record<Lang, readonly string[]> = {
  en: ['Outfitters', 'Home', 'Labs', 'Travel', 'Pets', 'Books', 'Energy', 'Cycles'],
  de: ['Versand', 'Reisen', 'Möbel', 'Technik', 'Apotheke', 'Sport', 'Verlag', 'Energie'],
  fr: ['Maison', 'Voyages', 'Librairie', 'Optique', 'Mode', 'Jardin', 'Assurances', 'Vélos'],
  es: ['Hogar', 'Viajes', 'Moda', 'Seguros', 'Deportes', 'Libros', 'Óptica', 'Energía'],
  pt: ['Casa', 'Viagens', 'Moda', 'Seguros', 'Desporto', 'Livros', 'Ótica', 'Energia'],
  it: ['Casa', 'Viaggi', 'Moda', 'Assicurazioni', 'Sport', 'Libri', 'Ottica', 'Energia'],
  nl: ['Wonen', 'Reizen', 'Mode', 'Verzekeringen', 'Sport', 'Boeken', 'Fietsen', 'Energie'],
}

const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'com'],
  es: ['es', 'com', 'mx'],
  pt: ['pt', 'com.br', 'com'],
  it: ['it', 'com', 'eu'],
  nl: ['nl', 'be', 'eu'],
}

export interface Company {
  name: string
  stem: string
  slug: string
  domain: string
  lang: Lang
}

export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

/** `count` companies with distinct stems, in the given languages (cycled at random). */
export function pickCompanies(rng: Random, langs: readonly Lang[], count: number): Company[] {
  const stems = rng.shuffle(STEMS).slice(0, count)
  if (stems.length < count) throw new Error(`only ${STEMS.length} company stems`)
  return stems.map((stem) => {
    const lang = rng.pick(langs)
    const name = rng.chance(0.35) ? stem : `${stem} ${rng.pick(TRADES[lang])}`
    const slug = slugOf(name)
    return { name, stem, slug, domain: `${slug}.${rng.pick(TLD[lang])}`, lang }
  })
}

/** A sister brand with its own helpdesk (for the bursts the person caused). */
export function sisterOf(rng: Random, c: Company): Company {
  const name = `${c.stem} ${rng.pick(['Group', 'Service', 'Care', 'Connect'])}`
  return { ...c, name, slug: slugOf(name), domain: `${slugOf(name)}.com` }
}
