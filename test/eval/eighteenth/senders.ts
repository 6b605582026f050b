// How an in-house company mail shows its sender: the company's own domain (no-reply@, support@,
// hello@...), a hosted helpdesk tenant (for acknowledgements) or a mailing / ESP domain sending on
// its behalf (for the other families), or a display name alone (as Outlook shows many senders).
import type { Random } from '../prng.ts'
import type { Company } from './companies.ts'
import type { Family } from './compose/types.ts'

export type SenderShape = 'own' | 'hosted' | 'display'

export interface Sender {
  shape: SenderShape
  from: string
}

const OWN_LOCALS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'contact', 'klantenservice', 'atencion', 'assistenza', 'service', 'info'],
  verification: ['no-reply', 'accounts', 'welcome', 'noreply', 'registo', 'cadastro'],
  subscription: ['hello', 'newsletter', 'nieuwsbrief', 'news', 'boletin', 'novidades'],
  reset: ['no-reply', 'security', 'login', 'noreply', 'seguranca', 'sicurezza'],
}

const HELPDESK_HOSTS: readonly ((c: Company) => string)[] = [
  (c) => `support@${c.slug}.zendesk.com`,
  (c) => `${c.slug}@freshdesk.com`,
  (c) => `help@${c.slug}.freshdesk.com`,
  (c) => `support@${c.slug}.kayako.com`,
]

const ESP_HOSTS: readonly ((c: Company) => string)[] = [
  (c) => `noreply@mail.${c.domain}`,
  (c) => `${c.slug}@ccsend.com`,
  (c) => `news@${c.slug}.mlsend.com`,
  (c) => `info@email.${c.domain}`,
  (c) => `bounce-${c.slug}@mailer.sendhub-eu.net`,
]

const DISPLAY: readonly ((c: Company) => string)[] = [
  (c) => c.name,
  (c) => c.stem,
  (c) => `${c.stem} | ${c.name.slice(c.stem.length + 1)}`,
]

/** The sender of one in-house company for one family; fixed for all its mails. */
export function inHouseSender(rng: Random, c: Company, family: Family): Sender {
  const roll = rng.next()
  if (roll < 0.3) return { shape: 'display', from: rng.pick(DISPLAY)(c) }
  if (roll < 0.55) {
    const hosts = family === 'helpdesk' ? HELPDESK_HOSTS : ESP_HOSTS
    return { shape: 'hosted', from: `${c.name} <${rng.pick(hosts)(c)}>` }
  }
  const address = `${rng.pick(OWN_LOCALS[family])}@${c.domain}`
  return { shape: 'own', from: rng.chance(0.8) ? `${c.name} <${address}>` : address }
}
