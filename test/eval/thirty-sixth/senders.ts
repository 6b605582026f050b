// How a wave company's mail is sent: from its own domain, through a hosted helpdesk or mailing
// service (invented hosts), or under a display name alone (about a quarter of the rows).
import type { Random } from '../prng.ts'
import { HELPDESK_SERVICES, MAILING_SERVICES } from './companies.ts'
import type { Family, Sender } from './wording.ts'

const LOCALS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'service', 'help', 'kundenservice', 'care'],
  verification: ['no-reply', 'accounts', 'welcome', 'noreply'],
  subscription: ['newsletter', 'news', 'hello', 'info'],
  reset: ['no-reply', 'security', 'account', 'noreply'],
}

export function pickSender(rng: Random): Sender {
  const roll = rng.next()
  return roll < 0.27 ? 'display' : roll < 0.65 ? 'own' : 'hosted'
}

export interface SenderRow {
  from: string
  /** The domain links point to. */
  linkDomain: string
}

export function senderRow(
  rng: Random,
  sender: Sender,
  family: Family,
  company: { stem: string; name: string; domain: string },
): SenderRow {
  const local = rng.pick(LOCALS[family])
  if (sender === 'display') {
    const suffix =
      family === 'helpdesk' ? rng.pick(['', ' Support', ' Kundenservice', ' Care']) : ''
    return { from: `${company.name}${suffix}`, linkDomain: company.domain }
  }
  if (sender === 'own')
    return { from: `${company.name} <${local}@${company.domain}>`, linkDomain: company.domain }
  if (family === 'helpdesk') {
    const host = `${company.stem}.${rng.pick(HELPDESK_SERVICES)}.com`
    return { from: `${company.name} <support@${host}>`, linkDomain: host }
  }
  const mailer = rng.pick(MAILING_SERVICES)
  const host = rng.chance(0.5) ? `${company.stem}.${mailer}.net` : `send.${mailer}.net`
  const address = host.startsWith('send.') ? `${company.stem}@${host}` : `${local}@${host}`
  return { from: `${company.name} <${address}>`, linkDomain: host }
}
