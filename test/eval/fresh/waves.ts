// One relay wave: 80–300 mails from 30–100 distinct made-up companies within 5–40 minutes, each
// company's form answering in its product's default wording, the attacker's payload in the
// subject or the name field, sometimes disguised.
import type { Random } from '../prng.ts'
import { style, type Styling } from '../unicode.ts'
import { LANGUAGES, type EvalRecord, type Lang, type MailLabel, type WaveKind } from '../types.ts'
import { companies, SUPPORT, type Company } from './companies.ts'
import { PAYLOAD_KINDS, PAYLOADS, type PayloadKind } from './payloads.ts'
import type { Person } from './people.ts'
import { fill, record, ticketOf, tokenOf } from './render.ts'
import { PRODUCTS } from './wordings/index.ts'
import type { Family, Product } from './wordings/types.ts'

const MINUTE = 60_000

export const KIND_FAMILIES: Record<WaveKind, readonly Family[]> = {
  'a-acknowledgement': ['helpdesk'],
  'b-verification': ['verification'],
  'c-subscription': ['subscription'],
  'd-reset': ['reset'],
  'e-mixed': ['helpdesk', 'verification', 'subscription', 'reset'],
}

const LOCAL_PARTS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'service', 'contact', 'helpdesk', 'customercare'],
  verification: ['noreply', 'no-reply', 'accounts', 'hello', 'welcome'],
  subscription: ['newsletter', 'news', 'hello', 'info', 'marketing'],
  reset: ['noreply', 'no-reply', 'security', 'accounts', 'donotreply'],
}

const STYLINGS: readonly Styling[] = ['bold', 'fullwidth', 'mixed-script', 'zero-width']

interface Payload {
  kind: PayloadKind
  styling: Styling
  text: string
  place: 'subject' | 'name'
}

interface Sender {
  company: Company
  product: Product
  from: string
  shape: 'own' | 'hosted' | 'display'
}

export function productsFor(families: readonly Family[], lang: Lang): Product[] {
  return PRODUCTS.filter((p) => families.includes(p.family) && (p.texts[lang]?.length ?? 0) > 0)
}

function senderOf(rng: Random, company: Company, product: Product): Sender {
  const hosted = product.hosted
  const roll = rng.next()
  const shape = hosted
    ? roll < 0.45
      ? 'own'
      : roll < 0.75
        ? 'hosted'
        : 'display'
    : roll < 0.7
      ? 'own'
      : 'display'
  const display = (
    product.fromName ??
    (product.family === 'helpdesk' && rng.chance(0.4)
      ? `{company} ${SUPPORT[company.lang]}`
      : '{company}')
  ).replace('{company}', company.name)
  if (shape === 'display') return { company, product, from: display, shape }
  if (shape === 'hosted')
    return {
      company,
      product,
      from: `${display} <${hosted!.replace('{slug}', company.slug)}>`,
      shape,
    }
  const local = rng.pick(LOCAL_PARTS[product.family])
  const host = rng.pick([
    company.domain,
    company.domain,
    company.domain,
    `mail.${company.domain}`,
    `email.${company.domain}`,
    `notifications.${company.domain}`,
  ])
  return { company, product, from: `${display} <${local}@${host}>`, shape }
}

function payloadOf(rng: Random, lang: Lang): Payload {
  const kind = rng.pick(PAYLOAD_KINDS)
  if (kind === 'empty')
    return { kind, styling: 'plain', text: '', place: rng.chance(0.5) ? 'subject' : 'name' }
  const styling: Styling = rng.chance(0.45) ? 'plain' : rng.pick(STYLINGS)
  return {
    kind,
    styling,
    text: style(rng.pick(PAYLOADS[lang][kind]), styling),
    place: rng.chance(0.5) ? 'subject' : 'name',
  }
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
  const size = rng.int(80, 300)
  const count = rng.int(30, Math.min(100, size))
  const span = rng.int(5, 40) * MINUTE
  const taken = new Set<string>()
  const senders: Sender[] = []
  const byLang = new Map<Lang, number>()
  for (let i = 0; i < count; i++) {
    const lang =
      spec.lang === 'multi'
        ? rng.pick(LANGUAGES)
        : rng.chance(0.8)
          ? spec.lang
          : rng.pick(LANGUAGES.filter((l) => l !== spec.lang))
    byLang.set(lang, (byLang.get(lang) ?? 0) + 1)
  }
  for (const [lang, n] of byLang)
    for (const company of companies(rng, lang, n, taken))
      senders.push(senderOf(rng, company, rng.pick(productsFor(families, lang))))
  const payloadLang: Lang = spec.lang === 'multi' ? 'en' : spec.lang
  const payloads = Array.from({ length: rng.int(1, 3) }, () => payloadOf(rng, payloadLang))
  const fillers = PAYLOADS[payloadLang].filler
  // Every company sends at least once; the rest go to companies at random (several forms each).
  const order = [
    ...senders,
    ...Array.from({ length: size - senders.length }, () => rng.pick(senders)),
  ]
  const times = order.map(() => spec.start + Math.floor(rng.next() * span)).sort((a, b) => a - b)
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  rng.shuffle(order).forEach((sender, i) => {
    const { company, product } = sender
    const lang = company.lang
    const wording = rng.pick(product.texts[lang]!)
    const payload = rng.pick(payloads)
    const takesSubject = (wording.subject + wording.body).includes('{subject}')
    const inSubject = payload.place === 'subject' && takesSubject
    const plainName = rng.pick([
      spec.person.first,
      spec.person.address.split('@')[0]!,
      spec.person.name,
      rng.pick(fillers),
    ])
    const values = {
      company: company.name,
      name: inSubject ? plainName : payload.text,
      subject: inSubject ? payload.text : rng.chance(0.5) ? payload.text : rng.pick(fillers),
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
      lang,
      family: product.family,
      product: product.product,
      waveId: spec.waveId,
      sender: sender.shape,
      payload: `${payload.kind}/${payload.styling}`,
    })
  })
  return { records, labels, end: spec.start + span }
}
