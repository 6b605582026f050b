// The person's own bursts (g-own): mails sent to 8-12 companies within an hour, each answered
// 1-10 minutes later (company domain, <company>.zendesk.com / .freshdesk.com, or a sister
// brand's helpdesk) with the sent subject in a wrapper; one sign-up; two or three newsletters
// subscribed that day; and a gift-shopping evening at three to six shops (account mail, order).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { company, LOOK_STEMS, sisterOf } from './companies.ts'
import { OWN_TEXT } from './own-text.ts'
import type { Person } from './people.ts'

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const t = OWN_TEXT[lang]
  const stems = rng.shuffle(LOOK_STEMS)
  const own = { label: 'own' as const, lang }
  const me = `${person.name} <${person.address}>`
  const count = rng.int(8, 12)
  for (let i = 0; i < count; i++) {
    const c = company(rng, stems[i]!, lang)
    const sentAt = start + Math.floor((i / count) * 55 * MINUTE) + rng.int(0, 4) * MINUTE
    const s = fill(rng.pick(t.asks), { n: numeric(rng, 7) })
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at: sentAt,
        from: me,
        to: `support@${c.domain}`,
        subject: s,
        body: `${s}\n\n${person.first}`,
        sent: true,
      },
      { ...own, source: 'own:sent' },
    )
    const way = rng.int(0, 3)
    const replyFrom =
      way === 0
        ? `${c.name} <support@${c.domain}>`
        : way === 1
          ? `${c.name} <support@${c.slug}.zendesk.com>`
          : way === 2
            ? `${c.name} Support <${c.slug}@${c.slug}.freshdesk.com>`
            : `${sisterOf(rng, c).name} Help <help@${sisterOf(rng, c).domain}>`
    const ref = numeric(rng, 6)
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: sentAt + rng.int(1, 10) * MINUTE,
        from: replyFrom,
        to: person.address,
        subject: fill(rng.pick(t.wrap), { s, t: ref }),
        body: fill(t.answer, { first: person.first, s, t: ref }),
      },
      { ...own, source: 'own:reply' },
    )
  }
  const values = (brand: string, domain: string) => ({
    brand,
    first: person.first,
    link: `https://${domain}/c/${token(rng, 20)}`,
    n: numeric(rng, 8),
    amount: `${rng.int(19, 180)},00`,
    day: new Date(start + 4 * DAY).toISOString().slice(0, 10),
  })
  const signup = company(rng, stems[13]!, lang)
  const sv = values(signup.name, signup.domain)
  put(
    part,
    {
      id: `${prefix}-signup`,
      at: start + 3 * HOUR,
      from: `${signup.name} <welcome@${signup.domain}>`,
      to: person.address,
      subject: fill(t.signup[0], sv),
      body: fill(t.signup[1], sv),
    },
    { ...own, source: 'own:signup' },
  )
  for (let i = 0; i < rng.int(2, 3); i++) {
    const c = company(rng, stems[14 + i]!, lang)
    const v = values(c.name, c.domain)
    put(
      part,
      {
        id: `${prefix}-news-${i}`,
        at: start + rng.int(4, 8) * HOUR + rng.int(0, 59) * MINUTE,
        from: `${c.name} <news@${c.domain}>`,
        to: person.address,
        subject: fill(t.newsletter[0], v),
        body: fill(t.newsletter[1], v),
      },
      { ...own, source: 'own:newsletter' },
    )
  }
  // The gift-shopping evening: accounts at three to six shops within an hour, then each order.
  const evening = start + 10 * HOUR + rng.int(0, 30) * MINUTE
  const shops = rng.int(3, 6)
  for (let i = 0; i < shops; i++) {
    const c = company(rng, stems[20 + i]!, lang)
    const v = values(c.name, c.domain)
    const at = evening + Math.floor((i / shops) * 50 * MINUTE)
    const [subject, body] = rng.pick(t.account)
    put(
      part,
      {
        id: `${prefix}-shop-${i}`,
        at,
        from: `${c.name} <accounts@${c.domain}>`,
        to: person.address,
        subject: fill(subject, v),
        body: fill(body, v),
      },
      { ...own, source: 'own:gift-account' },
    )
    put(
      part,
      {
        id: `${prefix}-shop-${i}-order`,
        at: at + rng.int(4, 9) * MINUTE,
        from: `${c.name} <orders@${c.domain}>`,
        to: person.address,
        subject: fill(t.order[0], v),
        body: fill(t.order[1], v),
      },
      { label: 'important', lang, source: 'own:gift-order' },
    )
  }
  return part
}
