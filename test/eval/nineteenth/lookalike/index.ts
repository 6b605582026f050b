// Draws one look-alike mail: a class's text in a language, filled with a brand of its own
// (a company stem of this set), amounts, codes, tokens and contacts.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { makeCompany, type Company } from '../companies.ts'
import type { Person } from '../people.ts'
import { fill, numeric, token, type Mail } from '../records.ts'
import { CARD, PASSWORD_CHANGED, WITHDRAWAL } from './money.ts'
import { OUT_OF_OFFICE, OWN_CODE, TICKET_REPLY } from './replies.ts'
import { DELIVERY, ORDER } from './shop.ts'
import { NEWSLETTER, SOCIAL, SURVEY } from './social.ts'
import type { LookClass } from './types.ts'

export const LOOK_CLASSES: readonly LookClass[] = [
  NEWSLETTER,
  SOCIAL,
  SURVEY,
  OUT_OF_OFFICE,
  OWN_CODE,
  TICKET_REPLY,
  CARD,
  WITHDRAWAL,
  PASSWORD_CHANGED,
  ORDER,
  DELIVERY,
]

const CONTACTS: Record<Lang, readonly string[]> = {
  en: ['Priya Natarajan', 'Tom Ellery', 'Gwen Abbott'],
  de: ['Katrin Vollmer', 'Emre Yıldız', 'Lutz Brenner'],
  fr: ['Margaux Peyrot', 'Yanis Benali', 'Odile Carré'],
  es: ['Nerea Urquijo', 'Óscar Villalba', 'Maite Sorní'],
  pt: ['Inês Falcão', 'Thiago Moura', 'Leonor Brás'],
  it: ['Chiara Pezzotti', 'Davide Arnaboldi', 'Ilaria Fumagalli'],
  nl: ['Sanne de Wit', 'Bram Kuipers', 'Lotte Verbeek'],
}

const ITEMS = ['Trail runner 42', 'Espresso grinder', 'Wool blanket', 'Desk lamp', 'Rain jacket']

/** A look-alike's sender: a brand that is not a wave company, or a business contact. */
export interface LookSender {
  brand: Company
  local: string
}

export function lookSender(rng: Random, cls: LookClass, brand: Company): LookSender {
  return { brand, local: rng.pick(cls.locals) }
}

export function fromOf(cls: LookClass, sender: LookSender, contact: string): string {
  if (cls.name === 'out-of-office') {
    const [first = 'x', last = 'y'] = contact.toLowerCase().split(' ')
    return `${contact} <${first}.${last.normalize('NFD').replace(/[^a-z]/gu, '')}@${sender.brand.domain}>`
  }
  return `${sender.brand.name} <${sender.local}@${sender.brand.domain}>`
}

export function lookMail(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  sender: LookSender,
  at: number,
  id: string,
): Mail {
  const [subject, body] = rng.pick(cls.texts[lang])
  const contact = rng.pick(CONTACTS[lang])
  const values = {
    first: person.first,
    brand: sender.brand.name,
    contact,
    amount: `${rng.int(3, 900)}.${numeric(rng, 2)} ${rng.pick(['EUR', 'USD', 'GBP'])}`,
    usdt: String(rng.int(50, 60_000)),
    last4: numeric(rng, 4),
    code: numeric(rng, 6),
    order: numeric(rng, 7),
    postcode: numeric(rng, 5),
    pin: numeric(rng, 4),
    item: rng.pick(ITEMS),
    link: `https://${sender.brand.domain}/${rng.pick(['u', 'p', 'l'])}/${token(rng, 28)}`,
  }
  return {
    id,
    at,
    from: fromOf(cls, sender, contact),
    subject: fill(subject, values),
    body: fill(body, values),
    to: person.address,
  }
}

/** Where a look-alike sits: quiet inbox, or inside a wave from a known or a new sender. */
export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label: MailLabel = { label: cls.label, lang, source: `lookalike:${where}:${cls.name}` }
  return waveId !== undefined && where.startsWith('wave') ? { ...label, waveId } : label
}

export function brandFor(rng: Random, stem: string, lang: Lang): Company {
  return makeCompany(stem, lang, rng)
}
