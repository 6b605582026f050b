// Mail the person caused (label `own`): 8-12 requests they send to companies' own addresses
// within an hour, each acknowledged 1-10 minutes later from the company's domain, its
// <slug>.zendesk.com or <slug>.freshdesk.com helpdesk, or a sister brand's helpdesk, echoing the
// sent subject; one sign-up with no wave around it; and 2-3 newsletters subscribed in a day.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { pickCompanies, sisterOf, type Company } from '../companies.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { OWN_TEXTS } from './texts.ts'

export const ACK_SHAPES = ['company', 'zendesk', 'freshdesk', 'sister'] as const
export type AckShape = (typeof ACK_SHAPES)[number]

export interface OwnShape extends Part {
  sent: number
  acks: number
  /** Minutes from the first sent mail to the last one. */
  sendSpan: number
}

const INBOXES = ['privacy', 'support', 'contact', 'info', 'dpo', 'service']

function ackFrom(rng: Random, c: Company, shape: AckShape): string {
  const sister = sisterOf(c)
  switch (shape) {
    case 'company':
      return `${c.name} <${rng.pick(['support', 'noreply', 'care'])}@${c.domain}>`
    case 'zendesk':
      return `${c.name} <support@${c.slug}.zendesk.com>`
    case 'freshdesk':
      return `${c.name} Support <support@${c.slug}.freshdesk.com>`
    case 'sister':
      return `${sister.name} <help@${sister.slug}.${rng.pick(['zendesk', 'freshdesk'])}.com>`
  }
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, k: string) => values[k] ?? whole)
}

function requests(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
  part: Part,
): { count: number; last: number } {
  const texts = OWN_TEXTS[lang]
  const count = rng.int(8, 12)
  const companies = pickCompanies(
    rng,
    Array.from({ length: count }, () => lang),
  )
  const common = rng.pick(texts.sent)
  let last = start
  companies.forEach((c, i) => {
    const sentAt = i === 0 ? start : start + rng.int(1, 59) * MINUTE
    last = Math.max(last, sentAt)
    const values = { company: c.name, person: person.name }
    const subject = fill(rng.chance(0.6) ? common : rng.pick(texts.sent), values)
    const to = `${rng.pick(INBOXES)}@${c.domain}`
    add(
      part,
      record(
        `${prefix}-sent-${i}`,
        sentAt,
        `${person.name} <${person.address}>`,
        subject,
        fill(texts.sentBody, values),
        to,
        'sent',
      ),
      { label: 'own', lang, family: 'own', product: 'sent', source: 'sent' },
    )
    const shape = rng.pick(ACK_SHAPES)
    const n = String(rng.int(1000, 999_999))
    const ackSubject = fill(rng.pick(texts.wrappers), { subject, n })
    const ackAt = sentAt + rng.int(1, 10) * MINUTE
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        ackAt,
        ackFrom(rng, c, shape),
        ackSubject,
        `${fill(texts.ackBody, { n })}\n\n> ${subject}`,
        person.address,
      ),
      { label: 'own', lang, family: 'own', product: `ack-${shape}`, source: `own/ack-${shape}` },
    )
  })
  return { count, last }
}

function confirmations(
  rng: Random,
  lang: Lang,
  person: Person,
  at: number,
  prefix: string,
  part: Part,
): void {
  const texts = OWN_TEXTS[lang]
  const [signupCo, ...newsCos] = pickCompanies(
    rng,
    Array.from({ length: 4 }, () => lang),
  )
  const values = (c: Company) => ({
    company: c.name,
    site: c.domain,
    first: person.first,
    n: String(rng.int(10_000, 99_999)),
  })
  const signup = values(signupCo!)
  add(
    part,
    record(
      `${prefix}-signup`,
      at,
      `${signupCo!.name} <no-reply@${signupCo!.domain}>`,
      fill(texts.signup.subject, signup),
      fill(texts.signup.body, signup),
      person.address,
    ),
    { label: 'own', lang, family: 'own', product: 'signup', source: 'own/signup' },
  )
  const day = at + 2 * DAY
  newsCos.slice(0, rng.int(2, 3)).forEach((c, i) => {
    const v = values(c)
    add(
      part,
      record(
        `${prefix}-news-${i}`,
        day + rng.int(8, 21) * HOUR,
        `${c.name} <news@${c.domain}>`,
        fill(texts.newsletter.subject, v),
        fill(texts.newsletter.body, v),
        person.address,
      ),
      { label: 'own', lang, family: 'own', product: 'newsletter', source: 'own/newsletter' },
    )
  })
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const part = emptyPart()
  const { count, last } = requests(rng, lang, person, start, prefix, part)
  confirmations(rng, lang, person, start + DAY + rng.int(0, 10) * HOUR, prefix, part)
  return { ...part, sent: count, acks: count, sendSpan: (last - start) / MINUTE }
}
