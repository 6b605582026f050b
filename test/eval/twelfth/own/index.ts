// Mail the person caused (all labelled `own`): 8-12 requests sent within an hour to companies'
// own addresses, each acknowledged 1-10 minutes later from the company's domain, its Zendesk or
// Freshdesk subdomain or a sister brand's helpdesk, echoing the sent subject; a day later one
// sign-up confirmation; two days later 2-3 newsletter confirmations the person asked for.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { pickCompanies, sisterOf, type Company } from '../companies.ts'
import type { Person } from '../people.ts'
import type { Product } from '../product.ts'
import { productsOf } from '../products/index.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { OWN_WORDS } from './words.ts'

export interface OwnShape extends Part {
  sent: number
  start: number
}

const INBOXES = ['privacy', 'support', 'contact', 'dpo', 'billing', 'service']

function ackFrom(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (roll === 2) return `${c.name} Support <support@${c.slug}.freshdesk.com>`
  const sister = sisterOf(c)
  return `${sister.name} <help@${sister.slug}.freshdesk.com>`
}

function own(lang: Lang, family: string, product: string): MailLabel {
  return { label: 'own', lang, family, product }
}

function requests(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  firms: readonly Company[],
  prefix: string,
  part: Part,
): void {
  const words = OWN_WORDS[lang]
  let at = start
  firms.forEach((c, i) => {
    at += rng.int(2, 5) * MINUTE
    const subject = words.requests[i % words.requests.length]!
    const to = `${rng.pick(INBOXES)}@${c.domain}`
    add(
      part,
      record(
        `${prefix}-sent-${i}`,
        at,
        `${person.name} <${person.address}>`,
        subject,
        words.body,
        to,
        'sent',
      ),
      own(lang, 'sent', 'person'),
    )
    const n = rng.int(10_000, 999_999)
    const wrapper = rng.pick(words.wrappers)
    const ackSubject = wrapper.replace('{s}', subject).replace('{n}', String(n))
    const quoted = wrapper.includes('{s}') ? '' : `\n\n> ${subject}`
    const ackAt = at + rng.int(1, 10) * MINUTE
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        ackAt,
        ackFrom(rng, c),
        ackSubject,
        `${words.ack}${quoted}\n\n${c.name}`,
        person.address,
      ),
      own(lang, 'helpdesk', 'own-ack'),
    )
  })
}

function confirmation(
  rng: Random,
  p: Product,
  c: Company,
  person: Person,
  at: number,
  id: string,
  part: Part,
): void {
  const written = p.texts[person.lang]({
    company: c,
    name: person.first,
    topic: '',
    email: person.address,
    ticket: rng.int(1, 99_999),
    code: String(rng.int(100_000, 999_999)),
    link: `https://${c.domain}/confirm/${rng.int(1e8, 9e8).toString(36)}`,
  })
  add(
    part,
    record(id, at, `${c.name} <hello@${c.domain}>`, written.subject, written.body, person.address),
    own(person.lang, p.family, p.product),
  )
}

export function buildOwn(rng: Random, person: Person, start: number, prefix: string): OwnShape {
  const part = emptyPart()
  const sent = rng.int(8, 12)
  const letters = rng.int(2, 3)
  const firms = pickCompanies(rng, [person.lang], sent + 1 + letters)
  requests(rng, person.lang, person, start, firms.slice(0, sent), prefix, part)
  const signUpAt = start + DAY + rng.int(0, 6) * HOUR
  confirmation(
    rng,
    rng.pick(productsOf('verification')),
    firms[sent]!,
    person,
    signUpAt,
    `${prefix}-signup`,
    part,
  )
  const lettersAt = start + 2 * DAY + rng.int(0, 4) * HOUR
  const subscription = rng.shuffle(productsOf('subscription'))
  for (let i = 0; i < letters; i++)
    confirmation(
      rng,
      subscription[i]!,
      firms[sent + 1 + i]!,
      person,
      lettersAt + i * rng.int(20, 180) * MINUTE,
      `${prefix}-letter-${i}`,
      part,
    )
  return { ...part, sent, start }
}
