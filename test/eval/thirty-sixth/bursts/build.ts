// The season's bursts the person caused, as they arrive: a coupon evening (10-20 newsletters in
// an hour or two for a discount code, then a few orders), a guest-checkout day (3-6 shops, each
// creating an account beside the order, payment, shipping, delivery and a review request later,
// and one support mail of the person's own), event registrations and a travel booking day.
import type { Random } from '../../prng.ts'
import type { LabelClass, Lang } from '../../types.ts'
import { emptyPart, fill, numeric, put, type Mail, type Part } from '../../nineteenth/records.ts'
import { LOOK_TEXT } from '../look/index.ts'
import { localDate, lookValues } from '../look/values.ts'
import type { Person } from '../people.ts'
import { DAY, HOUR, MINUTE } from '../season.ts'
import { split } from '../wording.ts'
import { brand, BURST_TEXT, rowOf, supportAddress, travelBrand, type Brand } from './index.ts'
import { TRAVEL_KINDS, type BurstKind } from './types.ts'

export interface BurstContext {
  rng: Random
  lang: Lang
  person: Person
  start: number
  /** Id prefix, unique per scenario. */
  prefix: string
  /** Where the burst sits: `own-day`, `quiet` or `wave` (the scenario refines the last). */
  where: string
  /** Brand stems free for this burst, used from the front. */
  stems: string[]
}

interface Emit {
  at: number
  from: string
  text: string
  label: LabelClass
  values: Record<string, string>
}

class Burst {
  readonly part: Part = emptyPart()
  private n = 0
  constructor(
    readonly c: BurstContext,
    readonly kind: BurstKind,
  ) {}

  values(b: Brand, at: number): Record<string, string> {
    const { rng, lang, person } = this.c
    return {
      ...lookValues(rng, lang, at, b.domain),
      shop: b.name,
      brand: b.name,
      first: person.first,
      name: person.name,
      email: person.address,
      code: `${b.stem.slice(0, 4).toUpperCase()}${numeric(rng, 4)}`,
      ref: `${String.fromCharCode(65 + rng.int(0, 25))}${numeric(rng, 5)}`,
    }
  }

  emit(e: Emit, extra: Partial<Mail> = {}): Mail {
    const text = split(fill(e.text, e.values))
    const mail: Mail = {
      id: `${this.c.prefix}-${this.kind}-${this.n++}`,
      at: e.at,
      from: e.from,
      to: this.c.person.address,
      ...text,
      ...extra,
    }
    put(this.part, mail, {
      label: e.label,
      lang: this.c.lang,
      source: `burst:${this.kind}:${this.c.where}`,
    })
    return mail
  }

  nextBrand(suffix = ''): Brand {
    const stem = this.c.stems.shift()
    if (!stem) throw new Error('burst ran out of brand stems')
    return brand(stem, this.c.lang, suffix)
  }
}

function order(b: Burst, shop: Brand, at: number, values: Record<string, string>): void {
  const t = LOOK_TEXT[b.c.lang]
  const { rng } = b.c
  b.emit({
    at,
    from: rowOf(rng, shop, 'orders'),
    text: rng.pick(t.order),
    label: 'important',
    values,
  })
}

function coupon(b: Burst): void {
  const { rng } = b.c
  const texts = BURST_TEXT[b.c.lang]
  const span = rng.int(60, 120) * MINUTE
  const shops = Array.from({ length: rng.int(10, 20) }, () => b.nextBrand())
  for (const shop of shops) {
    const at = b.c.start + Math.floor(rng.next() * span)
    const v = b.values(shop, at)
    const from = rowOf(rng, shop, 'newsletter', true)
    b.emit({ at, from, text: texts.couponConfirm, label: 'own', values: v })
    const coded = at + rng.int(1, 5) * MINUTE
    b.emit({ at: coded, from, text: texts.couponCode, label: 'own', values: v })
    if (rng.chance(0.6))
      b.emit({
        at: coded + rng.int(10, 40) * MINUTE,
        from,
        text: texts.welcome[0]!,
        label: 'own',
        values: v,
      })
    if (rng.chance(0.4))
      b.emit({
        at: coded + DAY + rng.int(0, 6) * HOUR,
        from,
        text: texts.welcome[1]!,
        label: 'own',
        values: v,
      })
  }
  for (const shop of rng.shuffle(shops).slice(0, rng.int(2, 4)))
    order(b, shop, b.c.start + span + rng.int(5, 50) * MINUTE, b.values(shop, b.c.start))
}

function supportMail(b: Burst, shop: Brand, at: number, v: Record<string, string>): void {
  const { rng } = b.c
  const texts = BURST_TEXT[b.c.lang]
  const to = supportAddress(rng, shop)
  const person = b.c.person
  const from = `${person.name} <${person.address}>`
  const sentText = rng.pick(LOOK_TEXT[b.c.lang]['ticket-sent'])
  const sent = b.emit({ at, from, text: sentText, label: 'own', values: v }, { to, sent: true })
  const ackFrom = `${shop.name} <${to.replace('support@', rng.pick(['support@', 'no-reply@']))}>`
  const values = { ...v, subject: sent.subject }
  const ackAt = at + rng.int(1, 10) * MINUTE
  b.emit({ at: ackAt, from: ackFrom, text: rng.pick(texts.supportAck), label: 'own', values })
}

function checkout(b: Burst): void {
  const { rng } = b.c
  const texts = BURST_TEXT[b.c.lang]
  const look = LOOK_TEXT[b.c.lang]
  const shops = Array.from({ length: rng.int(3, 6) }, () => b.nextBrand())
  const carrier = b.nextBrand('Express')
  shops.forEach((shop, i) => {
    const at = b.c.start + Math.floor(rng.next() * rng.int(6, 12) * HOUR)
    const v = b.values(shop, at)
    const account = texts.account[i % texts.account.length]!
    b.emit({ at, from: rowOf(rng, shop, 'no-reply'), text: account, label: 'own', values: v })
    order(b, shop, at + rng.int(0, 60) * 1000, v)
    const paid = at + rng.int(1, 3) * MINUTE
    b.emit({
      at: paid,
      from: rowOf(rng, shop, 'payments'),
      text: texts.payment,
      label: 'important',
      values: v,
    })
    const shipped = at + DAY + rng.int(1, 8) * HOUR
    b.emit({
      at: shipped,
      from: rowOf(rng, shop, 'shipping'),
      text: rng.pick(look.shipping),
      label: 'important',
      values: v,
    })
    const cv = { ...v, brand: carrier.name }
    const delivered = shipped + rng.int(1, 2) * DAY
    b.emit({
      at: delivered,
      from: rowOf(rng, carrier, 'noreply'),
      text: rng.pick(look.delivery),
      label: 'important',
      values: cv,
    })
    const review = delivered + rng.int(4, 7) * DAY
    b.emit({
      at: review,
      from: rowOf(rng, shop, 'reviews', true),
      text: texts.review,
      label: 'ham',
      values: v,
    })
    if (i === 0) supportMail(b, shop, at + rng.int(2, 4) * DAY + rng.int(1, 5) * HOUR, v)
  })
}

function events(b: Burst): void {
  const { rng } = b.c
  const texts = BURST_TEXT[b.c.lang]
  const names = rng.shuffle(texts.events).slice(0, rng.int(3, 4))
  names.forEach((event, i) => {
    const host = b.nextBrand('Events')
    const at = b.c.start + Math.floor(rng.next() * rng.int(60, 180) * MINUTE)
    const day = at + rng.int(3, 10) * DAY
    const v = {
      ...b.values(host, at),
      event,
      venue: rng.pick(texts.venues),
      date: localDate(day, b.c.lang),
    }
    const from = rowOf(rng, host, 'events')
    b.emit({ at, from, text: texts.eventConfirm, label: 'own', values: v })
    // The first is a paid ticket; the others are free registrations about half the time.
    if (i === 0 || rng.chance(0.5))
      b.emit({
        at: at + rng.int(1, 3) * MINUTE,
        from: rowOf(rng, host, 'tickets'),
        text: texts.tickets,
        label: 'important',
        values: v,
      })
    b.emit({ at: at + rng.int(2, 10) * MINUTE, from, text: texts.invite, label: 'own', values: v })
    b.emit({
      at: day - DAY + rng.int(0, 4) * HOUR,
      from,
      text: texts.reminder,
      label: 'own',
      values: v,
    })
  })
}

function travel(b: Burst): void {
  const { rng } = b.c
  const texts = BURST_TEXT[b.c.lang]
  const city = rng.pick(texts.cities)
  let at = b.c.start
  for (const kind of TRAVEL_KINDS) {
    const stem = b.c.stems.shift()
    if (!stem) throw new Error('burst ran out of brand stems')
    const company = travelBrand(stem, b.c.lang, kind)
    const v = { ...b.values(company, at), city }
    b.emit({
      at,
      from: rowOf(rng, company, 'no-reply'),
      text: texts.travelVerify,
      label: 'own',
      values: v,
    })
    const booked = at + rng.int(2, 8) * MINUTE
    b.emit({
      at: booked,
      from: rowOf(rng, company, 'booking'),
      text: texts.booking[kind],
      label: 'important',
      values: v,
    })
    const paid = booked + rng.int(1, 3) * MINUTE
    b.emit({
      at: paid,
      from: rowOf(rng, company, 'payments'),
      text: texts.travelPayment,
      label: 'important',
      values: v,
    })
    at = paid + rng.int(10, 60) * MINUTE
  }
}

const BUILD: Record<BurstKind, (b: Burst) => void> = { coupon, checkout, events, travel }

export function buildBurst(kind: BurstKind, c: BurstContext): Part {
  const b = new Burst(c, kind)
  BUILD[kind](b)
  return b.part
}
