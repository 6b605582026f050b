// How a wave company's mail shows its sender: display name only (about a quarter: `from` is just
// the name), the company's own domain, or a hosted service sending for it (an invented helpdesk's
// subdomain for helpdesk mail, an invented mailing service's subdomain or `mail.<domain>`).
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import { HELPDESK_SERVICES, MAILING_SERVICES } from './companies.ts'
import type { Family } from './wording.ts'

export type SenderKind = NonNullable<MailLabel['sender']>

export interface SenderRow {
  from: string
  sender: SenderKind
  /** Host that the company's links point to. */
  host: string
}

const LOCALS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'service', 'contact', 'info', 'hello'],
  verification: ['no-reply', 'noreply', 'accounts', 'welcome'],
  subscription: ['newsletter', 'news', 'info', 'hello'],
  reset: ['no-reply', 'security', 'accounts', 'noreply'],
}

const DISPLAY_TAIL = ['', '', ' Support', ' Team', ' Service']

export interface SenderCompany {
  name: string
  stem: string
  domain: string
}

export function drawSenderKind(rng: Random): SenderKind {
  const r = rng.next()
  return r < 0.25 ? 'display' : r < 0.62 ? 'own' : 'hosted'
}

export function senderRow(
  rng: Random,
  company: SenderCompany,
  family: Family,
  kind: SenderKind,
  local?: string,
): SenderRow {
  if (kind === 'display')
    return { from: `${company.name}${rng.pick(DISPLAY_TAIL)}`, sender: kind, host: company.domain }
  const box = local ?? rng.pick(LOCALS[family])
  if (kind === 'own')
    return {
      from: `${company.name} <${box}@${company.domain}>`,
      sender: kind,
      host: company.domain,
    }
  if (family === 'helpdesk') {
    const host = `${company.stem}.${rng.pick(HELPDESK_SERVICES)}.com`
    return { from: `${company.name} <support@${host}>`, sender: kind, host }
  }
  const host = rng.chance(0.5)
    ? `${company.stem}.${rng.pick(MAILING_SERVICES)}.net`
    : `mail.${company.domain}`
  return { from: `${company.name} <${box}@${host}>`, sender: kind, host }
}
