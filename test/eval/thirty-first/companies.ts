// Invented company names of the thirty-first set. Every stem begins with J, K, V, W, X, Y or Z
// (the thirtieth set, written at the same time, keeps to other letters); the unit test refuses
// any stem that equals or begins a word of an earlier set's names.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const HEADS = ['Jov', 'Kyr', 'Vell', 'Wyst', 'Xand', 'Yorv', 'Zent', 'Kwel', 'Jarr', 'Vosk']
const MIDS = ['am', 'ib', 'ol', 'ur', 'et']
const TAILS = ['ique', 'ona', 'ux', 'ira', 'ando']

/** 250 stems for the waves' companies, e.g. Jovamique, Zenturux. */
export const STEMS: readonly string[] = HEADS.flatMap((h) =>
  MIDS.flatMap((m) => TAILS.map((t) => `${h}${m}${t}`)),
)

/** Brands of everyday senders (shops, banks, clubs, airlines): never a wave company. */
export const LOOK_STEMS: readonly string[] = [
  'Zeppulvin',
  'Kwintaro',
  'Jubelvik',
  'Vantrigo',
  'Wyldmere',
  'Xerulia',
  'Yambrisk',
  'Zopparell',
  'Kestavo',
  'Jorlindt',
  'Vimbresca',
  'Wexquorra',
  'Xylofari',
  'Ysmerand',
  'Zirkobel',
  'Kalvidrune',
  'Jenkarow',
  'Vorquelle',
  'Wintaroo',
  'Xeboryn',
  'Yttrevik',
  'Zumbralo',
  'Kobrevia',
  'Jascoria',
  'Vintemar',
  'Wulfanto',
  'Xorvenda',
  'Yelbrant',
  'Zankorin',
  'Kirrabel',
  'Jaspeliu',
  'Velmarix',
]

/** Invented everyday platforms the person uses (code hosting, chat, marketplace, rides...). */
export const PLATFORMS = {
  code: { name: 'Zyphub', domain: 'zyphub.dev', from: 'notifications@zyphub.dev' },
  chat: { name: 'Kwackle', domain: 'kwackle.chat', from: 'digest@kwackle.chat' },
  calendar: { name: 'Yeardeck Calendar', domain: 'yeardeck.com', from: 'calendar@yeardeck.com' },
  docs: { name: 'Vellumly Docs', domain: 'vellumly.com', from: 'comments@vellumly.com' },
  market: { name: 'Xchangello', domain: 'xchangello.com', from: 'messages@xchangello.com' },
  ride: { name: 'Zoomrue', domain: 'zoomrue.com', from: 'receipts@zoomrue.com' },
  food: { name: 'Jumbeats', domain: 'jumbeats.com', from: 'orders@jumbeats.com' },
  stream: { name: 'Vistavox', domain: 'vistavox.tv', from: 'billing@vistavox.tv' },
  apps: { name: 'Kapstore', domain: 'kapstore.app', from: 'no_reply@kapstore.app' },
  school: { name: 'Wizzclass', domain: 'wizzclass.school', from: 'notices@wizzclass.school' },
  codes: { name: 'Keyvora', domain: 'keyvora.id', from: 'security@keyvora.id' },
} as const
export type PlatformKey = keyof typeof PLATFORMS

/** Invented hosted helpdesk services: `<slug>.<host>`. */
export const HELPDESK_HOSTS: readonly string[] = ['yondeskly.io', 'kasefold.com', 'wickettdesk.net']
/** Invented mailing services sending for a company: `<slug>.<host>` or `bounce.<host>`. */
export const MAILING_HOSTS: readonly string[] = ['zumailer.net', 'vexsendo.com', 'jetlistry.email']

const SUFFIX: Record<Lang, readonly string[]> = {
  en: ['', ' Home', ' Outdoor', ' Insurance', ' Labs', ' Kitchens'],
  de: ['', ' Möbel', ' Versicherung', ' Reisen', ' Technik', ' Apotheke'],
  fr: ['', ' Maison', ' Assurances', ' Voyages', ' Optique', ' Énergie'],
  es: ['', ' Hogar', ' Seguros', ' Viajes', ' Moda', ' Energía'],
  pt: ['', ' Casa', ' Seguros', ' Viagens', ' Moda', ' Telecom'],
  it: ['', ' Casa', ' Assicurazioni', ' Viaggi', ' Moda', ' Energia'],
  nl: ['', ' Wonen', ' Verzekeringen', ' Reizen', ' Mode', ' Energie'],
}
const TLD: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io'],
  de: ['de', 'com', 'at'],
  fr: ['fr', 'com', 'be'],
  es: ['es', 'com', 'com.mx'],
  pt: ['pt', 'com.br', 'com'],
  it: ['it', 'com'],
  nl: ['nl', 'be', 'com'],
}

export interface Company {
  stem: string
  name: string
  domain: string
  slug: string
  lang: Lang
}

export function company(rng: Random, stem: string, lang: Lang): Company {
  const slug = stem.toLowerCase()
  return {
    stem,
    name: `${stem}${rng.pick(SUFFIX[lang])}`,
    domain: `${slug}.${rng.pick(TLD[lang])}`,
    slug,
    lang,
  }
}

export function brandDomain(stem: string, lang: Lang): string {
  const tld: Record<Lang, string> = {
    en: 'com',
    de: 'de',
    fr: 'fr',
    es: 'es',
    pt: 'pt',
    it: 'it',
    nl: 'nl',
  }
  return `${stem.toLowerCase()}.${tld[lang]}`
}
