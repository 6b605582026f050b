// The tenth set's made-up companies: an invented stem (a head and a tail no real business is meant
// to carry), a trade in the company's language and a domain under one of its usual endings; a
// sister brand of the same group shares the stem.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = [
  'Brax',
  'Cindr',
  'Dulv',
  'Ferk',
  'Glimm',
  'Hoxt',
  'Jorv',
  'Kwell',
  'Lunx',
  'Mirv',
  'Noxb',
  'Pyrr',
  'Quor',
  'Rilv',
  'Skov',
  'Tarnv',
  'Ulvr',
  'Veskl',
  'Wyrn',
  'Yarrd',
] as const
const TAILS = ['ada', 'ello', 'ion', 'ora', 'ette', 'ix', 'umo', 'aro'] as const

/** 160 stems, each used at most once per wave. */
export const STEMS: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t))

const TRADES: Record<Lang, readonly string[]> = {
  en: ['Outdoor', 'Lettings', 'Opticians', 'Joinery', 'Robotics', 'Tea Co', 'Storage', 'Audio'],
  de: [
    'Sanitär',
    'Möbelhaus',
    'Reisen',
    'Fahrschule',
    'Druckerei',
    'Zahntechnik',
    'Gartenbau',
    'Elektro',
  ],
  fr: [
    'Literie',
    'Bijouterie',
    'Voyages',
    'Optique',
    'Menuiserie',
    'Assurances',
    'Cave',
    'Jardinerie',
  ],
  es: [
    'Ferretería',
    'Viajes',
    'Óptica',
    'Muebles',
    'Seguros',
    'Librería',
    'Climatización',
    'Bodega',
  ],
  pt: ['Imobiliária', 'Ótica', 'Viagens', 'Móveis', 'Seguros', 'Papelaria', 'Padaria', 'Clínica'],
  it: [
    'Arredamenti',
    'Ottica',
    'Viaggi',
    'Assicurazioni',
    'Cantina',
    'Ferramenta',
    'Gioielli',
    'Tipografia',
  ],
  nl: [
    'Tegelhandel',
    'Reizen',
    'Optiek',
    'Meubelen',
    'Verzekeringen',
    'Rijschool',
    'Drukkerij',
    'Tuincentrum',
  ],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'ie', 'com.au'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'ch'],
  es: ['es', 'com.mx', 'com.ar'],
  pt: ['pt', 'com.br'],
  it: ['it', 'ch'],
  nl: ['nl', 'be'],
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
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

function make(stem: string, lang: Lang, t: number, d: number): Company {
  const trades = TRADES[lang]
  const tlds = TLDS[lang]
  const trade = trades[t % trades.length]!
  const slug = slugOf(`${stem}${trade}`)
  return { name: `${stem} ${trade}`, stem, slug, domain: `${slug}.${tlds[d % tlds.length]}`, lang }
}

/** Every company of a language: each stem with every trade. */
export function allCompanies(lang: Lang): Company[] {
  return STEMS.flatMap((stem, i) => TRADES[lang].map((_, t) => make(stem, lang, t, i + t)))
}

/** Companies of the given languages (one per entry), no stem twice. */
export function pickCompanies(rng: Random, langs: readonly Lang[]): Company[] {
  const stems = rng.shuffle(STEMS)
  if (langs.length > stems.length) throw new Error('more companies than stems')
  return langs.map((lang, i) => make(stems[i]!, lang, rng.int(0, 7), rng.int(0, 3)))
}

/** A sister brand of the same group (same stem, another trade and domain). */
export function sisterOf(c: Company): Company {
  const t = TRADES[c.lang].findIndex((trade) => c.name.endsWith(trade))
  return make(c.stem, c.lang, t + 3, t + 1)
}
