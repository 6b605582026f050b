// The four small organisations of this set, one of each kind per language: whose public address
// (info@, contact@, hello@, office@) is printed on their website, and the one person who reads it
// for the whole organisation.
import { LANGUAGES, type Lang } from '../types.ts'
import { capital, ORG_STEMS } from './companies.ts'

export const ORG_KINDS = ['club', 'guesthouse', 'charity', 'studio'] as const
export type OrgKind = (typeof ORG_KINDS)[number]

export interface Org {
  kind: OrgKind
  lang: Lang
  name: string
  domain: string
  /** The public address the attacker pastes. */
  address: string
  /** The person who reads it. */
  reader: string
}

const KIND_WORD: Record<OrgKind, Record<Lang, string>> = {
  club: {
    en: '{x} Rowing Club',
    de: 'Musikverein {x}',
    fr: 'Club de tennis de {x}',
    es: 'Club Deportivo {x}',
    pt: 'Clube Desportivo {x}',
    it: 'Corale {x}',
    nl: 'Hockeyclub {x}',
  },
  guesthouse: {
    en: '{x} Guest House',
    de: 'Ferienwohnung {x}',
    fr: 'Gîte {x}',
    es: 'Casa Rural {x}',
    pt: 'Casa de Campo {x}',
    it: 'B&B {x}',
    nl: 'Vakantiehuis {x}',
  },
  charity: {
    en: '{x} Food Bank Trust',
    de: 'Tafel {x} e.V.',
    fr: 'Association {x} Solidarité',
    es: 'Asociación {x} Solidaria',
    pt: 'Associação {x} Solidária',
    it: 'Associazione {x} Onlus',
    nl: 'Stichting {x}',
  },
  studio: {
    en: '{x} Physiotherapy',
    de: 'Friseursalon {x}',
    fr: 'Cabinet dentaire {x}',
    es: 'Academia {x} (clases particulares)',
    pt: 'Fisioterapia {x}',
    it: 'Parrucchiere {x}',
    nl: 'Bijlesinstituut {x}',
  },
}

const LOCAL = ['info', 'contact', 'hello', 'office'] as const

const READERS: Record<Lang, readonly string[]> = {
  en: ['Fiona Marsh', 'Gareth Lloyd', 'Priya Nair', 'Tom Whitaker'],
  de: ['Sabine Krüger', 'Jens Hoffmann', 'Aylin Demir', 'Ute Brandt'],
  fr: ['Claire Lemoine', 'Julien Garnier', 'Nadia Benali', 'Hervé Pichon'],
  es: ['Lucía Ortega', 'Pablo Herrero', 'Marta Iglesias', 'Jorge Castaño'],
  pt: ['Inês Carvalho', 'Rui Teixeira', 'Joana Pires', 'Duarte Neves'],
  it: ['Giulia Ferri', 'Marco Longo', 'Elena Rizzi', 'Paolo Sartori'],
  nl: ['Femke de Graaf', 'Ruud Visser', 'Sanne Bakker', 'Joost Mulder'],
}

const TLD: Record<Lang, string> = {
  en: 'org.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}

export function orgOf(kind: OrgKind, lang: Lang): Org {
  const k = ORG_KINDS.indexOf(kind)
  const l = LANGUAGES.indexOf(lang)
  const stem = ORG_STEMS[k * LANGUAGES.length + l]!
  const domain = `${stem}.${TLD[lang]}`
  return {
    kind,
    lang,
    name: KIND_WORD[kind][lang].replace('{x}', capital(stem)),
    domain,
    address: `${LOCAL[(k + l) % LOCAL.length]}@${domain}`,
    reader: READERS[lang][k]!,
  }
}

export const ALL_ORGS: readonly Org[] = ORG_KINDS.flatMap((kind) =>
  LANGUAGES.map((lang) => orgOf(kind, lang)),
)
