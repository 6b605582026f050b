// Mail the person caused (label `own`): a burst of 8-12 messages to companies' own addresses
// within an hour, each acknowledged 1-10 minutes later (own domain, Zendesk, Freshdesk or a
// sister brand's Freshdesk) echoing the subject; two days later a single sign-up; three days
// after that two or three newsletter confirmations in one day.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { pickCompanies, sisterOf, type Company } from '../companies.ts'
import { WRITTEN } from '../inhouse/index.ts'
import type { Person } from '../people.ts'
import { productsOf } from '../products/index.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import type { Ctx } from '../wording.ts'
import { ACK_BODY, MAILBOXES, SENT_BODY, SENT_SUBJECTS, WRAPS } from './data.ts'

export interface OwnShape extends Part {
  companies: number
  start: number
  /** Latest send time minus first, in ms. */
  spread: number
}

function ackSender(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (roll === 2) return `${c.name} Support <help@${c.slug}.freshdesk.com>`
  const sister = sisterOf(c, rng)
  return `${sister.name} Care <care@${sister.slug}.freshdesk.com>`
}

function ctxOf(rng: Random, c: Company, person: Person): Ctx {
  const token = `${rng.int(0, 0xffffff).toString(16)}${rng.int(0, 0xffffff).toString(16)}`
  return {
    company: c.name,
    domain: c.domain,
    name: person.first,
    typed: '',
    ref: String(rng.int(10_000, 999_999)),
    link: `https://${c.domain}/confirm/${token}`,
    code: String(rng.int(100_000, 999_999)),
  }
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const part = emptyPart()
  const n = rng.int(8, 12)
  const companies = pickCompanies(rng, [lang], n + 4)
  const sends = Array.from({ length: n }, () => Math.floor(rng.next() * 55 * MINUTE)).sort(
    (a, b) => a - b,
  )
  companies.slice(0, n).forEach((c, i) => {
    const subject = rng.pick(SENT_SUBJECTS[lang])
    const to = `${rng.pick(MAILBOXES[lang])}@${c.domain}`
    const sentAt = start + sends[i]!
    add(
      part,
      record(
        `${prefix}-sent-${i}`,
        sentAt,
        `${person.first} ${person.last} <${person.address}>`,
        subject,
        SENT_BODY[lang],
        to,
        'sent',
      ),
      { label: 'own', lang },
    )
    const ref = String(rng.int(10_000, 999_999))
    const ackAt = sentAt + rng.int(1, 10) * MINUTE
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        ackAt,
        ackSender(rng, c),
        rng.pick(WRAPS[lang])(subject, ref),
        `${rng.pick(ACK_BODY[lang])}\n\n${c.name}`,
        person.address,
      ),
      { label: 'own', lang, sender: 'own' },
    )
  })
  const signupAt = start + 2 * DAY + rng.int(1, 8) * HOUR
  const signup = companies[n]!
  const verification = rng.chance(0.5)
    ? rng.pick(productsOf('verification')).texts[lang]
    : rng.pick(WRITTEN[lang].verification)
  const v = verification(ctxOf(rng, signup, person))
  add(
    part,
    record(
      `${prefix}-signup`,
      signupAt,
      `${signup.name} <no-reply@${signup.domain}>`,
      v.subject,
      v.body,
      person.address,
    ),
    { label: 'own', lang, family: 'verification' },
  )
  const newsDay = start + 5 * DAY + 9 * HOUR
  const k = rng.int(2, 3)
  for (let i = 0; i < k; i++) {
    const c = companies[n + 1 + i]!
    const s = rng.pick(WRITTEN[lang].subscription)(ctxOf(rng, c, person))
    add(
      part,
      record(
        `${prefix}-news-${i}`,
        newsDay + rng.int(0, 10) * HOUR + rng.int(0, 59) * MINUTE,
        `${c.name} <news@${c.domain}>`,
        s.subject,
        s.body,
        person.address,
      ),
      { label: 'own', lang, family: 'subscription' },
    )
  }
  return { ...part, companies: n, start, spread: sends[n - 1]! - sends[0]! }
}
