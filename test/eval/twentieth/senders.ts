// How a company's mail shows its sender: its own domain, a hosted helpdesk or mailing service of
// an invented provider sending for it, or a display name alone (as a webmail list row shows it).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'
import type { Family } from './inhouse/types.ts'

export type SenderShape = 'own' | 'hosted' | 'display'

export const HELPDESK_HOSTS = ['deskquill.com', 'tikora.io', 'helpwren.net'] as const
export const MAILING_HOSTS = ['mailfennel.com', 'sendcrest.net', 'postloom.io'] as const

const TEAM: Record<Lang, readonly string[]> = {
  en: ['', ' Support', ' Team', ' Customer Care'],
  de: ['', ' Kundenservice', ' Team', ' Support'],
  fr: ['', ' Service client', ' Service clients', ' Support'],
  es: ['', ' Atención al cliente', ' Equipo', ' Soporte'],
  pt: ['', ' Apoio ao Cliente', ' Equipa', ' Suporte'],
  it: ['', ' Assistenza', ' Team', ' Servizio Clienti'],
  nl: ['', ' Klantenservice', ' Team', ' Support'],
}

const LOCALS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'service', 'care', 'kontakt'],
  verification: ['noreply', 'no-reply', 'accounts', 'welcome', 'hello'],
  subscription: ['newsletter', 'news', 'info', 'hello', 'noreply'],
  reset: ['noreply', 'security', 'no-reply', 'accounts', 'auth'],
}

/** Shares across a wave's companies: a quarter display name only, the rest own or hosted. */
export function senderShape(rng: Random): SenderShape {
  const u = rng.next()
  return u < 0.25 ? 'display' : u < 0.6 ? 'hosted' : 'own'
}

export interface SenderRow {
  shape: SenderShape
  /** The From line of the record. */
  from: string
  /** The host links in the mail point to. */
  host: string
  /** The company's own support address, as its footers give it. */
  support: string
}

export function senderRow(rng: Random, c: Company, family: Family, shape: SenderShape): SenderRow {
  const name = c.name + rng.pick(TEAM[c.lang])
  const local = rng.pick(LOCALS[family])
  const support = `${family === 'helpdesk' ? local : 'support'}@${c.domain}`
  if (shape === 'display') return { shape, from: name, host: `www.${c.domain}`, support }
  if (shape === 'own') {
    const sub = rng.pick(['', '', 'mail.', 'email.'])
    return { shape, from: `${name} <${local}@${sub}${c.domain}>`, host: `www.${c.domain}`, support }
  }
  const host =
    family === 'helpdesk'
      ? `${c.slug}.${rng.pick(HELPDESK_HOSTS)}`
      : `${c.slug}.${rng.pick(MAILING_HOSTS)}`
  return { shape, from: `${name} <${local}@${host}>`, host, support }
}
