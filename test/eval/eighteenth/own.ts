// Bursts the person caused (label `own`): they write to 8-12 companies' own addresses within an
// hour about one errand, each company acknowledging 1-10 minutes later (from its domain, its
// zendesk.com / freshdesk.com tenant, or a sister brand's helpdesk) echoing the sent subject; a
// lone sign-up days later; and two or three newsletter sign-ups in one day.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { compose } from './compose/index.ts'
import type { Person } from './people.ts'
import { ECHO_WRAPS, ERRANDS } from './own-texts.ts'
import { add, emptyPart, fill, record, type Part } from './records.ts'
import { HAND_TEXTS } from './texts/index.ts'

export interface OwnShape extends Part {
  sent: number
  acks: number
  spanMinutes: number
}

function ackFrom(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (roll === 2) return `${c.name} <${c.slug}@freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} <help@${sister.slug}.freshdesk.com>`
}

function ownLabel(lang: Lang, family: string) {
  return { label: 'own' as const, lang, family, product: 'own', source: 'own' }
}

function oneFromHand(rng: Random, family: string, lang: Lang) {
  const pool = HAND_TEXTS.filter((w) => w.family === family && w.lang === lang)
  return rng.pick(pool)
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const part = emptyPart()
  const count = rng.int(8, 12)
  const companies = pickCompanies(rng, count + 4, () => lang)
  const errand = ERRANDS[lang]
  let last = start
  companies.slice(0, count).forEach((c, i) => {
    const sentAt = start + Math.floor((i * 55 * MINUTE) / count) + rng.int(0, 3) * MINUTE
    const t = rng.pick(errand.subjects)
    const to = `${rng.pick(['contact', 'support', 'info', 'privacy', 'offerte', 'hola'])}@${c.domain}`
    add(
      part,
      record(`${prefix}-sent-${i}`, sentAt, person.address, t, errand.body, to, 'sent'),
      ownLabel(lang, 'helpdesk'),
    )
    const ack = compose(rng, 'helpdesk', lang)
    const vars = {
      t,
      n: person.first,
      co: c.name,
      ref: String(rng.int(1000, 99999)),
      e: person.address,
      link: `https://${c.domain}/help`,
      code: '',
    }
    const ackAt = sentAt + rng.int(1, 10) * MINUTE
    last = Math.max(last, ackAt)
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        ackAt,
        ackFrom(rng, c),
        fill(rng.pick(ECHO_WRAPS[lang]), vars),
        fill(ack.body, vars),
        person.address,
      ),
      ownLabel(lang, 'helpdesk'),
    )
  })
  const extra = companies.slice(count)
  const signupAt = start + rng.int(2, 5) * DAY + rng.int(1, 8) * HOUR
  const signup = oneFromHand(rng, 'verification', lang)
  const sc = extra[0]!
  const sVars = {
    n: person.first,
    co: sc.name,
    link: `https://${sc.domain}/account/confirm/${rng.int(1e6, 9e6)}`,
    e: person.address,
    code: String(rng.int(100000, 999999)),
    ref: '',
    t: '',
  }
  add(
    part,
    record(
      `${prefix}-signup`,
      signupAt,
      `${sc.name} <no-reply@${sc.domain}>`,
      fill(signup.subject, sVars),
      fill(signup.body, sVars),
      person.address,
    ),
    ownLabel(lang, 'verification'),
  )
  const newsDay = start + rng.int(1, 6) * DAY + 9 * HOUR
  extra.slice(1, 1 + rng.int(2, 3)).forEach((c, i) => {
    const w = oneFromHand(rng, 'subscription', lang)
    const vars = {
      n: person.first,
      co: c.name,
      link: `https://${c.domain}/nl/optin/${rng.int(1e6, 9e6)}`,
      e: person.address,
      code: '',
      ref: '',
      t: '',
    }
    const at = newsDay + rng.int(0, 10) * HOUR + rng.int(0, 59) * MINUTE
    add(
      part,
      record(
        `${prefix}-news-${i}`,
        at,
        `${c.name} <newsletter@${c.domain}>`,
        fill(w.subject, vars),
        fill(w.body, vars),
        person.address,
      ),
      ownLabel(lang, 'subscription'),
    )
  })
  return { ...part, sent: count, acks: count, spanMinutes: Math.round((last - start) / MINUTE) }
}
