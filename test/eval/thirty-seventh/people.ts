// The three work personas, one per language each: a support agent at a small company running
// its own helpdesk, a small online-shop owner and a developer. Their work address is what the
// attacker pastes into other companies' forms; their everyday work mail is automated and bursty.
import type { Lang } from '../types.ts'
import { LANGUAGES } from '../types.ts'
import {
  capital,
  companyDomain,
  HELPDESK_SERVICES,
  PERSONA_STEMS,
  TOOL_STEMS,
} from './companies.ts'

export const PERSONAS = ['agent', 'shop', 'dev'] as const
export type Persona = (typeof PERSONAS)[number]

export interface Person {
  persona: Persona
  lang: Lang
  first: string
  last: string
  address: string
  /** The person's company (agent, developer) or shop, and its domain. */
  company: string
  stem: string
  domain: string
  /** Where the company's own helpdesk sends from (agent only: own address or hosted subdomain). */
  helpdesk: string
}

const NAMES: Record<Lang, readonly [string, string][]> = {
  en: [
    ['Megan', 'Holt'],
    ['Tom', 'Ashworth'],
    ['Priya', 'Nair'],
  ],
  de: [
    ['Lena', 'Brandt'],
    ['Jörg', 'Kessler'],
    ['Tobias', 'Wendt'],
  ],
  fr: [
    ['Camille', 'Roux'],
    ['Hugo', 'Marchand'],
    ['Inès', 'Fabre'],
  ],
  es: [
    ['Lucía', 'Navarro'],
    ['Diego', 'Ortega'],
    ['Marta', 'Gil'],
  ],
  pt: [
    ['Beatriz', 'Lopes'],
    ['Rui', 'Carvalho'],
    ['Tiago', 'Moreira'],
  ],
  it: [
    ['Giulia', 'Ferri'],
    ['Marco', 'Colombo'],
    ['Chiara', 'Galli'],
  ],
  nl: [
    ['Sanne', 'de Wit'],
    ['Bram', 'Visser'],
    ['Joris', 'Mulder'],
  ],
}

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z]/gu, '')
    .toLowerCase()

function build(persona: Persona, lang: Lang): Person {
  const p = PERSONAS.indexOf(persona)
  const l = LANGUAGES.indexOf(lang)
  const [first, last] = NAMES[lang][p]!
  const stem = PERSONA_STEMS[p * LANGUAGES.length + l]!
  const domain = companyDomain(stem, lang, l + p)
  const local = persona === 'shop' ? ascii(first) : `${ascii(first)}.${ascii(last)}`
  const hosted = `support@${stem}.${HELPDESK_SERVICES[l % HELPDESK_SERVICES.length]}.com`
  return {
    persona,
    lang,
    first,
    last,
    address: `${local}@${domain}`,
    company: capital(stem),
    stem,
    domain,
    helpdesk: l % 2 === 0 ? `helpdesk@${domain}` : hosted,
  }
}

export function personOf(persona: Persona, lang: Lang): Person {
  return build(persona, lang)
}

/** The quiet inbox's four weeks belong to the English support agent. */
export const QUIET_PERSONA: Persona = 'agent'
export const QUIET_LANG: Lang = 'en'

/** The tools each persona's work mail comes from (invented brands). */
export const TOOLS = {
  ci: capital(TOOL_STEMS[0]!),
  forge: capital(TOOL_STEMS[1]!),
  registry: capital(TOOL_STEMS[2]!),
  cloud: capital(TOOL_STEMS[3]!),
  monitor: capital(TOOL_STEMS[4]!),
  platform: capital(TOOL_STEMS[5]!),
  pay: capital(TOOL_STEMS[6]!),
  market: capital(TOOL_STEMS[7]!),
  suppliers: [capital(TOOL_STEMS[8]!), capital(TOOL_STEMS[9]!)],
  /** SaaS tools the shop owner uses and signs up to. */
  saas: TOOL_STEMS.slice(10, 25).map(capital),
  /** Services the developer opens accounts and API keys at. */
  devServices: TOOL_STEMS.slice(25, 37).map(capital),
} as const

export function toolDomain(name: string): string {
  return `${name.toLowerCase()}.com`
}
