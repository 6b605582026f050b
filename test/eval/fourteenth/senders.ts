// Sender rows: the company's own domain, a mailing subdomain of it (labelled `own`), a hosted
// helpdesk or ESP domain sending on the company's behalf (`hosted`), or a display name alone, as
// Outlook shows many senders (`display`).
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Family, Product } from './wording.ts'

export type SenderShape = NonNullable<MailLabel['sender']>

export interface Sender {
  from: string
  shape: SenderShape
}

const LOCALS = ['no-reply', 'noreply', 'support', 'hello', 'service', 'info', 'contact', 'team']
/** Hosted helpdesks a company may run its own customised texts on. */
const HELPDESK_HOSTS = ['zendesk.com', 'freshdesk.com', 'zohodesk.eu', 'happyfox.com']
/** ESPs sending on a company's behalf (the company's slug as a subdomain or local part). */
const ESP_HOSTS = ['ccsend.com', 'mailersend.net', 'mlsend.com', 'rsgsv.net']

/** A company's in-house sender, fixed for the whole wave (display-only rows are drawn per mail). */
export function inHouseSender(rng: Random, c: Company, family: Family): () => Sender {
  const roll = rng.next()
  const display = c.name
  let address: string
  let shape: SenderShape = 'own'
  if (roll < 0.5) address = `${rng.pick(LOCALS)}@${c.domain}`
  else if (roll < 0.7)
    address = `${rng.pick(['news', 'no-reply', 'info'])}@${rng.pick(['mail', 'e', 'em4821', 'info'])}.${c.domain}`
  else if (family === 'helpdesk') {
    address = `support@${c.slug}.${rng.pick(HELPDESK_HOSTS)}`
    shape = 'hosted'
  } else {
    address = `${c.slug}@${rng.pick(['mail', 'send', 'out'])}.${rng.pick(ESP_HOSTS)}`
    shape = 'hosted'
  }
  const label = rng.pick([display, `${display} Support`, `${display} Team`, display])
  const displayOnly = rng.chance(0.08)
  return () =>
    displayOnly || rng.chance(0.06)
      ? { from: label, shape: 'display' }
      : { from: `${label} <${address}>`, shape }
}

export function productSender(rng: Random, c: Company, p: Product): () => Sender {
  if (p.sender === 'display') return () => ({ from: c.name, shape: 'display' })
  const address = p.address(c.slug, c.domain)
  return () =>
    rng.chance(0.1)
      ? { from: c.name, shape: 'display' }
      : { from: `${c.name} <${address}>`, shape: p.sender }
}
