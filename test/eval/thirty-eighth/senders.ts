// The sender row of a wave company: about a quarter display name only (`from` is just the name),
// the company's own domain, or a hosted service (an invented helpdesk for helpdesk mail, an
// invented mailing service or a mail subdomain for the rest). A company keeps its row.
import type { Random } from '../prng.ts'
import { HELPDESK_SERVICES, MAILING_SERVICES } from './companies.ts'

export type SenderKind = 'own' | 'hosted' | 'display'

export interface Company {
  stem: string
  name: string
  domain: string
}

export function senderKind(rng: Random, usual?: SenderKind): SenderKind {
  if (usual && rng.chance(0.7)) return usual
  const r = rng.next()
  return r < 0.26 ? 'display' : r < 0.62 ? 'own' : 'hosted'
}

const OWN_LOCAL = ['noreply', 'no-reply', 'info', 'service', 'kontakt', 'web', 'notifications']

export function senderRow(rng: Random, c: Company, kind: SenderKind, family: string): string {
  if (kind === 'display') return rng.chance(0.7) ? c.name : `${c.name} Team`
  if (kind === 'own') return `${c.name} <${rng.pick(OWN_LOCAL)}@${c.domain}>`
  if (family === 'helpdesk')
    return `${c.name} <support@${c.stem}.${rng.pick(HELPDESK_SERVICES)}.com>`
  return rng.chance(0.5)
    ? `${c.name} <${c.stem}@${rng.pick(MAILING_SERVICES)}.net>`
    : `${c.name} <newsletter@mail.${c.domain}>`
}
