// One everyday look-alike mail the person wants, with what its class needs around it: the
// person's sent mail before an out-of-office or a ticket reply, and the earlier mail of a sender
// the inbox already knows.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { cap, LOOK_STEMS } from './companies.ts'
import { LOOK_TEXT, labelOf, type LookClass } from './look/index.ts'
import { lookValues, whoOf } from './look-values.ts'
import { dress } from './openings.ts'
import type { Person } from './people.ts'
import { fill, put, type Part } from './records.ts'

export type Where = 'quiet' | 'wave-known' | 'wave-new'

export interface LookSpec {
  cls: LookClass
  lang: Lang
  at: number
  where: Where
  id: string
  person: Person
  waveId?: string
  /** Which of the class's texts (wraps). */
  text?: number
}

/** Written by people or helpdesk agents: no marketing opening before the message. */
const PLAIN: readonly LookClass[] = ['person', 'ooo', 'ticket-reply']

function senderOf(rng: Random, spec: LookSpec, brand: string, domain: string, who: string): string {
  const first = who.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
  if (spec.cls === 'person') {
    const contact = rng.chance(0.5) ? spec.person.friend : spec.person.colleague
    return `${contact.name} <${contact.address}>`
  }
  if (spec.cls === 'ooo') return `${who} <${first}@${domain}>`
  if (spec.cls === 'ticket-reply') return `${brand} Support <support@${domain}>`
  if (rng.chance(0.1)) return brand
  return `${brand} <${rng.pick(['noreply', 'notifications', 'hello', 'info'])}@${domain}>`
}

/** Puts the mail (and its sent mail and history) in the part; returns its sender row. */
export function putLook(rng: Random, part: Part, spec: LookSpec): string {
  const stem = rng.pick(LOOK_STEMS)
  const brand = cap(stem)
  const domain = `${stem}.${rng.pick(['com', 'app', 'net', 'eu'])}`
  const look = LOOK_TEXT[spec.lang]
  const texts = look.texts[spec.cls]
  const index = spec.text ?? rng.int(0, texts.length - 1)
  const text = texts[index % texts.length]!
  const subj = rng.pick(look.sent)
  const values = lookValues(rng, spec.lang, spec.at, {
    brand,
    domain,
    name: spec.person.first,
    subj,
  })
  let sender = whoOf(rng, spec.lang)
  while (sender === values.who) sender = whoOf(rng, spec.lang)
  const from = senderOf(rng, spec, brand, domain, sender)
  const address = /<([^>]+)>/u.exec(from)?.[1]
  if ((spec.cls === 'ooo' || spec.cls === 'ticket-reply') && address) {
    const before = spec.cls === 'ooo' ? rng.int(1, 30) * HOUR : rng.int(2, 9) * DAY
    put(
      part,
      {
        id: `${spec.id}-sent`,
        at: spec.at - before,
        from: `${spec.person.first} ${spec.person.last} <${spec.person.address}>`,
        to: address,
        subject: subj,
        text: fill(look.sentBody, values),
        sent: true,
        full: true,
      },
      { label: 'ham', lang: spec.lang, source: `sent:${spec.cls}` },
    )
  }
  const label: MailLabel = {
    label: labelOf(spec.cls),
    lang: spec.lang,
    source: `lookalike:${spec.where}:${spec.cls}`,
    ...(spec.waveId ? { waveId: spec.waveId } : {}),
  }
  const dressed = PLAIN.includes(spec.cls)
    ? { full: rng.chance(0.34) }
    : dress(rng, spec.lang, { brand, name: spec.person.first, domain })
  put(
    part,
    {
      id: spec.id,
      at: spec.at,
      from,
      to: spec.person.address,
      subject: fill(text.subject, values),
      text: fill(text.body, values),
      ...dressed,
    },
    label,
  )
  if (spec.where === 'wave-known') {
    const count = rng.int(1, 2)
    for (let h = 0; h < count; h++) {
      const earlier = spec.at - rng.int(3, 26) * DAY - rng.int(0, 600) * MINUTE
      const other = texts[(index + 1 + h) % texts.length]!
      const v = lookValues(rng, spec.lang, earlier, {
        brand,
        domain,
        name: spec.person.first,
        subj,
      })
      put(
        part,
        {
          id: `${spec.id}-h${h}`,
          at: earlier,
          from,
          to: spec.person.address,
          subject: fill(other.subject, v),
          text: fill(other.body, v),
          ...dress(rng, spec.lang, { brand, name: spec.person.first, domain }),
        },
        {
          label: labelOf(spec.cls),
          lang: spec.lang,
          source: `lookalike:history:${spec.cls}`,
        },
      )
    }
  }
  return from
}
