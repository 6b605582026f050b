// One burst of the person's own life that looks like a wave but is not one: 5-15 automated mails
// from different companies within an hour, with no sent mail (web forms and apps), each labelled
// as the brief asks (`own` acknowledgements and codes, `important` orders, alerts and bookings),
// source `lookalike:burst:<kind>`; a move's and a new phone's earlier customer mail too.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { ATS_HOSTS, lookBrand, type Company } from '../companies.ts'
import { amount, dayText } from '../look/values.ts'
import type { Person } from '../people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../records.ts'
import { TEXTS } from './index.ts'
import type { BurstKind, Pair } from './types.ts'

export interface BurstSpec {
  kind: BurstKind
  lang: Lang
  person: Person
  start: number
  prefix: string
  used: Set<string>
}

const DEVICES = ['Samsung Galaxy S24, Android 15', 'Pixel 9, Android 15', 'Xiaomi 14T, Android 14']

export function buildBurst(rng: Random, s: BurstSpec): Part {
  const part = emptyPart()
  const t = TEXTS[s.lang]
  let n = 0
  const source = `lookalike:burst:${s.kind}`
  const emit = (
    brand: Company,
    from: string,
    pair: Pair,
    at: number,
    label: MailLabel['label'],
    extra: Record<string, string> = {},
    src = source,
  ) => {
    const values = {
      first: s.person.first,
      brand: brand.name,
      ref: numeric(rng, rng.int(6, 9)),
      amount: amount(rng, s.lang, 20, 900),
      day: dayText(at + rng.int(2, 20) * DAY, s.lang),
      code: numeric(rng, 6),
      link: `https://${brand.domain}/${token(rng, 16)}`,
      device: rng.pick(DEVICES),
      ...extra,
    }
    put(
      part,
      {
        id: `${s.prefix}-${n++}`,
        at,
        from,
        to: s.person.address,
        subject: fill(pair[0], values),
        body: fill(pair[1], values),
      },
      { label, lang: s.lang, source: src },
    )
  }
  const window = s.kind === 'phone' ? 30 : 60
  const times = (count: number) =>
    Array.from({ length: count }, () => s.start + rng.int(0, window * 60) * 1000).sort(
      (a, b) => a - b,
    )
  const brands = (count: number) =>
    Array.from({ length: count }, () => lookBrand(rng, s.lang, s.used))
  if (s.kind === 'job') {
    const list = brands(rng.int(6, 12))
    times(list.length).forEach((at, i) => {
      const b = list[i]!
      const from = rng.chance(0.6)
        ? `${b.name} Careers <no-reply@${b.stem}.${rng.pick(ATS_HOSTS)}>`
        : `${b.name} Recruiting <careers@${b.domain}>`
      emit(b, from, rng.pick(t.job), at, 'own', { role: rng.pick(t.roles) })
    })
  } else if (s.kind === 'sale') {
    const list = brands(rng.int(5, 8))
    times(list.length).forEach((at, i) => {
      const b = list[i]!
      const items = rng.shuffle(t.items).slice(0, rng.int(1, 3)).join(', ')
      emit(b, `${b.name} <orders@${b.domain}>`, rng.pick(t.order), at, 'important', { items })
      if (rng.chance(0.5))
        emit(
          b,
          `${b.name} <orders@${b.domain}>`,
          t.shipped,
          at + rng.int(3, 20) * HOUR,
          'important',
        )
    })
  } else if (s.kind === 'move') {
    const sectors = rng.shuffle(t.sectors).slice(0, rng.int(6, 8))
    const list = brands(sectors.length).map((b, i) => ({ ...b, name: `${b.name} ${sectors[i]}` }))
    times(list.length).forEach((at, i) => {
      const b = list[i]!
      const from = `${b.name} <service@${b.domain}>`
      for (let h = rng.int(1, 2); h > 0; h--)
        emit(
          b,
          from,
          rng.pick(t.customer),
          at - rng.int(5, 27) * DAY,
          'ham',
          {},
          'lookalike:history:prior-customer',
        )
      emit(b, from, rng.pick(t.move), at + rng.int(1, 8) * MINUTE, 'own')
    })
  } else if (s.kind === 'phone') {
    const list = brands(rng.int(6, 8))
    times(list.length).forEach((at, i) => {
      const b = list[i]!
      if (i % 2 === 0)
        emit(
          b,
          `${b.name} <news@${b.domain}>`,
          rng.pick(t.customer),
          at - rng.int(3, 25) * DAY,
          'ham',
          {},
          'lookalike:history:phone-service',
        )
      emit(b, `${b.name} <no-reply@${b.domain}>`, t.code, at, 'own')
      if (i < 7 && rng.chance(0.6))
        emit(
          b,
          `${b.name} Security <security@${b.domain}>`,
          t.alert,
          at + rng.int(1, 3) * MINUTE,
          'important',
        )
    })
  } else if (s.kind === 'trip') {
    const suffix = ['Air', 'Hotels', 'Car Rental', 'Travel Insurance', 'Parking']
    const list = brands(5).map((b, i) => ({ ...b, name: `${b.name} ${suffix[i]}` }))
    times(5).forEach((at, i) =>
      emit(list[i]!, `${list[i]!.name} <booking@${list[i]!.domain}>`, t.trip[i]!, at, 'important'),
    )
  } else {
    const list = brands(rng.int(3, 5))
    times(list.length).forEach((at, i) => {
      const b = list[i]!
      const from = `${b.name} Events <events@${b.domain}>`
      const event = t.events[i % t.events.length]!
      if (rng.chance(0.5)) emit(b, from, t.confirmFirst, at, 'own', { event })
      emit(b, from, rng.pick(t.event), at + rng.int(1, 4) * MINUTE, 'own', { event })
    })
  }
  return part
}
