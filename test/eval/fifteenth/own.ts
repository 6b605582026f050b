// Bursts the person caused (label own): mails they sent to 8-12 companies' own addresses within
// an hour, each acknowledged 1-10 minutes later (company domain, its zendesk / freshdesk
// subdomain, or a sister brand's helpdesk) echoing the sent subject; a single sign-up days later;
// and two or three newsletter subscriptions on one day.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { fill } from './handwritten/text.ts'
import { ACK_BODY, ACK_WRAPS, NEWSLETTER, SENT, SIGNUP } from './own-words.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export interface OwnShape extends Part {
  sent: number
  acknowledged: number
  first: number
  lastSent: number
}

function ackFrom(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <privacy@${c.domain}>`
  if (roll === 1) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (roll === 2) return `${c.name} Support <support@${c.slug}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} <help@${sister.slug}.freshdesk.com>`
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const part = emptyPart()
  const label: MailLabel = { label: 'own', lang }
  const companies = pickCompanies(rng, [lang], rng.int(8, 12))
  let lastSent = start
  companies.forEach((c, i) => {
    const sentAt = start + rng.int(0, 55) * MINUTE
    lastSent = Math.max(lastSent, sentAt)
    const subject = rng.pick(SENT[lang])
    const to = `${rng.pick(['privacy', 'support', 'contact', 'dpo'])}@${c.domain}`
    const body = `${person.name}\n${subject}.`
    add(
      part,
      record(`${prefix}-sent-${i}`, sentAt, person.address, subject, body, to, 'sent'),
      label,
    )
    const slots = { c: c.name, n: person.name, r: String(rng.int(1000, 999_999)), l: '', k: '' }
    const wrapped = fill(rng.pick(ACK_WRAPS[lang]).replace('{s}', subject), slots)
    const ackAt = sentAt + rng.int(1, 10) * MINUTE
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        ackAt,
        ackFrom(rng, c),
        wrapped,
        fill(ACK_BODY[lang], slots),
        person.address,
      ),
      label,
    )
  })
  const [shop, ...letters] = pickCompanies(rng, [lang], 4)
  const signupAt = start + rng.int(3, 5) * DAY + rng.int(1, 8) * HOUR
  const slots = (c: Company) => ({
    c: c.name,
    n: person.name,
    r: '',
    k: '',
    l: `https://${c.domain}/confirm/${rng.int(1e6, 9e6)}`,
  })
  add(
    part,
    record(
      `${prefix}-signup`,
      signupAt,
      `${shop!.name} <welcome@${shop!.domain}>`,
      fill(SIGNUP[lang][0], slots(shop!)),
      fill(SIGNUP[lang][1], slots(shop!)),
      person.address,
    ),
    label,
  )
  const newsDay = start + rng.int(1, 2) * DAY + rng.int(7, 20) * HOUR
  letters.slice(0, rng.int(2, 3)).forEach((c, i) => {
    const at = newsDay + i * rng.int(30, 240) * MINUTE
    add(
      part,
      record(
        `${prefix}-news-${i}`,
        at,
        `${c.name} <newsletter@${c.domain}>`,
        fill(NEWSLETTER[lang][0], slots(c)),
        fill(NEWSLETTER[lang][1], slots(c)),
        person.address,
      ),
      label,
    )
  })
  return { ...part, sent: companies.length, acknowledged: companies.length, first: start, lastSent }
}
