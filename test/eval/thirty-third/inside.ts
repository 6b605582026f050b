// Mail the person wants that arrives inside a wave: look-alikes from known senders (their
// earlier mail in the inbox) and from new ones, 3-6 of them important, a third in the
// household's other language; for a shop owner, shop notices (and on some days a sale morning);
// for some waves, earlier everyday mail from a few of the abused companies (prior customer).
import type { Random } from '../prng.ts'
import { put, emptyPart, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR } from './clock.ts'
import type { Company } from './companies.ts'
import type { AnyLang, Person } from './langs.ts'
import { renderLook } from './look/index.ts'
import { placeLook } from './look/place.ts'
import { LOOK_CLASSES, labelOf, type LookClass } from './look/types.ts'
import { saleMorning, shopMail } from './shop/index.ts'
import type { ShopKind } from './shop/texts.ts'

const IMPORTANT = LOOK_CLASSES.filter((c) => labelOf(c) === 'important')
const EVERYDAY = LOOK_CLASSES.filter((c) => labelOf(c) !== 'important')
type Where = 'wave-known' | 'wave-new'
const QUIET_SHOP: readonly ShopKind[] = [
  'new-order',
  'low-stock',
  'contact-form',
  'review',
  'marketplace',
]

export interface Inside {
  waveId: string
  index: number
  person: Person
  start: number
  end: number
  abused: readonly Company[]
}

export function insideWave(rng: Random, w: Inside): Part {
  const part = emptyPart()
  const within = () => w.start + 1 + Math.floor(rng.next() * Math.max(1, w.end - w.start - 2))
  const shopImportant = w.person.shop && rng.chance(0.5) ? 1 : 0
  const k = Math.floor(w.index / 8)
  // Across the five waves of a language, the person-language slots cover every class in both
  // placements; the household language and the rest fill up to 10-12, 3-6 of them important.
  const slots: [LookClass, AnyLang, Where][] = [0, 1, 2].flatMap((j) => {
    const cls = LOOK_CLASSES[(k * 3 + j) % LOOK_CLASSES.length]!
    return [
      [cls, w.person.lang, 'wave-known'],
      [cls, w.person.lang, 'wave-new'],
    ] as [LookClass, AnyLang, Where][]
  })
  let important = slots.filter(([c]) => labelOf(c) === 'important').length
  for (let i = 0; important < 3; i++, important++)
    slots.push([
      IMPORTANT[(w.index + i) % IMPORTANT.length]!,
      w.person.other,
      i % 2 ? 'wave-new' : 'wave-known',
    ])
  const count = rng.int(10, 12)
  for (let i = 0; slots.length < count; i++)
    slots.push([
      EVERYDAY[(w.index * 5 + i) % EVERYDAY.length]!,
      i < 3 ? w.person.other : w.person.lang,
      i % 2 ? 'wave-known' : 'wave-new',
    ])
  rng.shuffle(slots).forEach(([cls, lang, where], i) => {
    placeLook(rng, part, `${w.waveId}-look${i}`, cls, lang, within(), w.person, {
      where,
      waveId: w.waveId,
      historyDays: 25,
    })
  })
  if (w.person.shop) {
    for (let i = 0; i < rng.int(2, 3); i++)
      shopMail(
        rng,
        part,
        `${w.waveId}-shop${i}`,
        rng.pick(QUIET_SHOP),
        w.person.lang,
        within(),
        w.person,
      )
    if (shopImportant)
      shopMail(
        rng,
        part,
        `${w.waveId}-shopi`,
        'payout',
        w.person.lang,
        within(),
        w.person,
        w.waveId,
      )
    if (w.index % 4 === 1)
      saleMorning(rng, part, w.waveId, w.start - 10 * 60_000, w.person, rng.int(10, 30))
  }
  if (w.index % 3 === 0)
    w.abused.slice(0, rng.int(3, 5)).forEach((c, i) => {
      const at = w.start - rng.int(5, 25) * DAY - rng.int(0, 12) * HOUR
      const cls = rng.pick(['newsletter', 'app', 'booking'] as const)
      const text = renderLook(rng, cls, w.person.lang, { brand: c.name, first: w.person.first, at })
      put(
        part,
        {
          id: `${w.waveId}-prior${i}`,
          at,
          from: `${c.name} <info@${c.domain}>`,
          ...text,
          to: w.person.address,
        },
        { label: 'ham', lang: w.person.lang, source: 'lookalike:history:prior-customer' },
      )
    })
  return part
}
