// Sender rows of the companies: display name only (`from` is just the name), the company's own
// domain, or a hosted service (a helpdesk subdomain, or a shared mailing service's address that
// many companies send through under their own display names). Each company also has a second
// address for the mail that follows (a marketing or no-reply sender), as real companies do.
import type { Random } from '../prng.ts'
import { HELPDESK_SERVICES, MAILING_SERVICES } from './companies.ts'
import type { Family } from './types.ts'

export type SenderKind = 'own' | 'hosted' | 'display'

export interface SenderRow {
  kind: SenderKind
  from: string
}

export interface Identity {
  stem: string
  name: string
  domain: string
}

const quoted = (name: string, address: string) => `"${name}" <${address}>`

function hosted(rng: Random, who: Identity, family: Family): SenderRow {
  if (family === 'helpdesk' && rng.chance(0.7)) {
    const service = rng.pick(HELPDESK_SERVICES)
    return {
      kind: 'hosted',
      from: quoted(`${who.name} Support`, `support@${who.stem}.${service}.com`),
    }
  }
  const service = rng.pick(MAILING_SERVICES)
  // The shared address: many companies, one mailbox, their own display names.
  const address = rng.chance(0.5) ? `no-reply@${service}.net` : `${who.stem}@${service}.net`
  return { kind: 'hosted', from: quoted(who.name, address) }
}

function ownDomain(rng: Random, who: Identity, family: Family): SenderRow {
  const local =
    family === 'helpdesk'
      ? rng.pick(['support', 'service', 'help', 'kundenservice'])
      : rng.pick(['no-reply', 'noreply', 'hello', 'account'])
  const host = rng.chance(0.25) ? `mail.${who.domain}` : who.domain
  return { kind: 'own', from: quoted(who.name, `${local}@${host}`) }
}

export function senderRow(rng: Random, who: Identity, family: Family, kind: SenderKind): SenderRow {
  if (kind === 'display') return { kind, from: rng.chance(0.8) ? who.name : `${who.name} Team` }
  return kind === 'hosted' ? hosted(rng, who, family) : ownDomain(rng, who, family)
}

/** About a quarter display only, the rest split between own domain and hosted. */
export function pickKind(rng: Random): SenderKind {
  const r = rng.next()
  return r < 0.25 ? 'display' : r < 0.62 ? 'own' : 'hosted'
}

/** The company's other address: marketing for promotions, no-reply or survey for the rest. */
export function otherRow(rng: Random, who: Identity, purpose: 'marketing' | 'notice'): SenderRow {
  if (purpose === 'marketing' && rng.chance(0.35)) {
    const service = rng.pick(MAILING_SERVICES)
    return { kind: 'hosted', from: quoted(who.name, `news.${who.stem}@${service}.net`) }
  }
  const local =
    purpose === 'marketing'
      ? rng.pick(['news', 'newsletter', 'offers'])
      : rng.pick(['no-reply', 'feedback', 'survey'])
  return { kind: 'own', from: quoted(who.name, `${local}@${who.domain}`) }
}
