// One genuine provider alert as a mail: its text by kind and language, the slot values (the
// fraudster's device, place, payee and drop address, or the person's own for the security mail
// they cause) and the sender row (the provider's domain, a known subdomain, or a name only).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { fill, numeric, token, type Mail } from '../nineteenth/records.ts'
import { CONTACT, PASSWORD, PAYEE, RECOVERY, SIGNIN, TRANSFER, TWOFA } from './alert-texts-a.ts'
import { CARD, FORWARDING, GIFTCARD, ORDER, OTP, SIM } from './alert-texts-b.ts'
import * as L from './locale.ts'
import type { Person } from './people.ts'
import type { Provider } from './providers.ts'
import type { AlertKind, SenderRow } from './types.ts'
import type { ByLang } from './wording.ts'

export const ALERT_TEXT: Record<AlertKind, ByLang> = {
  signin: SIGNIN,
  password: PASSWORD,
  contact: CONTACT,
  twofa: TWOFA,
  recovery: RECOVERY,
  payee: PAYEE,
  transfer: TRANSFER,
  otp: OTP,
  card: CARD,
  order: ORDER,
  giftcard: GIFTCARD,
  sim: SIM,
  forwarding: FORWARDING,
}

/** Who did it: the fraudster, or the person (a new phone at home, a login abroad). */
export type Actor = 'fraud' | 'home' | 'abroad'

function placeOf(rng: Random, lang: Lang, actor: Actor): string {
  if (actor === 'fraud') return rng.pick(L.FRAUD_PLACES)
  return actor === 'abroad' ? rng.pick(L.ABROAD) : L.HOME[lang]
}

export function alertValues(
  rng: Random,
  lang: Lang,
  person: Person,
  prov: Provider,
  at: number,
  actor: Actor,
): Record<string, string> {
  const fraud = actor === 'fraud'
  const detail = rng.int(0, 1)
  const dropMail = `${token(rng, 6).toLowerCase()}.recover@mailbox-${token(rng, 4).toLowerCase()}.net`
  return {
    name: person.first,
    brand: prov.name,
    device: fraud ? rng.pick(L.FRAUD_DEVICES) : rng.pick(L.OWN_DEVICES),
    place: placeOf(rng, lang, actor),
    time: L.when(lang, at),
    link: `https://${prov.domain}/security/${token(rng, 20)}`,
    detail: L.DETAIL[lang][detail]!,
    value: detail === 0 ? `+•• ••• ••• ${numeric(rng, 3)}` : fraud ? dropMail : person.address,
    change: L.CHANGE[lang][fraud ? rng.int(0, 1) : 1]!,
    email: fraud ? dropMail : person.address,
    email_self: person.address,
    payee: fraud ? rng.pick(L.FRAUD_PAYEES) : `${person.first} ${person.last}`,
    last4: numeric(rng, 4),
    amount: L.money(lang, fraud ? rng.int(900, 4_900) + 0.5 * rng.int(0, 1) : rng.int(20, 400)),
    ref: numeric(rng, 9),
    code: numeric(rng, 6),
    merchant: fraud
      ? rng.pick(['ELECTRO-HUB ONLINE', 'LUXTIME WATCHES', 'GIFTZONE DIGITAL'])
      : 'CAFE CENTRAL',
    item: rng.pick(L.ITEMS[lang]),
    address: L.DROP_ADDRESS[lang],
    count: String(rng.int(4, 10)),
    number: `+•• ••• ••• ${numeric(rng, 3)}`,
  }
}

export function senderRow(rng: Random): SenderRow {
  const r = rng.next()
  return r < 0.2 ? 'display' : r < 0.65 ? 'subdomain' : 'domain'
}

export function providerFrom(rng: Random, prov: Provider, row: SenderRow): string {
  if (row === 'display') return prov.name
  if (row === 'domain')
    return `${prov.name} <${rng.pick(['no-reply', 'service', 'info'])}@${prov.domain}>`
  const sub = rng.pick(['alerts', 'security', 'no-reply'])
  return `${prov.name} <${sub === 'alerts' ? 'notify' : 'noreply'}@${sub}.${prov.domain}>`
}

export function alertMail(
  kind: AlertKind,
  values: Record<string, string>,
  lang: Lang,
  base: { id: string; at: number; from: string; to: string },
): Mail {
  const [subject, body] = ALERT_TEXT[kind][lang]
  return { ...base, subject: fill(subject, values), body: fill(body, values) }
}
