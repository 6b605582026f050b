// One relay wave: 50–400 mails from 20–150 made-up companies within 3–90 minutes, every company
// answering the attacker's form submission with its product's wording, the payload in the field
// the product echoes.
import type { Random } from '../prng.ts'
import { LANGUAGES, type EvalRecord, type Lang, type MailLabel, type WaveKind } from '../types.ts'
import { arrivals } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { companies, type Company } from './companies.ts'
import { makePayload, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { productMail, slotsOf, usernameOf, type Fields } from './product-mail.ts'
import { FAMILIES, productsOf } from './products/index.ts'
import type { Family, Product } from './products/product.ts'
import { record } from './render.ts'
import { senderFor, type Sender } from './senders.ts'

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
  companyCount: number
  payloads: Payload[]
}

interface Teller {
  company: Company
  product: Product
  sender: Sender
}

/** What attackers type in a name field when the payload went in the subject. */
const FILLER_NAMES = [
  'asdf',
  'Admin',
  'x',
  'Support',
  'John',
  'test',
  'Kunde',
  'Cliente',
  '.',
  'Mr Smith',
]

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

function waveCompanies(rng: Random, lang: Lang | 'multi', count: number): Company[] {
  const taken = new Set<string>()
  if (lang === 'multi') {
    const perLang = new Map<Lang, number>()
    for (let i = 0; i < count; i++) {
      const l = rng.pick(LANGUAGES)
      perLang.set(l, (perLang.get(l) ?? 0) + 1)
    }
    return [...perLang].flatMap(([l, n]) => companies(rng, l, n, taken))
  }
  const local = Math.round(count * (0.7 + rng.next() * 0.2))
  const others = LANGUAGES.filter((l) => l !== lang)
  const foreign = Array.from({ length: count - local }, () => rng.pick(others))
  return [
    ...companies(rng, lang, local, taken),
    ...foreign.flatMap((l) => companies(rng, l, 1, taken)),
  ]
}

function fieldsFor(rng: Random, payload: Payload, victim: string, echoesSubject: boolean): Fields {
  const name = echoesSubject && rng.chance(0.45) ? rng.pick(FILLER_NAMES) : payload.name
  return {
    title: payload.title,
    message: payload.message,
    name,
    user: usernameOf(rng, payload.plain.name),
    email: victim,
  }
}

function payloadLabel(payload: Payload, slots: readonly string[], fields: Fields): string {
  if (slots.includes('title') || slots.includes('message'))
    return `${payload.kind}/${payload.disguise}`
  if (slots.includes('name') && fields.name === payload.name)
    return `${payload.kind}/${payload.disguise}`
  if (slots.includes('user')) return `${payload.kind}/username`
  return 'none'
}

export function buildWave(rng: Random, spec: WaveSpec): Wave {
  const size = rng.int(50, 400)
  const span = rng.int(3, 90) * MINUTE
  const companyCount = Math.max(20, Math.min(150, size, Math.round(size / (1 + rng.next() * 2.2))))
  const payloadLang = spec.lang === 'multi' ? rng.pick(LANGUAGES) : spec.lang
  const payloads = Array.from({ length: rng.int(1, 3) }, () =>
    makePayload(rng, payloadLang, spec.person.address),
  )
  const tellers: Teller[] = waveCompanies(rng, spec.lang, companyCount).map((company) => {
    const family = FAMILY_OF[spec.kind] ?? rng.pick(FAMILIES)
    const product = rng.pick(productsOf(family))
    return { company, product, sender: senderFor(rng, product, company) }
  })
  // Every company answers at least once; the rest are repeated submissions.
  const order = [
    ...rng.shuffle(tellers),
    ...Array.from({ length: size - tellers.length }, () => rng.pick(tellers)),
  ]
  const offsets = arrivals(rng, size, span)
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  rng.shuffle(order).forEach((teller, i) => {
    const payload = rng.pick(payloads)
    const id = `${spec.waveId}-${i}`
    const wording = rng.pick(teller.product.texts[teller.company.lang])
    const slots = slotsOf(wording)
    const echoesSubject = slots.includes('title') || slots.includes('message')
    const fields = fieldsFor(rng, payload, spec.person.address, echoesSubject)
    const mail = productMail(rng, teller.product, teller.company, fields, wording)
    const at = spec.start + offsets[i]!
    records.push(record(id, at, teller.sender.from, mail.subject, mail.body, spec.person.address))
    labels.set(id, {
      label: 'wave',
      lang: teller.company.lang,
      family: teller.product.family,
      product: teller.product.product,
      waveId: spec.waveId,
      sender: teller.sender.shape,
      payload: payloadLabel(payload, slots, fields),
    })
  })
  return {
    records,
    labels,
    end: spec.start + offsets[offsets.length - 1]!,
    companyCount: tellers.length,
    payloads,
  }
}
