// Mail the person caused (label `own`): they write to 8-12 companies' own addresses within an
// hour and each acknowledges 1-10 minutes later, echoing the sent subject, from the company's
// domain, its Zendesk or Freshdesk, or a sister brand's Freshdesk; days later a single sign-up
// with nothing around it; on another day two or three newsletters they subscribed to.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { pickCompanies, siblingOf, type Company } from '../companies.ts'
import { token } from '../fill-values.ts'
import type { Person } from '../people.ts'
import { fill } from '../product.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { SOUTH } from './south.ts'
import type { OwnWords } from './types.ts'
import { WEST } from './west.ts'

export const OWN_WORDS = { ...WEST, ...SOUTH } as Record<Lang, OwnWords>

const LOCALS = ['privacy', 'support', 'contact', 'dpo', 'info', 'service']

export interface OwnShape extends Part {
  sent: number[]
  acks: { sent: number; at: number; from: string }[]
  companies: Company[]
}

function ackSender(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (roll === 2) return `${c.name} Support <help@${c.slug}.freshdesk.com>`
  const sister = siblingOf(rng, c)
  return `${sister.name} <support@${sister.slug}.freshdesk.com>`
}

const ownLabel = (lang: Lang, family: string, product: string): MailLabel => ({
  label: 'own',
  lang,
  family,
  product,
})

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): OwnShape {
  const words = OWN_WORDS[lang]
  const companies = pickCompanies(rng, lang, rng.int(8, 12), new Set())
  const part = emptyPart()
  const base = { me: person.full, first: person.first, email: person.address }
  const sent = companies
    .map(() => start + rng.int(0, 55) * MINUTE + rng.int(0, 59) * 1_000)
    .sort((a, b) => a - b)
  const acks: OwnShape['acks'] = []
  companies.forEach((c, i) => {
    const subj = fill(rng.pick(words.subjects), base)
    const to = `${rng.pick(LOCALS)}@${c.domain}`
    const sentId = `${prefix}-sent-${i}`
    add(
      part,
      record(
        sentId,
        sent[i]!,
        `${person.full} <${person.address}>`,
        subj,
        fill(words.sentBody, base),
        to,
        'sent',
      ),
      ownLabel(lang, 'sent', 'person'),
    )
    const [subject, body] = rng.pick(words.wrappers)
    const values = { ...base, co: c.name, subj, n: String(rng.int(10_000, 999_999)) }
    const at = sent[i]! + rng.int(1, 10) * MINUTE + rng.int(0, 59) * 1_000
    const from = ackSender(rng, c)
    acks.push({ sent: sent[i]!, at, from })
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        at,
        from,
        fill(subject, values),
        fill(body, values),
        person.address,
      ),
      ownLabel(lang, 'helpdesk', 'own-ack'),
    )
  })
  const signupAt = start + rng.int(2, 5) * DAY + rng.int(-6, 3) * HOUR
  const [shop] = pickCompanies(rng, lang, 1, new Set(companies.map((c) => c.slug)))
  const signupValues = {
    ...base,
    co: shop!.name,
    url: `https://${shop!.domain}/account/confirm/${token(rng)}`,
  }
  add(
    part,
    record(
      `${prefix}-signup`,
      signupAt,
      `${shop!.name} <no-reply@${shop!.domain}>`,
      fill(words.signup[0], signupValues),
      fill(words.signup[1], signupValues),
      person.address,
    ),
    ownLabel(lang, 'verification', 'own-signup'),
  )
  const others = pickCompanies(
    rng,
    lang,
    rng.int(2, 3),
    new Set([...companies, shop!].map((c) => c.slug)),
  )
  const day = start + rng.int(6, 8) * DAY + rng.int(-5, 1) * HOUR
  others.forEach((c, i) => {
    const values = {
      ...base,
      co: c.name,
      url: `https://${c.domain}/newsletter/confirm/${token(rng)}`,
    }
    const at = day + i * rng.int(1, 4) * HOUR + rng.int(0, 50) * MINUTE
    add(
      part,
      record(
        `${prefix}-news-${i}`,
        at,
        `${c.name} <newsletter@${c.domain}>`,
        fill(words.newsletter[0], values),
        fill(words.newsletter[1], values),
        person.address,
      ),
      ownLabel(lang, 'subscription', 'own-newsletter'),
    )
  })
  return { ...part, sent, acks, companies }
}
