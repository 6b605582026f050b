// A burst the person caused (g-own): 8-12 mails sent to companies' own addresses within an
// hour, each answered 1-10 minutes later from the company's domain, its hosted helpdesk or a
// sister brand's helpdesk with the sent subject in a wrapper; one sign-up with no wave around
// it; two or three newsletters subscribed to that day.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { cap, LOOK_STEMS, pickCompanies, sisterOf, type Company } from './companies.ts'
import { HAND } from './inhouse/index.ts'
import { LOOK_TEXT } from './look/index.ts'
import { lookValues } from './look-values.ts'
import { dress } from './openings.ts'
import type { Person } from './people.ts'
import { ACELLE } from './products/subscription.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'

const WRAPPERS = [
  'Re: {s}',
  '[#{n}] Re: {s}',
  '{s} [Request #{n}]',
  'RE: {s} (ticket {n})',
  'Your message: {s}',
]

function replyFrom(rng: Random, c: Company): string {
  const roll = rng.int(0, 3)
  if (roll === 0) return `${c.name} <support@${c.domain}>`
  if (roll === 1) return `${c.name} Support <support@${c.stem}.zendesk.com>`
  if (roll === 2) return `${c.name} <help@${c.stem}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} <support@${sister.stem}.zendesk.com>`
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const me = `${person.first} ${person.last} <${person.address}>`
  const look = LOOK_TEXT[lang]
  const companies = pickCompanies(rng, rng.int(8, 12), () => lang)
  for (const [i, c] of companies.entries()) {
    const sentAt = start + Math.floor(rng.next() * HOUR)
    const subject = `${rng.pick(look.sent)} (${numeric(rng, 4)})`
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at: sentAt,
        from: me,
        to: `${rng.pick(['support', 'info', 'service'])}@${c.domain}`,
        subject,
        text: fill(look.sentBody, { name: person.first }),
        sent: true,
        full: true,
      },
      { label: 'own', lang, source: 'own:sent' },
    )
    const n = numeric(rng, 6)
    const ack = rng.pick(HAND.helpdesk[lang])
    const values = {
      brand: c.name,
      p: subject,
      num: n,
      link: `https://${c.domain}/t/${token(rng, 12)}`,
      domain: c.domain,
    }
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: sentAt + rng.int(1, 10) * MINUTE,
        from: replyFrom(rng, c),
        to: person.address,
        subject: fill(rng.pick(WRAPPERS), { s: subject, n }),
        text: fill(ack.body, values),
        ...dress(rng, lang, { brand: c.name, name: person.first, domain: c.domain }),
      },
      { label: 'own', lang, source: 'own:reply' },
    )
  }
  const signStem = rng.pick(LOOK_STEMS)
  const signBase = { brand: cap(signStem), domain: `${signStem}.com`, name: person.first }
  const sign = rng.pick(HAND.verification[lang])
  const sv = lookValues(rng, lang, start, { ...signBase, p: person.first })
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + rng.int(70, 150) * MINUTE,
      from: `${signBase.brand} <welcome@${signBase.domain}>`,
      to: person.address,
      subject: fill(sign.subject, sv),
      text: fill(sign.body, sv),
      ...dress(rng, lang, signBase),
    },
    { label: 'own', lang, source: 'own:signup' },
  )
  const newsletters = rng.int(2, 3)
  for (let k = 0; k < newsletters; k++) {
    const stem = rng.pick(LOOK_STEMS)
    const base = { brand: cap(stem), domain: `${stem}.news`, name: person.first }
    const wording = k === 0 ? ACELLE.texts[lang] : rng.pick(HAND.subscription[lang])
    const v = {
      ...lookValues(rng, lang, start, base),
      p: person.first,
      list: `${cap(stem)} Weekly`,
    }
    put(
      part,
      {
        id: `${prefix}-news-${k}`,
        at: start + rng.int(3, 9) * HOUR + rng.int(0, 59) * MINUTE,
        from: `${base.brand} <list@${base.domain}>`,
        to: person.address,
        subject: fill(wording.subject, v),
        text: fill(wording.body, v),
        ...dress(rng, lang, base),
      },
      { label: 'own', lang, source: 'own:newsletter' },
    )
  }
  return part
}
