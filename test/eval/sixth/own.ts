// Bursts the person caused (label `own`): they write to 8–12 companies' own addresses within an
// hour and each answers 1–10 minutes later, echoing the subject, from the company's domain, its
// Zendesk or Freshdesk tenant, or a sister brand's helpdesk; two to six days later a single
// sign-up confirmation; another day two or three newsletters they subscribed to.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { pickCompanies, siblingOf, type Company } from './companies.ts'
import { fillFor } from './fill-values.ts'
import { labelled } from './label.ts'
import type { SixthLang } from './langs.ts'
import { OWN_WORDS } from './own-words.ts'
import type { Person } from './people.ts'
import { fill, type Family, type Product } from './product.ts'
import { productsOf } from './products/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'

export interface OwnShape extends Part {
  start: number
  companies: number
}

function ackSender(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (roll === 1) return `${c.name} Support <support@${c.slug}.freshdesk.com>`
  if (roll === 2) {
    const sister = siblingOf(rng, c)
    return `${sister.name} Helpdesk <help@${sister.slug}.freshdesk.com>`
  }
  return `${c.name} <${rng.pick(['privacy', 'support', 'dpo'])}@${c.domain}>`
}

function lone(
  rng: Random,
  family: Family,
  c: Company,
  person: Person,
): { subject: string; body: string; product: Product } {
  const product = rng.pick(productsOf(family).filter((p) => p.echo !== 'subject'))
  const values = fillFor(rng, product, c, person.address, rng.int(100, 900), null)
  values.name = person.name.split(' ')[0]!
  const text = product.texts[c.lang]
  return { subject: fill(text.subject, values), body: fill(text.body, values), product }
}

export function buildOwn(
  rng: Random,
  lang: SixthLang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const words = OWN_WORDS[lang]
  const count = rng.int(8, 12)
  const companies = pickCompanies(rng, lang, count + 4, new Set())
  const part = emptyPart()
  const own = (base: Omit<MailLabel, 'label'>): MailLabel => ({ label: 'own', ...base })
  companies.slice(0, count).forEach((c, i) => {
    const sent = start + rng.int(0, 55) * MINUTE + i * 20_000
    const to = `${rng.pick(['privacy', 'support', 'contact', 'dpo'])}@${c.domain}`
    const body = words.body.replace('{name}', person.name)
    add(
      part,
      record({
        id: `${prefix}-sent-${i}`,
        at: sent,
        from: person.address,
        subject: words.subject,
        body,
        to,
        folder: 'sent',
      }),
      labelled(own({ source: 'sent request' }), lang),
    )
    const ticket = rng.int(10_000, 99_999)
    const subject = rng
      .pick(words.wrappers)
      .replace('{s}', words.subject)
      .replace('{n}', String(ticket))
    add(
      part,
      record({
        id: `${prefix}-ack-${i}`,
        at: sent + rng.int(1, 10) * MINUTE,
        from: ackSender(rng, c),
        subject,
        body: `${words.ack}\n\n> ${body}`,
        to: person.address,
      }),
      labelled(own({ family: 'helpdesk', product: 'acknowledgement of own request' }), lang),
    )
  })
  const signupCompany = companies[count]!
  const signup = lone(rng, 'verification', signupCompany, person)
  const signupAt = start + rng.int(2, 6) * DAY + rng.int(0, 8) * HOUR
  add(
    part,
    record({
      id: `${prefix}-signup`,
      at: signupAt,
      from: `${signupCompany.name} <no-reply@${signupCompany.domain}>`,
      subject: signup.subject,
      body: signup.body,
      to: person.address,
    }),
    labelled(own({ family: 'verification', product: signup.product.product }), lang),
  )
  const newsDay = start + rng.int(1, 6) * DAY + 9 * HOUR
  companies.slice(count + 1, count + 1 + rng.int(2, 3)).forEach((c, i) => {
    const news = lone(rng, 'subscription', c, person)
    add(
      part,
      record({
        id: `${prefix}-news-${i}`,
        at: newsDay + rng.int(0, 12 * 60) * MINUTE,
        from: `${c.name} <newsletter@${c.domain}>`,
        subject: news.subject,
        body: news.body,
        to: person.address,
      }),
      labelled(own({ family: 'subscription', product: news.product.product }), lang),
    )
  })
  return { ...part, start, companies: count }
}
