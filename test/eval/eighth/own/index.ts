// Mail the person caused (label `own`): their sent mail to 8-12 companies within an hour, each
// acknowledged 1-10 minutes later (company domain, its Zendesk or Freshdesk, or a sister brand's
// helpdesk) echoing the sent subject; days later one sign-up they made, and another day two or
// three newsletters they subscribed to.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { pickCompanies, sisterOf, type Company } from '../companies.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import type { Person } from '../people.ts'
import type { Product } from '../product.ts'
import { ALLAUTH_VERIFY } from '../products/allauth.ts'
import { FIREBASE_VERIFY } from '../products/firebase.ts'
import { LISTMONK } from '../products/listmonk.ts'
import { MAILERLITE } from '../products/mailerlite.ts'
import { MAILPOET } from '../products/mailpoet.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { ERRANDS } from './errands.ts'

export interface OwnShape extends Part {
  sent: number
  acks: { sentAt: number; at: number; subject: string }[]
  firstSent: number
  lastSent: number
}

const own = (lang: Lang, product: string): MailLabel => ({
  label: 'own',
  lang,
  family: 'own',
  product,
})

function ackSender(rng: Random, c: Company): { from: string; product: string } {
  const u = rng.next()
  if (u < 0.3) return { from: `${c.name} <support@${c.domain}>`, product: 'company domain' }
  if (u < 0.55) return { from: `${c.name} <support@${c.slug}.zendesk.com>`, product: 'zendesk' }
  if (u < 0.8)
    return { from: `${c.name} Support <support@${c.slug}.freshdesk.com>`, product: 'freshdesk' }
  const sister = sisterOf(rng, c)
  return { from: `${sister.name} <help@${sister.slug}.freshdesk.com>`, product: 'sister brand' }
}

function burst(
  rng: Random,
  person: Person,
  start: number,
  prefix: string,
  part: Part,
): OwnShape['acks'] {
  const errand = ERRANDS[person.lang]
  const count = rng.int(8, 12)
  const companies = pickCompanies(
    rng,
    Array.from({ length: count }, () => person.lang),
  )
  const acks: OwnShape['acks'] = []
  companies.forEach((c, i) => {
    const sentAt = start + Math.round((i / count) * rng.int(30, 58) * MINUTE) + rng.int(0, 50_000)
    const to = `${rng.pick(errand.locals)}@${c.domain}`
    add(
      part,
      record(
        `${prefix}-sent-${i}`,
        sentAt,
        person.address,
        errand.subject,
        errand.body,
        to,
        'sent',
      ),
      own(person.lang, 'sent'),
    )
    const ref = String(rng.int(10_000, 999_999))
    const subject = rng.pick(errand.wrappers).replace('{s}', errand.subject).replace('{ref}', ref)
    const at = sentAt + rng.int(1, 10) * MINUTE + rng.int(0, 59_000)
    const sender = ackSender(rng, c)
    const body = `${errand.ackBody.replace('{ref}', ref)}\n\n> ${errand.body}`
    add(
      part,
      record(`${prefix}-ack-${i}`, at, sender.from, subject, body, person.address),
      own(person.lang, sender.product),
    )
    acks.push({ sentAt, at, subject })
  })
  return acks
}

function productMail(
  rng: Random,
  p: Product,
  c: Company,
  person: Person,
  id: string,
  at: number,
  part: Part,
): void {
  const fill = {
    company: c.name,
    name: person.first,
    subject: '',
    message: '',
    email: person.address,
    ref: String(rng.int(1000, 9999)),
    code: String(rng.int(100_000, 999_999)),
    link: `https://${c.domain}/confirm?t=${rng.int(1e6, 9e6)}`,
    site: c.domain,
  }
  const text = p.texts[person.lang](fill)
  const from = `${p.display(c)} <${p.ownAddress?.(c) ?? `no-reply@${c.domain}`}>`
  add(
    part,
    record(id, at, from, text.subject, text.body, person.address),
    own(person.lang, p.product),
  )
}

export function buildOwn(rng: Random, person: Person, start: number, prefix: string): OwnShape {
  const part = emptyPart()
  const acks = burst(rng, person, start, prefix, part)
  const [signup, ...letters] = pickCompanies(rng, [
    person.lang,
    person.lang,
    person.lang,
    person.lang,
  ])
  const signupAt = start + rng.int(2, 5) * DAY + rng.int(0, 8) * HOUR
  productMail(
    rng,
    rng.pick([ALLAUTH_VERIFY, FIREBASE_VERIFY]),
    signup!,
    person,
    `${prefix}-signup`,
    signupAt,
    part,
  )
  const newsDay = start + rng.int(6, 9) * DAY
  const count = rng.int(2, 3)
  for (let i = 0; i < count; i++) {
    const at = newsDay + rng.int(0, 10) * HOUR + rng.int(0, 59) * MINUTE
    productMail(
      rng,
      [MAILPOET, LISTMONK, MAILERLITE][i]!,
      letters[i]!,
      person,
      `${prefix}-news-${i}`,
      at,
      part,
    )
  }
  const sentTimes = acks.map((a) => a.sentAt)
  return {
    ...part,
    sent: acks.length,
    acks,
    firstSent: Math.min(...sentTimes),
    lastSent: Math.max(...sentTimes),
  }
}
