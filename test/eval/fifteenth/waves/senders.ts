// The sender row of a company's mail: its own domain, a hosted helpdesk subdomain or a mailing
// service sending on its behalf, or the display name alone (as Outlook shows many senders).
import type { Random } from '../../prng.ts'
import type { MailLabel } from '../../types.ts'
import type { Company } from '../companies.ts'
import type { Family } from '../composed/blocks.ts'

const LOCALS = ['no-reply', 'noreply', 'support', 'hello', 'service', 'info', 'care', 'team']
const HELPDESK_HOSTS = ['zendesk.com', 'freshdesk.com', 'kayako.com', 'helpscoutapp.com']

export interface Sender {
  from: string
  shape: NonNullable<MailLabel['sender']>
}

function hosted(rng: Random, c: Company, family: Family): string {
  if (family === 'ack') return `${c.name} <support@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  return rng.pick([
    `${c.name} <news@mail.${c.domain}>`,
    `${c.name} <${c.slug}@${c.slug}.sndrmail.net>`,
    `${c.name} <accounts@e.${c.domain}>`,
  ])
}

export function inHouseSender(rng: Random, c: Company, family: Family): Sender {
  const roll = rng.next()
  if (roll < 0.22) return { from: c.name, shape: 'display' }
  if (roll < 0.45) return { from: hosted(rng, c, family), shape: 'hosted' }
  return { from: `${c.name} <${rng.pick(LOCALS)}@${c.domain}>`, shape: 'own' }
}
