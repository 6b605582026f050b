// The sender row of a wave mail: the company's own domain, a hosted helpdesk subdomain of an
// invented helpdesk service, a mailing service sending for the company, or a display name alone.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import type { Company } from './companies.ts'
import type { Product } from './products/types.ts'

export type SenderShape = 'own' | 'hosted' | 'esp' | 'display'

const OWN_LOCALS = [
  'no-reply',
  'noreply',
  'support',
  'hello',
  'service',
  'info',
  'kundenservice',
  'atendimento',
  'klantenservice',
]
const HELPDESK_HOSTS = ['deskpilot.io', 'supportdock.com', 'ticketharbor.net', 'caselane.app']
const ESP_PATTERNS = [
  'news@mail.{domain}',
  'info@{slug}.mailsendr.com',
  'bounce-{slug}@em.{domain}',
]

export function drawShape(rng: Random): SenderShape {
  const r = rng.next()
  return r < 0.17 ? 'display' : r < 0.57 ? 'own' : r < 0.8 ? 'hosted' : 'esp'
}

export function senderOf(rng: Random, c: Company, shape: SenderShape, product?: Product): string {
  if (shape === 'display') return c.name
  if (product?.host)
    return `${c.name} <${product.host.replace('{slug}', c.slug).replace('{domain}', c.domain)}>`
  if (shape === 'hosted') return `${c.name} Support <support@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  if (shape === 'esp')
    return `${c.name} <${rng.pick(ESP_PATTERNS).replace('{slug}', c.slug).replace('{domain}', c.domain)}>`
  return `${c.name} <${rng.pick(OWN_LOCALS)}@${c.domain}>`
}

export function shapeLabel(shape: SenderShape): MailLabel['sender'] {
  return shape === 'esp' ? 'hosted' : shape
}
