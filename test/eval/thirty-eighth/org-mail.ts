// An organisation's everyday mail over a span: its tools' notices in business hours (lighter at
// weekends), people writing for the first time, and the rushes small organisations know: sign-ups
// within an hour after a club announcement, dozens of donations an hour on a campaign day.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import { capital, TOOL_STEMS } from './companies.ts'
import { CLUB_TYPES, GUESTHOUSE_TYPES } from './org-texts-a.ts'
import { CHARITY_TYPES, STUDIO_TYPES } from './org-texts-b.ts'
import { splitText, type OrgMailType } from './org-types.ts'
import { ORG_KINDS, type Org, type OrgKind } from './orgs.ts'
import { fromLine, someone } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './window.ts'

export const ORG_TYPES: Record<OrgKind, readonly OrgMailType[]> = {
  club: CLUB_TYPES,
  guesthouse: GUESTHOUSE_TYPES,
  charity: CHARITY_TYPES,
  studio: STUDIO_TYPES,
}

/** The rush key of each kind: the type that arrives in dozens after one event. */
const RUSH: Record<OrgKind, string> = {
  club: 'event-entry',
  guesthouse: 'booking',
  charity: 'donation',
  studio: 'appointment',
}

const ROLES = ['form', 'federation', 'payments', 'booking', 'reviews', 'channel', 'donations']
const MORE_ROLES = ['appointments', 'website', 'supplier', 'accounting']

/** Each organisation's tool for a role: an invented name, the same all four weeks. */
export function toolOf(org: Org, role: string): { name: string; domain: string } {
  const k = ORG_KINDS.indexOf(org.kind)
  const r = Math.max(0, [...ROLES, ...MORE_ROLES].indexOf(role))
  const stem = TOOL_STEMS[(k * 3 + r * 2 + LANGUAGES.indexOf(org.lang)) % 30]!
  return { name: capital(stem), domain: `${stem}.com` }
}

const EVENTS: Record<Lang, string> = {
  en: 'Autumn Regatta',
  de: 'Adventskonzert',
  fr: 'Tournoi d’automne',
  es: 'Torneo de otoño',
  pt: 'Torneio de outono',
  it: 'Concerto di Natale',
  nl: 'Najaarstoernooi',
}

export interface OrgMailOptions {
  prefix: string
  placement: (at: number) => string
  /** When the rush starts (default: somewhere in the span). */
  rushAt?: number
  /** A stretch of the working day (a wave's span) with 3-8 tool notices an hour on top. */
  busy?: { start: number; end: number }
}

function values(rng: Random, org: Org, lang: Lang, who: { name: string; address: string }) {
  const day = new Date(Date.UTC(2026, 10, rng.int(10, 30))).toISOString().slice(0, 10)
  return {
    name: who.name,
    email: who.address,
    phone: `+${rng.int(30, 49)} ${numeric(rng, 3)} ${numeric(rng, 6)}`,
    ref: numeric(rng, rng.pick([5, 6, 8])),
    link: `https://app.${toolOf(org, 'form').domain}/r/${token(rng, 12)}`,
    event: EVENTS[lang],
    category: rng.pick(['U12', 'U16', 'Senior', 'Masters', 'Open']),
    count: String(rng.int(12, 140)),
    amount: `${rng.int(10, 480)},00 ${lang === 'en' ? 'GBP' : 'EUR'}`,
    day,
    time: `${rng.int(8, 18)}:${rng.pick(['00', '15', '30', '45'])}`,
    org: org.name,
    topic: rng.pick(['Appointment', 'Question', 'Availability', 'Prices', 'Booking']),
  }
}

export function orgMail(
  rng: Random,
  part: Part,
  org: Org,
  type: OrgMailType,
  at: number,
  id: string,
  placement: string,
): void {
  const travelling = type.key === 'guest-writes' && rng.chance(0.5)
  const lang: Lang = travelling ? rng.pick(LANGUAGES) : org.lang
  const who = someone(rng, lang)
  const text = splitText(type.texts[lang])
  const v = values(rng, org, lang, who)
  const tool = toolOf(org, type.role)
  const from =
    type.sender === 'person'
      ? fromLine(who)
      : `${tool.name} <${rng.pick(['notifications', 'no-reply', 'hello'])}@${tool.domain}>`
  put(
    part,
    { id, at, from, subject: fill(text.subject, v), body: fill(text.body, v), to: org.address },
    {
      label: type.label,
      lang,
      source: `org:${org.kind}:${type.key}:${placement}`,
    },
  )
}

function businessHour(rng: Random, day: number): number | null {
  const weekday = new Date(day).getUTCDay()
  const weekend = weekday === 0 || weekday === 6
  if (weekend && rng.chance(0.6)) return null
  return day + rng.int(weekend ? 9 : 7, weekend ? 17 : 19) * HOUR + rng.int(0, 59) * MINUTE
}

/** 3-9 mails a working day (fewer at weekends) over [from, to), plus one rush in the span. */
export function orgTraffic(
  rng: Random,
  org: Org,
  from: number,
  to: number,
  o: OrgMailOptions,
): Part {
  const part = emptyPart()
  const types = ORG_TYPES[org.kind]
  let n = 0
  for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY)
    for (let i = rng.int(3, 9); i > 0; i--) {
      const at = businessHour(rng, day)
      if (at === null || at < from || at >= to) continue
      // Every type once first, so each organisation's days hold all of its kinds of mail.
      const type = n < types.length ? types[n]! : rng.pick(types)
      orgMail(rng, part, org, type, at, `${o.prefix}-${n++}`, o.placement(at))
    }
  const rushType = types.find((t) => t.key === RUSH[org.kind])!
  const rushStart = o.rushAt ?? from + Math.floor(rng.next() * Math.max(HOUR, to - from - 4 * HOUR))
  const rushSize = org.kind === 'charity' ? rng.int(25, 50) : rng.int(10, 22)
  for (let i = 0; i < rushSize; i++) {
    const at = rushStart + Math.floor(rng.next() * (org.kind === 'charity' ? 3 : 1) * HOUR)
    orgMail(rng, part, org, rushType, at, `${o.prefix}-r${i}`, o.placement(at))
  }
  if (o.busy) busyStretch(rng, part, org, o, o.busy)
  return part
}

function busyStretch(
  rng: Random,
  part: Part,
  org: Org,
  o: OrgMailOptions,
  busy: { start: number; end: number },
) {
  const tools = ORG_TYPES[org.kind].filter((t) => t.sender === 'tool')
  const hours = Math.max(1, (busy.end - busy.start) / HOUR)
  const count = Math.max(4, Math.round(hours * rng.int(3, 8)))
  for (let i = 0; i < count; i++) {
    const at = busy.start + Math.floor(rng.next() * Math.max(MINUTE, busy.end - busy.start))
    orgMail(rng, part, org, rng.pick(tools), at, `${o.prefix}-b${i}`, o.placement(at))
  }
}
