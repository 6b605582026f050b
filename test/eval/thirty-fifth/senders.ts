// A company as a wave sees it: its name, its domain, the language its forms answer in, and the
// sender row its mail arrives with (own domain, a hosted helpdesk or mailing service, or a
// display name alone).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS } from './companies.ts'
import type { Family } from './types.ts'

export const TLD: Record<Lang, string> = {
  en: 'co.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
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
  const domain = rng.chance(0.5) ? `${slug}.com` : `${slug}.${TLD[lang]}`
  return { stem, name: stem, domain, slug, lang }
}

const LOCAL: Record<Family, string[]> = {
  helpdesk: ['support', 'help', 'service', 'kundenservice', 'care'],
  verification: ['no-reply', 'accounts', 'welcome', 'noreply'],
  subscription: ['news', 'newsletter', 'hello', 'info'],
  reset: ['security', 'no-reply', 'accounts', 'noreply'],
}

export type SenderKind = 'own' | 'hosted' | 'display'

export function senderRow(rng: Random, c: Company, family: Family, kind: SenderKind): string {
  if (kind === 'display')
    return rng.pick([c.name, `${c.name} Support`, `${c.name} Team`, `${c.name} Service`])
  if (kind === 'own') return `${c.name} <${rng.pick(LOCAL[family])}@${c.domain}>`
  if (family === 'helpdesk')
    return `${c.name} Support <support@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  return rng.chance(0.5)
    ? `${c.name} <${rng.pick(LOCAL[family])}@${c.slug}.${rng.pick(MAILING_HOSTS)}>`
    : `${c.name} <${c.slug}@send.${rng.pick(MAILING_HOSTS)}>`
}

export function senderKind(rng: Random, preferred?: SenderKind): SenderKind {
  const roll = rng.next()
  if (roll < 0.25) return 'display'
  if (preferred && roll < 0.55) return preferred
  return roll < 0.65 ? 'own' : 'hosted'
}
