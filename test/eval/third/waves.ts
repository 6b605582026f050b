// One relay wave of the third set: 60–400 mails from 25–150 distinct made-up companies within
// 3–60 minutes, each company's form answering in its product's default wording, the attacker's
// payload in the subject field (when the wording echoes one) or the name field, sometimes
// disguised.
import type { Random } from '../prng.ts'
import { LANGUAGES, type EvalRecord, type Lang, type MailLabel, type WaveKind } from '../types.ts'
import { companies, SUPPORT, type Company } from './companies.ts'
import { PAYLOAD_KINDS, PAYLOADS, type PayloadKind } from './payloads.ts'
import type { Person } from './people.ts'
import { PRODUCTS } from './products/index.ts'
import { fill, record, ticketOf, tokenOf } from './render.ts'
import { style, STYLINGS, type Styling } from './styling.ts'
import type { Family, Product } from './types.ts'

const MINUTE = 60_000

export const KIND_FAMILIES: Record<WaveKind, readonly Family[]> = {
  'a-acknowledgement': ['helpdesk'],
  'b-verification': ['verification'],
  'c-subscription': ['subscription'],
  'd-reset': ['reset'],
  'e-mixed': ['helpdesk', 'verification', 'subscription', 'reset'],
}

const DEFAULT_LOCALS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'service', 'contact', 'help', 'info'],
  verification: ['noreply', 'no-reply', 'hello', 'accounts', 'mailer', 'notifications'],
  subscription: ['newsletter', 'hello', 'info', 'news', 'bounce+nl'],
  reset: ['noreply', 'no-reply', 'accounts', 'security', 'notifications'],
}

export interface Sender {
  company: Company
  product: Product
  from: string
  shape: 'own' | 'hosted' | 'display'
}

export function productsFor(families: readonly Family[], lang: Lang): Product[] {
  return PRODUCTS.filter((p) => families.includes(p.family) && (p.texts[lang]?.length ?? 0) > 0)
}

export function senderOf(rng: Random, company: Company, product: Product): Sender {
  const roll = rng.next()
  const shape: Sender['shape'] = product.hosted
    ? roll < 0.4
      ? 'own'
      : roll < 0.78
        ? 'hosted'
        : 'display'
    : roll < 0.72
      ? 'own'
      : 'display'
  const display = (
    product.fromName ??
    (product.family === 'helpdesk' && rng.chance(0.3)
      ? `{company} ${SUPPORT[company.lang]}`
      : '{company}')
  ).replace('{company}', company.name)
  if (shape === 'display') return { company, product, from: display, shape }
  if (shape === 'hosted')
    return {
      company,
      product,
      from: `${display} <${product.hosted!.replace('{slug}', company.slug)}>`,
      shape,
    }
  let local = rng.pick(product.locals ?? DEFAULT_LOCALS[product.family])
  if (local.startsWith('bounce+')) local = `${local}-${ticketOf(rng, '####')}`
  const host = rng.pick([
    company.domain,
    company.domain,
    `mail.${company.domain}`,
    `news.${company.domain}`,
    `notify.${company.domain}`,
  ])
  return { company, product, from: `${display} <${local}@${host}>`, shape }
}

interface Payload {
  kind: PayloadKind
  styling: Styling
  text: string
  place: 'subject' | 'name'
}

function payloadOf(rng: Random, lang: Lang): Payload {
  const kind = rng.pick(PAYLOAD_KINDS)
  const place = rng.chance(0.55) ? 'subject' : 'name'
  if (kind === 'empty') return { kind, styling: 'plain', text: '', place }
  const styling: Styling = rng.chance(0.4) ? 'plain' : rng.pick(STYLINGS.slice(1))
  return { kind, styling, text: style(rng.pick(PAYLOADS[lang][kind]), styling), place }
}

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
}

export interface Wave {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
  end: number
}

export function buildWave(rng: Random, spec: WaveSpec): Wave {
  const families = KIND_FAMILIES[spec.kind]
  const size = rng.int(60, 400)
  const count = rng.int(25, Math.min(150, size))
  const span = rng.int(3, 60) * MINUTE
  const share = rng.next() * 0.2 + 0.7
  const taken = new Set<string>()
  const senders: Sender[] = []
  const byLang = new Map<Lang, number>()
  for (let i = 0; i < count; i++) {
    const lang =
      spec.lang === 'multi'
        ? rng.pick(LANGUAGES)
        : rng.chance(share)
          ? spec.lang
          : rng.pick(LANGUAGES.filter((l) => l !== spec.lang))
    byLang.set(lang, (byLang.get(lang) ?? 0) + 1)
  }
  for (const lang of LANGUAGES) {
    const n = byLang.get(lang) ?? 0
    if (n === 0) continue
    const products = productsFor(families, lang)
    for (const company of companies(rng, lang, n, taken))
      senders.push(senderOf(rng, company, rng.pick(products)))
  }
  const payloadLang: Lang = spec.lang === 'multi' ? rng.pick(LANGUAGES) : spec.lang
  const payloads = Array.from({ length: rng.int(1, 3) }, () => payloadOf(rng, payloadLang))
  const fillers = PAYLOADS[payloadLang].filler
  const order = [
    ...senders,
    ...Array.from({ length: size - senders.length }, () => rng.pick(senders)),
  ]
  // Arrivals bunch up: most in the first half of the span.
  const times = order
    .map(() => spec.start + Math.floor(rng.next() ** 1.4 * span))
    .sort((a, b) => a - b)
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  rng.shuffle(order).forEach((sender, i) => {
    const { company, product } = sender
    const wording = rng.pick(product.texts[company.lang]!)
    const payload = rng.pick(payloads)
    const echoes = (wording.subject + wording.body).includes('{subject}')
    const inSubject = payload.place === 'subject' && echoes
    const plainName = rng.pick([
      spec.person.first,
      spec.person.name,
      spec.person.address.split('@')[0]!,
      rng.pick(fillers),
    ])
    const values = {
      company: company.name,
      name: inSubject ? plainName : payload.text || plainName,
      subject: inSubject ? payload.text : rng.chance(0.6) ? payload.text : rng.pick(fillers),
      ticket: ticketOf(rng, product.ticket),
      code: String(rng.int(100000, 999999)),
      token: tokenOf(rng),
      site: company.domain,
      slug: company.slug,
      email: spec.person.address,
    }
    const id = `${spec.waveId}-${i}`
    records.push(
      record(
        id,
        times[i]!,
        sender.from,
        fill(wording.subject, values),
        fill(wording.body, values),
        spec.person.address,
      ),
    )
    labels.set(id, {
      label: 'wave',
      lang: company.lang,
      family: product.family,
      product: product.product,
      waveId: spec.waveId,
      sender: sender.shape,
      payload: `${payload.kind}/${payload.styling}`,
    })
  })
  return { records, labels, end: spec.start + span }
}
