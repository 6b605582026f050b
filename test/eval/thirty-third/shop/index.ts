// The shop owner's notifications as mail: their own shop system (one sender for all orders),
// marketplace, payment provider and suppliers; a sale morning is 10-30 "new order" mails in an
// hour. Labelled ham, or important for payouts, payments and supplier invoices (source
// shop:<kind>).
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { fill, numeric, put, type Part } from '../../nineteenth/records.ts'
import { HOUR } from '../clock.ts'
import { SHOP_STEMS } from '../companies.ts'
import type { Person } from '../langs.ts'
import { IMPORTANT_SHOP, SHOP_TEXT, type ShopKind } from './texts.ts'

const ITEMS = ['linen apron', 'ceramic mug', 'beeswax wrap set', 'oak cutting board', 'wool socks']
const BUYERS = ['Hanna', 'Luca', 'Marta', 'Jorge', 'Elif', 'Noor', 'Pieter']

const SHOP_NAME = 'Ochre & Wick'
const SYSTEM = SHOP_STEMS[0]!
const SENDERS: Record<ShopKind, string> = {
  'new-order': `${SYSTEM} Shop <orders@${SYSTEM.toLowerCase()}.example>`,
  payout: `${SHOP_STEMS[1]} Payments <payouts@${SHOP_STEMS[1]!.toLowerCase()}.example>`,
  'low-stock': `${SYSTEM} Shop <alerts@${SYSTEM.toLowerCase()}.example>`,
  'contact-form': `${SHOP_NAME} website <wordpress@ochreandwick.example>`,
  review: `${SYSTEM} Shop <reviews@${SYSTEM.toLowerCase()}.example>`,
  'abandoned-cart': `${SYSTEM} Shop <reports@${SYSTEM.toLowerCase()}.example>`,
  marketplace: `${SHOP_STEMS[2]} Marketplace <sellers@${SHOP_STEMS[2]!.toLowerCase()}.example>`,
  payment: `${SHOP_STEMS[1]} Payments <receipts@${SHOP_STEMS[1]!.toLowerCase()}.example>`,
  'supplier-order': `${SHOP_STEMS[3]} Wholesale <orders@${SHOP_STEMS[3]!.toLowerCase()}.example>`,
  'supplier-invoice': `${SHOP_STEMS[3]} Wholesale <invoices@${SHOP_STEMS[3]!.toLowerCase()}.example>`,
}

export function shopMail(
  rng: Random,
  part: Part,
  id: string,
  kind: ShopKind,
  lang: Lang,
  at: number,
  person: Person,
  waveId?: string,
): void {
  const [subject, body] = SHOP_TEXT[lang][kind].split(' || ') as [string, string]
  const slots = {
    shop: SHOP_NAME,
    n: numeric(rng, 5),
    amount: `${rng.int(12, 900)},${numeric(rng, 2)} €`,
    item: rng.pick(ITEMS),
    first: rng.pick(BUYERS),
  }
  const important = IMPORTANT_SHOP.includes(kind)
  const label: MailLabel = { label: important ? 'important' : 'ham', lang, source: `shop:${kind}` }
  if (important && waveId) label.waveId = waveId
  put(
    part,
    {
      id,
      at,
      from: SENDERS[kind],
      subject: fill(subject, slots),
      body: fill(body, slots),
      to: person.address,
    },
    label,
  )
}

/** A sale morning: n new orders in an hour from the shop system's sender. */
export function saleMorning(
  rng: Random,
  part: Part,
  prefix: string,
  at: number,
  person: Person,
  n: number,
): void {
  for (let i = 0; i < n; i++)
    shopMail(
      rng,
      part,
      `${prefix}-sale${i}`,
      'new-order',
      person.lang,
      at + Math.floor(rng.next() * HOUR),
      person,
    )
}
