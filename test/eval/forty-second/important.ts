// Important mail from the person's real providers (bank, payment app, shop, carrier, mailbox):
// receipts, payments, card and sign-in alerts, password and two-step changes, orders and
// deliveries. Each persona has its own providers, the same in every language (on its domain).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { capital, companyDomain, MAILBOX_STEM, PROVIDER_STEMS } from './companies.ts'
import { IMPORTANT_TEXTS } from './important-texts.ts'
import type { Person } from './people.ts'
import { fill, numeric, type Mail } from '../nineteenth/records.ts'
import {
  IMPORTANT_KINDS,
  PERSONA_KINDS,
  type FortySecondLabel,
  type ImportantKind,
} from './types.ts'

interface Provider {
  name: string
  domain: string
}

export interface Providers {
  bank: Provider
  pay: Provider
  shop: Provider
  parcel: Provider
  mailbox: Provider
}

function provider(stem: string, lang: Lang, trade: string): Provider {
  return {
    name: trade ? `${capital(stem)} ${trade}` : capital(stem),
    domain: companyDomain(stem, lang),
  }
}

/** Five providers per persona (PROVIDER_STEMS 1-20), the mailbox shared by everyone. */
export function providersOf(person: Person): Providers {
  const base = 1 + PERSONA_KINDS.indexOf(person.persona) * 5
  const stem = (i: number) => PROVIDER_STEMS[base + i]!
  return {
    bank: provider(stem(0), person.lang, 'Bank'),
    pay: provider(stem(1), person.lang, 'Pay'),
    shop: provider(stem(2), person.lang, ''),
    parcel: provider(stem(3), person.lang, 'Parcel'),
    mailbox: provider(MAILBOX_STEM, person.lang, 'Mail'),
  }
}

const DEVICES = ['iPhone 15', 'Pixel 8', 'Windows PC', 'MacBook Air', 'Galaxy S24', 'iPad']
const CITIES: Record<Lang, readonly string[]> = {
  en: ['Leeds', 'Bristol', 'Manchester'],
  de: ['Köln', 'Leipzig', 'Hamburg'],
  fr: ['Lyon', 'Nantes', 'Lille'],
  es: ['Valencia', 'Sevilla', 'Bilbao'],
  pt: ['Porto', 'Braga', 'Coimbra'],
  it: ['Torino', 'Bologna', 'Verona'],
  nl: ['Utrecht', 'Eindhoven', 'Groningen'],
}

export function money(rng: Random, lang: Lang, min = 8, max = 240): string {
  const euros = rng.int(min, max)
  const cents = String(rng.int(0, 99)).padStart(2, '0')
  if (lang === 'en') return `£${euros}.${cents}`
  return lang === 'nl' ? `€ ${euros},${cents}` : `${euros},${cents} €`
}

/** Which provider writes, and from which mailbox. */
function senderOf(kind: ImportantKind, p: Providers, rng: Random): string {
  switch (kind) {
    case 'receipt':
      return `${p.shop.name} <receipts@${p.shop.domain}>`
    case 'order':
      return `${p.shop.name} <orders@${p.shop.domain}>`
    case 'payment':
      return `${p.pay.name} <service@${p.pay.domain}>`
    case 'card':
      return `${p.bank.name} <alerts@${p.bank.domain}>`
    case 'delivery':
      return `${p.parcel.name} <tracking@${p.parcel.domain}>`
    default: {
      const who = rng.chance(0.5) ? p.mailbox : p.bank
      return `${who.name} <security@${who.domain}>`
    }
  }
}

function writerOf(kind: ImportantKind, p: Providers, from: string): string {
  if (kind === 'payment') return p.pay.name
  if (kind === 'card') return p.bank.name
  if (kind === 'delivery') return p.parcel.name
  return from.includes(p.bank.domain) ? p.bank.name : p.mailbox.name
}

export function importantMail(
  rng: Random,
  kind: ImportantKind,
  person: Person,
  at: number,
  id: string,
): Mail {
  const p = providersOf(person)
  const from = senderOf(kind, p, rng)
  const values = {
    first: person.first,
    provider: writerOf(kind, p, from),
    amount: money(rng, person.lang),
    ref: numeric(rng, 9),
    device: rng.pick(DEVICES),
    city: rng.pick(CITIES[person.lang]),
    shop: p.shop.name,
    last4: numeric(rng, 4),
  }
  const text = IMPORTANT_TEXTS[kind][person.lang]
  return {
    id,
    at,
    from,
    subject: fill(text.subject, values),
    body: fill(text.body, values),
    to: person.address,
  }
}

export function importantLabel(
  kind: ImportantKind,
  person: Person,
  extra: Partial<FortySecondLabel> = {},
): FortySecondLabel {
  return {
    label: 'important',
    lang: person.lang,
    importantKind: kind,
    persona: person.persona,
    source: `important:${kind}`,
    ...extra,
  }
}

export function pickImportant(rng: Random): ImportantKind {
  return rng.pick(IMPORTANT_KINDS)
}
