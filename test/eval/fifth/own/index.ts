// A burst the person caused: within an hour they write (sent folder) to 8–12 companies about
// one errand; each answers 1–10 minutes later — echoing the subject in a helpdesk wrapper, copying
// the message back through a form tool, or with a plain auto-reply that echoes nothing — from the
// company's domain, its hosted tenant, a shared form sender with its display name, or the
// helpdesk of a sibling brand. Two to six days later one of them sends a lone sign-up
// confirmation. Everything is labelled `own`.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { pickCompanies, siblingOf, type Company } from '../companies.ts'
import type { Person } from '../people.ts'
import type { MailText, Product } from '../product.ts'
import { BY_FAMILY } from '../products/index.ts'
import { add, digits, emptyPart, hexToken, record, type Part } from '../records.ts'
import { fromLine, pickShape } from '../senders.ts'
import { PLAIN_ACK } from './auto-replies.ts'
import { ERRANDS } from './errands.ts'

export interface OwnShape {
  companies: number
  sentAt: number[]
  ackDelays: number[]
  signupAt: number
}

type Ack = { text: MailText; from: string; label: MailLabel }

function render(
  product: Product,
  c: Company,
  person: Person,
  field: string,
  rng: Random,
): MailText {
  return product.texts[c.lang]({
    company: c.name,
    domain: c.domain,
    name: person.first,
    field,
    email: person.address,
    ref: String(rng.int(10_000, 99_999)),
    code: digits(rng, 6),
    token: hexToken(rng),
  })
}

function acknowledgement(
  rng: Random,
  c: Company,
  person: Person,
  subject: string,
  body: string,
): Ack {
  const helpdesk = BY_FAMILY.helpdesk
  const style = rng.pick(['echo', 'echo', 'form', 'plain'] as const)
  const sibling = rng.chance(0.2)
  const answering = sibling ? siblingOf(rng, c) : c
  const source = sibling ? 'sibling helpdesk' : style
  if (style === 'plain') {
    const from = `${answering.name} <${rng.pick(['info', 'noreply', 'office', 'mail'])}@${answering.domain}>`
    return {
      text: PLAIN_ACK[c.lang](c.name),
      from,
      label: { label: 'own', lang: c.lang, sender: 'own', source },
    }
  }
  const pool = helpdesk.filter((p) =>
    style === 'echo' ? p.echo === 'subject' : p.echo === 'message',
  )
  const product = rng.pick(pool)
  const shape = pickShape(rng, product) === 'hosted' ? 'hosted' : 'own'
  const text = render(product, c, person, style === 'echo' ? subject : body, rng)
  return {
    text,
    from: fromLine(rng, shape, product, answering),
    label: {
      label: 'own',
      lang: c.lang,
      family: product.family,
      product: product.product,
      sender: shape,
      source,
    },
  }
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part & OwnShape {
  const part = emptyPart()
  const errand = ERRANDS[lang]
  const companies = pickCompanies(rng, lang, rng.int(8, 12), new Set())
  const window = rng.int(25, 58) * MINUTE
  const sentAt = companies
    .map((_, i) => (i === 0 ? start : start + Math.floor(rng.next() * window)))
    .sort((a, b) => a - b)
  const ackDelays: number[] = []
  companies.forEach((c, i) => {
    const subject = rng.chance(0.7) ? errand.subjects[0]! : rng.pick(errand.subjects)
    const body = errand.body(person, c.name)
    const to = `${rng.pick(errand.locals)}@${c.domain}`
    const me = `${person.first} ${person.last} <${person.address}>`
    add(part, record(`${prefix}-sent-${i}`, sentAt[i]!, me, subject, body, to, 'sent'), {
      label: 'own',
      lang,
      source: 'sent',
    })
    const delay = rng.int(60, 600) * 1000
    ackDelays.push(delay)
    const ack = acknowledgement(rng, c, person, subject, body)
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        sentAt[i]! + delay,
        ack.from,
        ack.text.subject,
        ack.text.body,
        person.address,
      ),
      ack.label,
    )
  })
  const chosen = rng.pick(companies)
  const product = rng.pick(BY_FAMILY.verification)
  const shape = pickShape(rng, product) === 'hosted' ? 'hosted' : 'own'
  const signupAt = start + rng.int(2, 6) * DAY + rng.int(1, 9) * HOUR
  const signup = render(product, chosen, person, '', rng)
  add(
    part,
    record(
      `${prefix}-signup`,
      signupAt,
      fromLine(rng, shape, product, chosen),
      signup.subject,
      signup.body,
      person.address,
    ),
    {
      label: 'own',
      lang: chosen.lang,
      family: product.family,
      product: product.product,
      sender: shape,
      source: 'lone sign-up',
    },
  )
  return { ...part, companies: companies.length, sentAt, ackDelays, signupAt }
}
