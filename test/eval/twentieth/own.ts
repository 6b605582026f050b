// A burst the person caused, per language: 8-12 mails sent to companies' own addresses within an
// hour, each answered 1-10 minutes later (from the company's domain, its Zendesk or Freshdesk
// subdomain, or a sister brand's helpdesk) with the sent subject in a wrapper; one sign-up with no
// wave around it; two or three newsletters subscribed to the same day. All labelled own.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { pickCompanies, sisterOf, type Company } from './companies.ts'
import type { Family } from './inhouse/types.ts'
import { OWN_TOPICS, WRAPPERS } from './own-texts.ts'
import type { Person } from './people.ts'
import { add, digits, emptyPart, fill, type Part } from './records.ts'
import { senderRow, senderShape, type SenderRow } from './senders.ts'
import { values } from './wave-values.ts'
import { sourcesFor, WordingPicker } from './wave-words.ts'

function replyRow(rng: Random, c: Company): SenderRow {
  const support = `support@${c.domain}`
  switch (rng.int(0, 4)) {
    case 0:
      return {
        shape: 'hosted',
        from: `${c.name} <support@${c.slug}.zendesk.com>`,
        host: `${c.slug}.zendesk.com`,
        support,
      }
    case 1:
      return {
        shape: 'hosted',
        from: `${c.name} Support <support@${c.slug}.freshdesk.com>`,
        host: `${c.slug}.freshdesk.com`,
        support,
      }
    case 2: {
      const s = sisterOf(rng, c)
      return {
        shape: 'own',
        from: `${s.name} Help <help@${s.domain}>`,
        host: `help.${s.domain}`,
        support,
      }
    }
    default:
      return { shape: 'own', from: `${c.name} <${support}>`, host: `www.${c.domain}`, support }
  }
}

function label(lang: Lang, source: string, family?: Family, product?: string): MailLabel {
  return family ? { label: 'own', lang, family, product, source } : { label: 'own', lang, source }
}

export function buildOwn(
  rng: Random,
  lang: Lang,
  person: Person,
  start: number,
  prefix: string,
): Part {
  const part = emptyPart()
  const count = rng.int(8, 12)
  const companies = pickCompanies(rng, count + 4, () => lang)
  const picker = new WordingPicker(rng)
  const sources = sourcesFor(rng, count + 4)
  const name = `${person.first} ${person.last}`
  companies.slice(0, count).forEach((c, i) => {
    const sentAt = start + Math.floor(rng.next() * 58 * MINUTE)
    const [topic, text] = rng.pick(OWN_TOPICS[lang])
    const filled = { order: `${digits(rng, 3)}-${digits(rng, 6)}`, name: person.first }
    const subject = fill(topic, filled)
    const body = fill(text, filled)
    add(
      part,
      {
        id: `${prefix}-sent-${i}`,
        at: sentAt,
        from: `${name} <${person.address}>`,
        to: `support@${c.domain}`,
        subject,
        body,
        sent: true,
      },
      label(lang, 'own:sent'),
    )
    const row = replyRow(rng, c)
    const at = sentAt + rng.int(60, 600) * 1000
    const chosen = picker.pick('helpdesk', lang, sources[i]!)
    const v = values(rng, c, row, 'helpdesk', at, person, {
      name: person.first,
      topic: subject,
      message: body,
    })
    add(
      part,
      {
        id: `${prefix}-reply-${i}`,
        at,
        from: row.from,
        to: person.address,
        subject: fill(rng.pick(WRAPPERS[lang]), { ...v, subject }),
        body: fill(chosen.wording.body, v),
      },
      { ...label(lang, 'own:reply', 'helpdesk', chosen.product), sender: row.shape },
    )
  })
  const later: [Family, string, number][] = [
    ['verification', 'own:signup', start - rng.int(2, 5) * HOUR],
    ...Array.from({ length: rng.int(2, 3) }, (_, j): [Family, string, number] => [
      'subscription',
      'own:newsletter',
      start + rng.int(2, 6) * HOUR + j * 17 * MINUTE,
    ]),
  ]
  later.forEach(([family, source, at], j) => {
    const c = companies[count + j]!
    const row = senderRow(rng, c, family, senderShape(rng))
    const chosen = picker.pick(family, lang, sources[count + j]!)
    const v = values(rng, c, row, family, at, person, {
      name: person.first,
      topic: '',
      message: '',
    })
    add(
      part,
      {
        id: `${prefix}-${source.slice(4)}-${j}`,
        at,
        from: row.from,
        to: person.address,
        subject: fill(chosen.wording.subject, v),
        body: fill(chosen.wording.body, v),
      },
      { ...label(lang, source, family, chosen.product), sender: row.shape },
    )
  })
  return part
}
