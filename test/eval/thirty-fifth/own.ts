// One day of mail the person caused, per language: 8-12 mails sent to companies within an hour,
// each answered 1-10 minutes later (company domain, <company>.zendesk.com, <company>.freshdesk.com
// or a sister brand's helpdesk) with the sent subject in a wrapper; one sign-up with no wave
// around it; two or three newsletters subscribed to that day. All labelled `own`.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS, SISTER_STEMS } from './companies.ts'
import { OWN } from './own-texts.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'

function replyFrom(rng: Random, slug: string, name: string): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `${name} <support@${slug}.com>`
    case 1:
      return `${name} Support <support@${slug}.zendesk.com>`
    case 2:
      return `${name} <${slug}@${slug}.freshdesk.com>`
    default:
      return `${name} Care <help@${rng.pick(SISTER_STEMS).toLowerCase()}help.com>`
  }
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const t = OWN[lang]
  const label: MailLabel = { label: 'own', lang, source: 'own:helpdesk-reply' }
  const brands = rng.shuffle(LOOK_STEMS)
  const count = rng.int(8, 12)
  const subjects = rng.shuffle(t.sent)
  for (let i = 0; i < count; i++) {
    const brand = brands[i]!
    const slug = brand.toLowerCase()
    const sentAt = start + Math.floor((i * 55 * MINUTE) / count)
    const subject = subjects[i % subjects.length]!
    put(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at: sentAt,
        from: `${person.first} ${person.last} <${person.address}>`,
        subject,
        body: `${subject}. ${person.first} ${person.last}`,
        to: `support@${slug}.com`,
        sent: true,
      },
      { ...label, source: 'own:sent' },
    )
    const values = { brand, subject, ref: numeric(rng, 6), name: person.first }
    put(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at: sentAt + rng.int(1, 10) * MINUTE,
        from: replyFrom(rng, slug, brand),
        subject: fill(rng.pick(t.wrap), values),
        body: fill(t.reply, values),
        to: person.address,
      },
      label,
    )
  }
  const later = start + 2 * HOUR
  const signupBrand = brands[count]!
  const mails: [string, [string, string], string][] = [
    [signupBrand, t.signup, 'own:signup'],
    ...brands
      .slice(count + 1, count + 1 + rng.int(2, 3))
      .map((b) => [b, t.optin, 'own:newsletter'] as [string, [string, string], string]),
  ]
  mails.forEach(([brand, [subject, body], source], i) => {
    const values = { brand, link: `https://${brand.toLowerCase()}.com/c/${token(rng, 20)}` }
    put(
      part,
      {
        id: `${prefix}-signup-${i}`,
        at: later + i * rng.int(20, 90) * MINUTE,
        from: `${brand} <hello@${brand.toLowerCase()}.com>`,
        subject: fill(subject, values),
        body: fill(body, values),
        to: person.address,
      },
      { ...label, source },
    )
  })
  return part
}
