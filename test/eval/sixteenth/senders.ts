// How a wave mail's sender row looks: the company's own domain (or a mail. subdomain of it), a
// hosted helpdesk subdomain, a mailing service sending on the company's behalf, or a display
// name alone (as Outlook shows many senders).
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'

export type SenderShape = 'own' | 'esp' | 'hosted' | 'display'

const LOCALS = ['no-reply', 'noreply', 'support', 'hello', 'service', 'info', 'kundenservice']
const HELPDESK_HOSTS = ['zendesk.com', 'freshdesk.com', 'zohodesk.eu', 'gorgias.help', 'kayako.com']
const ESP_HOSTS = ['ccsend.com', 'mlsend.com', 'rsgsv.net', 'emsend1.com']

export function pickShape(rng: Random): SenderShape {
  const u = rng.next()
  return u < 0.35 ? 'own' : u < 0.6 ? 'hosted' : u < 0.8 ? 'esp' : 'display'
}

export function senderRow(rng: Random, c: Company, shape: SenderShape): string {
  if (shape === 'display') return c.name
  if (shape === 'hosted') return `${c.name} <support@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  if (shape === 'esp')
    return rng.chance(0.5)
      ? `${c.name} <news@mail.${c.domain}>`
      : `${c.name} <${c.slug}@${c.slug}.${rng.pick(ESP_HOSTS)}>`
  return `${c.name} <${rng.pick(LOCALS)}@${c.domain}>`
}

export function senderLabel(shape: SenderShape): NonNullable<MailLabel['sender']> {
  return shape === 'esp' ? 'hosted' : shape
}
