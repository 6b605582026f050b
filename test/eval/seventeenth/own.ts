// A burst the person caused (label own): one errand sent to 8-12 companies' own addresses within
// an hour, each answered 1-10 minutes later from the company's domain, its zendesk.com or
// freshdesk.com tenant, or a sister brand's helpdesk, echoing the subject in a wrapper (or not);
// days later one sign-up of their own, and one day with 2-3 newsletters they subscribed to.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import { OWN_TEXTS } from './own-texts.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { fill, HAND_TEXTS, templateOf } from './texts/index.ts'

export interface OwnShape extends Part {
  sent: number
  answers: number
}

const OWN_LOCAL = ['privacy', 'support', 'contact', 'info', 'service', 'dpo']

function answerFrom(rng: Random, c: Company): string {
  const r = rng.next()
  if (r < 0.35) return `${c.name} <support@${c.domain}>`
  if (r < 0.55) return `${c.name} <support@${c.slug}.zendesk.com>`
  if (r < 0.75) return `${c.name} Support <support@${c.slug}.freshdesk.com>`
  const sister = sisterOf(rng, c)
  return `${sister.name} <help@${sister.slug}.freshdesk.com>`
}

function signUps(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
  part: Part,
): void {
  const [one, ...letters] = pickCompanies(rng, 4, () => lang)
  const label: MailLabel = { label: 'own', lang, source: 'own/sign-up' }
  const slots = (c: Company) => ({
    name: person.name.split(' ')[0]!,
    title: '',
    ref: String(rng.int(1000, 9999)),
    link: `https://${c.domain}/confirm/${rng.int(1e6, 9e6)}`,
    code: String(rng.int(100_000, 999_999)),
    company: c.name,
    domain: c.domain,
    email: person.address,
  })
  const signUp = templateOf(rng.pick(HAND_TEXTS.account[lang]))
  const midnight = Math.floor(start / DAY) * DAY
  const at = midnight + rng.int(2, 6) * DAY + rng.int(8 * 60, 21 * 60) * MINUTE
  add(
    part,
    record(
      `${prefix}-signup`,
      at,
      `${one!.name} <noreply@${one!.domain}>`,
      fill(signUp.subject, slots(one!)),
      fill(signUp.body, slots(one!)),
      person.address,
    ),
    label,
  )
  const day = midnight + rng.int(7, 9) * DAY + 9 * HOUR
  letters.slice(0, rng.int(2, 3)).forEach((c, i) => {
    const t = templateOf(HAND_TEXTS.subscription[lang][(i * 2 + rng.int(0, 1)) % 6]!)
    add(
      part,
      record(
        `${prefix}-news-${i}`,
        day + rng.int(0, 10 * 60) * MINUTE,
        `${c.name} <news@${c.domain}>`,
        fill(t.subject, slots(c)),
        fill(t.body, slots(c)),
        person.address,
      ),
      { ...label, source: 'own/newsletter' },
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
  const texts = OWN_TEXTS[lang]
  const [subject, body] = rng.pick(texts.errands)
  const companies = pickCompanies(rng, rng.int(8, 12), () => lang)
  const part = emptyPart()
  let answers = 0
  companies.forEach((c, i) => {
    const sentAt = start + Math.floor((i * 55 * MINUTE) / companies.length) + rng.int(0, 3) * MINUTE
    const to = `${rng.pick(OWN_LOCAL)}@${c.domain}`
    add(
      part,
      record(
        `${prefix}-sent-${i}`,
        sentAt,
        `${person.name} <${person.address}>`,
        subject,
        body,
        to,
        'sent',
      ),
      { label: 'own', lang, source: 'own/sent' },
    )
    const ref = String(rng.int(10_000, 99_999))
    const wrap = rng.chance(0.2)
      ? texts.plain
      : rng.pick(texts.wrappers).replace('{s}', subject).replace('{ref}', ref)
    const reply = rng.pick(texts.bodies).replace('{company}', c.name) + `\n\n> ${subject}`
    add(
      part,
      record(
        `${prefix}-ack-${i}`,
        sentAt + rng.int(1, 10) * MINUTE,
        answerFrom(rng, c),
        wrap,
        reply,
        person.address,
      ),
      { label: 'own', lang, source: 'own/acknowledgement' },
    )
    answers++
  })
  signUps(rng, lang, person, start, prefix, part)
  return { ...part, sent: companies.length, answers }
}
