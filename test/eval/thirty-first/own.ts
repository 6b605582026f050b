// Bursts the person caused (g-own): 8-12 mails the person sent to companies' own addresses within
// an hour, each answered 1-10 minutes later from the company's domain, its hosted helpdesk
// (<company>.zendesk.com, <company>.freshdesk.com) or a sister brand's helpdesk, with the sent
// subject in a wrapper; one sign-up with no wave around it; two or three newsletters subscribed
// to that day; and replies from people to mail the person sent. Answers are labelled `own`.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { MINUTE } from './clock.ts'
import { company, STEMS } from './companies.ts'
import { REPLY_PREFIX, PEOPLE_REPLY } from './look/people.ts'
import { lookValues } from './look/values.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, split, token, type Part } from './records.ts'
import { OWN_ASKS, SIGNUP, SUBSCRIBED, WRAPPERS } from './own-texts.ts'

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const me = `${person.name} <${person.address}>`
  const stems = rng.shuffle(STEMS)
  const count = rng.int(8, 12)
  for (let i = 0; i < count; i++) {
    const c = company(rng, stems[i]!, lang)
    const sister = company(rng, stems[count + i]!, lang)
    const ask = rng.pick(OWN_ASKS[lang])
    const sentAt = start + rng.int(0, 55) * MINUTE
    put(
      part,
      {
        id: `${prefix}-ask-${i}`,
        at: sentAt,
        from: me,
        subject: ask,
        body: `${ask}.\n${person.first}`,
        to: `contact@${c.domain}`,
        sent: true,
      },
      { label: 'own', lang, source: 'own:sent' },
    )
    const host = rng.pick([
      c.domain,
      `${c.slug}.zendesk.com`,
      `${c.slug}.freshdesk.com`,
      `${sister.slug}.zendesk.com`,
    ])
    const ticket = numeric(rng, 6)
    const wrapped = split(
      fill(rng.pick(WRAPPERS[lang]), { subject: ask, ticket, company: c.name, name: person.first }),
    )
    put(
      part,
      {
        id: `${prefix}-ans-${i}`,
        at: sentAt + rng.int(1, 10) * MINUTE,
        from: `${c.name} <support@${host}>`,
        subject: wrapped.subject,
        body: wrapped.body,
        to: person.address,
      },
      { label: 'own', lang, source: 'own:answer' },
    )
  }
  const signup = company(rng, stems[2 * count]!, lang)
  const values = {
    company: signup.name,
    name: person.first,
    link: `https://${signup.domain}/verify/${token(rng)}`,
    code: numeric(rng, 6),
  }
  const s = split(fill(rng.pick(SIGNUP[lang]), values))
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + rng.int(70, 200) * MINUTE,
      from: `${signup.name} <accounts@${signup.domain}>`,
      subject: s.subject,
      body: s.body,
      to: person.address,
    },
    { label: 'own', lang, source: 'own:signup' },
  )
  for (let n = 0; n < rng.int(2, 3); n++) {
    const list = company(rng, stems[2 * count + 1 + n]!, lang)
    const t = split(
      fill(rng.pick(SUBSCRIBED[lang]), {
        company: list.name,
        name: person.first,
        link: `https://${list.domain}/optin/${token(rng)}`,
      }),
    )
    put(
      part,
      {
        id: `${prefix}-news-${n}`,
        at: start + rng.int(200, 600) * MINUTE,
        from: `${list.name} <news@${list.domain}>`,
        subject: t.subject,
        body: t.body,
        to: person.address,
      },
      { label: 'own', lang, source: 'own:newsletter' },
    )
  }
  for (let n = 0; n < 3; n++) {
    const contact = person.contacts[n]!
    const topic = rng.pick(OWN_ASKS[lang])
    const at = start - rng.int(2, 30) * 60 * MINUTE
    const v = lookValues(rng, lang, at, { name: person.first, friend: contact.name })
    put(
      part,
      {
        id: `${prefix}-thr-${n}`,
        at,
        from: me,
        subject: topic,
        body: `${topic}?\n${person.first}`,
        to: contact.address,
        sent: true,
      },
      { label: 'ham', lang, source: 'person-sent' },
    )
    put(
      part,
      {
        id: `${prefix}-thr-${n}-r`,
        at: at + rng.int(20, 300) * MINUTE,
        from: `${contact.name} <${contact.address}>`,
        subject: `${REPLY_PREFIX[lang][n]} ${topic}`,
        body: fill(rng.pick(PEOPLE_REPLY[lang]), v),
        to: person.address,
      },
      { label: 'ham', lang, source: 'people-thread' },
    )
  }
  return part
}
