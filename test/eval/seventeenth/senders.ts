// The From row of a company's mail, fixed per company for the whole wave: its own domain (a
// usual local part, or an ESP sending from a subdomain of it), a hosted helpdesk or mailing
// tenant, or the display name alone with no address, as Outlook on the web shows many senders.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import type { WordingKind } from './compose/blocks.ts'
import type { Company } from './companies.ts'
import type { Product } from './products.ts'

export interface Sender {
  from: string
  shape: NonNullable<MailLabel['sender']>
}

const LOCAL: Record<Lang, readonly string[]> = {
  en: ['no-reply', 'support', 'hello', 'customercare'],
  de: ['noreply', 'kundenservice', 'service', 'info'],
  fr: ['ne-pas-repondre', 'service-client', 'contact', 'bonjour'],
  es: ['no-responder', 'atencionalcliente', 'hola', 'info'],
  pt: ['nao-responder', 'apoio', 'ola', 'atendimento'],
  it: ['noreply', 'assistenza', 'ciao', 'servizioclienti'],
  nl: ['noreply', 'klantenservice', 'hallo', 'info'],
}

function hosted(rng: Random, c: Company, kind: WordingKind): string {
  if (kind === 'subscription')
    return rng.pick([
      `${c.name} <${c.slug}@ccsend.com>`,
      `${c.name} <news@${c.slug}.ccsend.com>`,
      `${c.name} <${c.slug}@mailer.sendhub-eu.example>`,
    ])
  if (kind === 'account' || kind === 'reset') return `${c.name} <no-reply@${c.slug}.my.site.com>`
  return rng.pick([
    `${c.name} Support <support@${c.slug}.zendesk.com>`,
    `${c.name} <support@${c.slug}.freshdesk.com>`,
    `${c.name} <help@${c.slug}.deskpro.com>`,
    `"${c.name} Help" <${c.slug}@kayako.com>`,
  ])
}

function own(rng: Random, c: Company): string {
  const local = rng.pick(LOCAL[c.lang])
  const host = rng.chance(0.2)
    ? `${rng.pick(['mail', 'email', 'e', 'news'])}.${c.domain}`
    : c.domain
  return rng.chance(0.85) ? `${c.name} <${local}@${host}>` : `${local}@${host}`
}

export function senderFor(
  rng: Random,
  c: Company,
  kind: WordingKind,
  product: Product | null,
): Sender {
  if (product)
    return product.sender === 'display'
      ? { from: c.name, shape: 'display' }
      : { from: `${c.name} <${product.localPart}@${c.domain}>`, shape: 'own' }
  const r = rng.next()
  if (r < 0.16) return { from: c.name, shape: 'display' }
  const hostedShare = kind === 'account' || kind === 'reset' ? 0.1 : 0.3
  if (r < 0.16 + hostedShare) return { from: hosted(rng, c, kind), shape: 'hosted' }
  return { from: own(rng, c), shape: 'own' }
}
