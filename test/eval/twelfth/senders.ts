// The sender row of one company for a whole wave: its own domain, the product's hosted address,
// an ESP on a subdomain of the company (counted `own`), an ESP on the ESP's own domain (counted
// `hosted`), or the display name alone, as Outlook shows many senders (counted `display`).
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Family, Product } from './product.ts'

export interface SenderRow {
  from: string
  sender: NonNullable<MailLabel['sender']>
  /** The host its links point to. */
  host: string
}

const LOCAL_PARTS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'contact', 'service'],
  verification: ['no-reply', 'accounts', 'hello', 'welcome'],
  subscription: ['news', 'hello', 'newsletter', 'info'],
  reset: ['no-reply', 'security', 'account', 'noreply'],
}

/** Made-up sending services on their own domains. */
const ESP_DOMAINS = ['sendwave-mx.net', 'postrelay-mail.com', 'bulkletter.net', 'mx-outbound.org']

const hostOf = (from: string) => /@([^>]+)>?$/u.exec(from)?.[1] ?? ''

/** `display` is the first 18 % of a wave's companies (so a tenth of its mail at the least). */
export function senderRow(rng: Random, c: Company, p: Product, display: boolean): SenderRow {
  if (display) {
    const name = p.family === 'helpdesk' && rng.chance(0.5) ? `${c.name} Support` : c.name
    return { from: name, sender: 'display', host: c.domain }
  }
  const roll = rng.next()
  if (roll < 0.5) {
    const from = `${c.name} <${rng.pick(LOCAL_PARTS[p.family])}@${c.domain}>`
    return { from, sender: 'own', host: c.domain }
  }
  if (roll < 0.8) {
    const from = p.hosted(c)
    return { from, sender: 'hosted', host: hostOf(from) }
  }
  if (roll < 0.9) {
    const sub = `${rng.pick(['mail', 'em', 'e', 'send'])}.${c.domain}`
    return {
      from: `${c.name} <${rng.pick(LOCAL_PARTS[p.family])}@${sub}>`,
      sender: 'own',
      host: sub,
    }
  }
  const esp = `${c.slug}.${rng.pick(ESP_DOMAINS)}`
  return { from: `${c.name} <bounce-${rng.int(100, 999)}@${esp}>`, sender: 'hosted', host: esp }
}
