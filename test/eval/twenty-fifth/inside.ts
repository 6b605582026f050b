// What arrives during a wave besides it: look-alikes from senders seen before (their earlier
// mail days ahead, `history`) and from senders new to the inbox; earlier everyday mail from a few
// of the abused companies (`prior-customer`); the person's own account activity (a sign-up, a
// newsletter, a reset, a sign-in code, each from a service new to the inbox); and a colleague thread.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS, type Company } from './companies.ts'
import { LOOK_TEXT } from './look-text/index.ts'
import { LOOK_CLASSES, lookLabel, lookSender, putLookalike, type LookClass } from './lookalike.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, put, type Part } from './records.ts'

export interface Inside {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  /** Index of the wave among its language's waves (class rotation), -1 for multilingual. */
  slot: number
  companies: readonly Company[]
}

const IMPORTANT = LOOK_CLASSES.filter((c) => c.label === 'important')
const EVERYDAY = LOOK_CLASSES.filter((c) => c.label !== 'important')

const during = (rng: Random, w: Inside) =>
  w.start + Math.max(1, Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start)))

function lookalikes(rng: Random, part: Part, w: Inside): void {
  const stems = rng.shuffle(LOOK_STEMS)
  const everyday = Array.from({ length: rng.int(6, 8) }, (_, i) => {
    const m = Math.floor(i / 2)
    const cls = w.slot < 0 ? rng.pick(EVERYDAY) : EVERYDAY[(w.slot * 3 + m) % EVERYDAY.length]!
    return { cls, known: i % 2 === 0 }
  })
  const important = Array.from({ length: rng.int(4, 6) }, (_, i) => ({
    cls: w.slot < 0 ? rng.pick(IMPORTANT) : IMPORTANT[(Math.max(0, w.slot) + i) % 4]!,
    known: i % 2 === 1,
  }))
  const all: { cls: LookClass; known: boolean }[] = [...everyday, ...important]
  all.forEach(({ cls, known }, i) => {
    const from = lookSender(rng, cls, stems[i % stems.length]!, w.person)
    const id = `${w.waveId}-look-${i}`
    const where = known ? 'wave-known' : 'wave-new'
    putLookalike(
      rng,
      part,
      cls,
      w.lang,
      w.person,
      from,
      during(rng, w),
      id,
      lookLabel(cls, w.lang, where, w.waveId),
    )
    if (!known) return
    for (let h = 0; h < rng.int(1, 3); h++) {
      const before = w.start - rng.int(2, 24) * DAY - rng.int(0, 10) * HOUR
      putLookalike(
        rng,
        part,
        cls,
        w.lang,
        w.person,
        from,
        before,
        `${id}-h${h}`,
        lookLabel(cls, w.lang, 'history'),
      )
    }
  })
}

const PRIOR = LOOK_CLASSES.filter((c) => ['newsletter', 'receipt', 'app'].includes(c.name))

function priorCustomer(rng: Random, part: Part, w: Inside): void {
  rng
    .shuffle(w.companies)
    .slice(0, rng.int(2, 4))
    .forEach((c, i) => {
      const cls = rng.pick(PRIOR)
      const from = `${c.name} <${rng.pick(['news', 'hello', 'orders'])}@${c.domain}>`
      const at = w.start - rng.int(3, 25) * DAY - rng.int(0, 12) * HOUR
      const label = {
        label: 'ham' as const,
        lang: c.lang,
        source: 'lookalike:history:prior-customer',
      }
      putLookalike(rng, part, cls, c.lang, w.person, from, at, `${w.waveId}-prior-${i}`, label)
    })
}

const ACTIVITIES = ['signup', 'optin', 'reset', 'code'] as const

function ownActivity(rng: Random, part: Part, w: Inside, which: readonly number[]): void {
  const look = LOOK_TEXT[w.lang]
  const codes = LOOK_CLASSES.find((c) => c.name === 'codes')!
  for (const a of which) {
    const kind = ACTIVITIES[a]!
    const stem = rng.pick(LOOK_STEMS)
    const brand = `${stem.charAt(0).toUpperCase()}${stem.slice(2)}ly`
    const from = `${brand} <${kind === 'optin' ? 'news' : 'no-reply'}@${brand.toLowerCase()}.app>`
    const id = `${w.waveId}-own-${kind}`
    const at = during(rng, w)
    const label = { label: 'own' as const, lang: w.lang, source: `own:${kind}` }
    if (kind === 'reset' || kind === 'code') {
      const text = look.texts.codes[kind === 'code' ? 0 : 1]!
      putLookalike(rng, part, codes, w.lang, w.person, from, at, id, label, text)
    } else {
      const [s, b] = rng.pick(kind === 'signup' ? look.signup : look.optin)
      const values = {
        brand,
        first: w.person.first,
        link: `https://${brand.toLowerCase()}.app/c/${id}`,
      }
      put(
        part,
        { id, at, from, subject: fill(s, values), body: fill(b, values), to: w.person.address },
        label,
      )
    }
  }
}

function colleague(rng: Random, part: Part, w: Inside): void {
  const look = LOOK_TEXT[w.lang]
  const contact = w.person.contacts[0]!
  const subject = `Re: ${rng.pick(look.topics)}`
  const at = during(rng, w)
  const address = /<([^>]+)>/u.exec(contact)![1]!
  const me = `${w.person.first} <${w.person.address}>`
  put(
    part,
    {
      id: `${w.waveId}-life-sent`,
      at,
      from: me,
      to: address,
      subject,
      body: rng.pick(look.sentLine),
      sent: true,
    },
    { label: 'own', lang: w.lang, source: 'life:sent' },
  )
  const answer = rng
    .pick(look.texts.people)[1]
    .replace('{time}', '14:00')
    .replace('{other}', contact.split(' ')[0]!)
    .replace('{first}', w.person.first)
  put(
    part,
    {
      id: `${w.waveId}-life-reply`,
      at: at + rng.int(4, 40) * MINUTE,
      from: contact,
      to: w.person.address,
      subject,
      body: answer,
    },
    { label: 'ham', lang: w.lang, source: 'life:colleague' },
  )
}

export function insideWave(rng: Random, w: Inside, index: number, withPrior: boolean): Part {
  const part = emptyPart()
  lookalikes(rng, part, w)
  if (withPrior) priorCustomer(rng, part, w)
  ownActivity(rng, part, w, [index % 4, (index + 1) % 4])
  colleague(rng, part, w)
  return part
}
