// What surrounds a wave: SpamAssassin ham over the days around it; everyday look-alikes inside
// its span from senders seen before (their earlier mail days ahead) and from new senders, 3-6 of
// them important; earlier mail from a few of the abused companies (prior customer); and, in some
// scenarios, credential-stuffing alerts arriving during the wave.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS, SERVICES } from './companies.ts'
import { putLook } from './look/index.ts'
import { EVERYDAY_CLASSES, IMPORTANT_CLASSES, type LookClass } from './look/types.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'
import type { BuiltWave } from './waves.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  span: [number, number],
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const label: MailLabel = { label: 'ham', source: hamSource(mail) }
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at: span[0] + Math.floor(rng.next() * (span[1] - span[0])),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      label,
    )
  }
  return part
}

export interface Inside {
  wave: BuiltWave
  lang: Lang
  /** Rotates the classes so every class meets every language and placement. */
  offset: number
  priorCustomer: boolean
}

/** Look-alikes inside the wave's span, with the known senders' earlier mail. */
export function insideWave(rng: Random, part: Part, w: Inside): void {
  const { plan, end } = w.wave
  const taken = new Set(w.wave.companyList.map((c) => c.stem))
  const brands = rng.shuffle(LOOK_STEMS.filter((s) => !taken.has(s)))
  // Classes in pairs, one from a known sender and one from a new one, rotating with the offset so
  // every class meets every language in both placements.
  const pick = (list: readonly LookClass[], count: number) =>
    Array.from({ length: count }, (_, j) => list[(2 * w.offset + Math.floor(j / 2)) % list.length]!)
  const important = pick(IMPORTANT_CLASSES, rng.int(4, 6))
  const everyday = pick(EVERYDAY_CLASSES, rng.int(4, 6))
  ;[...important, ...everyday].forEach((cls, i) => {
    const known = (i < important.length ? i : i - important.length) % 2 === 0
    const brand = brands[i % brands.length]!
    const id = `${plan.waveId}-look-${i}`
    const at = plan.start + Math.floor(rng.next() * Math.max(MINUTE, end - plan.start))
    const where = known ? 'wave-known' : 'wave-new'
    const base = { cls, lang: w.lang, person: plan.person, brand, text: i + w.offset }
    const sent: MailLabel = { label: 'ham', lang: w.lang, source: `lookalike:sent:${cls}` }
    putLook(rng, part, { ...base, at, id, where, waveId: plan.waveId }, sent)
    if (known)
      for (let h = 0; h < rng.int(1, 2); h++)
        putLook(rng, part, {
          ...base,
          at: plan.start - rng.int(2, 20) * DAY - rng.int(1, 10) * HOUR,
          id: `${id}-h${h}`,
          where: 'history',
          text: i + h,
        })
  })
  if (!w.priorCustomer) return
  w.wave.companyList.slice(0, rng.int(2, 4)).forEach((c, i) =>
    putLook(rng, part, {
      cls: rng.pick(['order', 'newsletter', 'receipt'] as const),
      lang: c.lang,
      person: plan.person,
      brand: c.name,
      at: plan.start - rng.int(4, 25) * DAY - rng.int(0, 10) * HOUR,
      id: `${plan.waveId}-prior-${i}`,
      where: 'history',
      history: 'prior-customer',
      text: i,
    }),
  )
}

/** Services for a burst: some the inbox knows, some new. */
export function burstServices(rng: Random, count: number): string[] {
  return rng.shuffle(SERVICES).slice(0, count)
}
