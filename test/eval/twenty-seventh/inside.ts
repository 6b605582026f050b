// Everything the person receives while a wave runs: everyday look-alikes from senders the inbox
// knows and from new ones (3-6 of them important), the person's own sign-in codes and resets
// from services of three kinds (ordinary mail before, one earlier code before, nothing before),
// a colleague thread, and earlier everyday mail from a few of the abused companies.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, MINUTE } from './clock.ts'
import { cap, LOOK_STEMS, type Company } from './companies.ts'
import { LOOK_CLASS_NAMES, LOOK_TEXT, labelOf, type LookClass } from './look/index.ts'
import { lookValues } from './look-values.ts'
import { putLook } from './lookalike.ts'
import { dress } from './openings.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, put, type Part } from './records.ts'

export const IMPORTANT: readonly LookClass[] = LOOK_CLASS_NAMES.filter(
  (c) => labelOf(c) === 'important',
)
export const EVERYDAY: readonly LookClass[] = LOOK_CLASS_NAMES.filter(
  (c) => labelOf(c) !== 'important',
)

export interface WaveWindow {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  /** Which wave of this language it is (0-4 for a single-language wave), for class rotation. */
  ordinal: number
  companies: readonly Company[]
  priorCustomers: boolean
}

const ACCESS_KINDS = ['prior-mail', 'prior-code', 'new'] as const

function accessMails(rng: Random, part: Part, w: WaveWindow, at: (r: Random) => number): void {
  const look = LOOK_TEXT[w.lang]
  const stems = rng.shuffle(LOOK_STEMS)
  for (const [a, kind] of ACCESS_KINDS.entries()) {
    const stem = stems[a]!
    const brand = cap(stem)
    // top-level domains no other mail of a wave scenario uses: a new service is new to the inbox
    const domain = `${stem}.${rng.pick(['io', 'id', 'me'])}`
    const from = rng.chance(0.2)
      ? `${brand}`
      : `${brand} <${rng.pick(['security', 'account', 'noreply'])}@${domain}>`
    const base = { brand, domain, name: w.person.first }
    const id = `${w.waveId}-acc-${kind}`
    if (kind !== 'new') {
      const earlier = w.start - rng.int(2, 26) * DAY - rng.int(0, 900) * MINUTE
      const cls: LookClass =
        kind === 'prior-code' ? 'own-code' : rng.pick(['newsletter', 'receipt'])
      const text = rng.pick(look.texts[cls])
      const v = lookValues(rng, w.lang, earlier, base)
      // ordinary mail comes from the service's newsletter address, a code from the same sender
      const earlierFrom =
        kind === 'prior-mail' && from.includes('<') ? `${brand} <news@${domain}>` : from
      put(
        part,
        {
          id: `${id}-h`,
          at: earlier,
          from: earlierFrom,
          to: w.person.address,
          subject: fill(text.subject, v),
          text: fill(text.body, v),
          ...dress(rng, w.lang, base),
        },
        {
          label: kind === 'prior-code' ? 'own' : 'ham',
          lang: w.lang,
          source: `own-access-history:${kind}`,
        },
      )
    }
    const text = rng.pick(look.texts['own-code'])
    const when = at(rng)
    const v = lookValues(rng, w.lang, when, base)
    put(
      part,
      {
        id,
        at: when,
        from,
        to: w.person.address,
        subject: fill(text.subject, v),
        text: fill(text.body, v),
        ...dress(rng, w.lang, base, 0.3),
      },
      { label: 'own', lang: w.lang, waveId: w.waveId, source: `own-access:${kind}` },
    )
  }
}

function colleagueThread(rng: Random, part: Part, w: WaveWindow, at: (r: Random) => number): void {
  const look = LOOK_TEXT[w.lang]
  const person = w.person
  const first = at(rng)
  const text = look.texts.person[2]!
  const v = lookValues(rng, w.lang, first, { name: person.first, who: person.first })
  const subject = fill(text.subject, v).replace(/^(Re|RE|R|AW): /u, '')
  put(
    part,
    {
      id: `${w.waveId}-live-sent`,
      at: first,
      from: `${person.first} ${person.last} <${person.address}>`,
      to: person.colleague.address,
      subject,
      text: fill(look.sentBody, v),
      sent: true,
      full: true,
    },
    { label: 'ham', lang: w.lang, source: 'living:sent' },
  )
  const reply = fill(text.body, { ...v, who: person.colleague.name.split(' ')[0]! })
  put(
    part,
    {
      id: `${w.waveId}-live-reply`,
      at: first + rng.int(4, 25) * MINUTE,
      from: `${person.colleague.name} <${person.colleague.address}>`,
      to: person.address,
      subject: `Re: ${subject}`,
      text: reply,
    },
    { label: 'ham', lang: w.lang, source: 'living:colleague' },
  )
}

function priorCustomer(rng: Random, part: Part, w: WaveWindow): void {
  const classes: LookClass[] = ['newsletter', 'app-notice', 'notice']
  for (const [i, c] of rng.shuffle(w.companies).slice(0, rng.int(2, 4)).entries()) {
    const at = w.start - rng.int(4, 25) * DAY - rng.int(0, 600) * MINUTE
    const text = rng.pick(LOOK_TEXT[c.lang].texts[rng.pick(classes)])
    const base = { brand: c.name, domain: c.domain, name: w.person.first }
    const v = lookValues(rng, c.lang, at, base)
    put(
      part,
      {
        id: `${w.waveId}-prior-${i}`,
        at,
        from: `${c.name} <${rng.pick(['news', 'info', 'hello'])}@${c.domain}>`,
        to: w.person.address,
        subject: fill(text.subject, v),
        text: fill(text.body, v),
        ...dress(rng, c.lang, base),
      },
      { label: 'ham', lang: c.lang, source: 'lookalike:history:prior-customer' },
    )
  }
}

/** Rotating picks so every class meets every language and placement over a language's waves. */
const rotate = <T>(list: readonly T[], from: number, count: number): T[] =>
  Array.from({ length: count }, (_, i) => list[(from + i) % list.length]!)

export function insideWave(rng: Random, w: WaveWindow): Part {
  const part = emptyPart()
  const at = (r: Random) =>
    w.start + MINUTE + Math.floor(r.next() * Math.max(1, w.end - w.start - 2 * MINUTE))
  const important = rng.int(3, 6)
  const known = Math.ceil(important / 2)
  const plan: [LookClass, 'wave-known' | 'wave-new'][] = [
    ...rotate(IMPORTANT, w.ordinal * 2, known).map(
      (c) => [c, 'wave-known'] as [LookClass, 'wave-known'],
    ),
    ...rotate(IMPORTANT, w.ordinal, important - known).map(
      (c) => [c, 'wave-new'] as [LookClass, 'wave-new'],
    ),
    ...rotate(EVERYDAY, w.ordinal * 3, 3).map(
      (c) => [c, 'wave-known'] as [LookClass, 'wave-known'],
    ),
    ...rotate(EVERYDAY, w.ordinal * 3 + 5, 3).map(
      (c) => [c, 'wave-new'] as [LookClass, 'wave-new'],
    ),
  ]
  for (const [i, [cls, where]] of plan.entries())
    putLook(rng, part, {
      cls,
      lang: w.lang,
      at: at(rng),
      where,
      id: `${w.waveId}-look-${i}`,
      person: w.person,
      waveId: w.waveId,
    })
  accessMails(rng, part, w, at)
  colleagueThread(rng, part, w, at)
  if (w.priorCustomers) priorCustomer(rng, part, w)
  return part
}
