// The burst texts of every language, and the rows of the shops, carriers, organisers and travel
// companies the person deals with in the season (their own domains, some mail through a hosted
// mailer or helpdesk).
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { capital, HELPDESK_SERVICES, MAILING_SERVICES } from '../companies.ts'
import { BURST_DE } from './de.ts'
import { BURST_EN } from './en.ts'
import { BURST_ES } from './es.ts'
import { BURST_FR } from './fr.ts'
import { BURST_IT } from './it.ts'
import { BURST_NL } from './nl.ts'
import { BURST_PT } from './pt.ts'
import type { BurstTexts, TravelKind } from './types.ts'

export const BURST_TEXT: Record<Lang, BurstTexts> = {
  en: BURST_EN,
  de: BURST_DE,
  fr: BURST_FR,
  es: BURST_ES,
  pt: BURST_PT,
  it: BURST_IT,
  nl: BURST_NL,
}

export interface Brand {
  stem: string
  name: string
  domain: string
}

const TLD: Record<Lang, string> = {
  en: 'co.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}

const TRAVEL_SUFFIX: Record<TravelKind, string> = {
  flight: 'Air',
  hotel: 'Hotels',
  car: 'Rent',
  rail: 'Rail',
}

export function brand(stem: string, lang: Lang, suffix = ''): Brand {
  const name = suffix ? `${capital(stem)} ${suffix}` : capital(stem)
  return { stem, name, domain: `${stem}.${TLD[lang]}` }
}

export function travelBrand(stem: string, lang: Lang, kind: TravelKind): Brand {
  return brand(stem, lang, TRAVEL_SUFFIX[kind])
}

/** `Name <local@domain>`; marketing mail goes through a hosted mailer about a third of the time. */
export function rowOf(rng: Random, b: Brand, local: string, marketing = false): string {
  if (marketing && rng.chance(0.35))
    return `${b.name} <${local}@${b.stem}.${rng.pick(MAILING_SERVICES)}.net>`
  return `${b.name} <${local}@${b.domain}>`
}

/** The shop's support address: its own domain or its hosted helpdesk. */
export function supportAddress(rng: Random, b: Brand): string {
  return rng.chance(0.5)
    ? `support@${b.domain}`
    : `support@${b.stem}.${rng.pick(HELPDESK_SERVICES)}.com`
}
