// The look-alikes of a wave scenario and of the quiet inbox. Inside each wave: all twelve
// classes, alternating between senders with history (1-2 earlier mails of theirs sit 2-20 days
// before) and senders new to the inbox, the alternation shifted per scenario so that, over a
// language's five waves, every class sits inside a wave from both. Quiet: every class x language.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { lookLabel, lookMails, lookSender, type LookUse } from './look.ts'
import type { Person } from './people.ts'
import { LOOK_CLASSES, type FortyFirstLabel, type LookClass, type Placement } from './types.ts'

function putUse(rng: Random, part: Part, use: LookUse, where: Placement, waveId?: string): void {
  for (const { mail, label } of lookMails(rng, use)) {
    if (label === 'main') put(part, mail, lookLabel(use.cls, use.lang, where, waveId))
    else {
      const sent: FortyFirstLabel = {
        label: 'own',
        lang: use.lang,
        source: `lookalike-sent:${use.cls}`,
        placement: where,
      }
      put(part, mail, sent)
    }
  }
}

export interface InsidePlan {
  index: number
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
}

/** History of a known sender: the same class, or its shop's newsletter for ticket classes. */
function historyClass(cls: LookClass): LookClass {
  return cls.startsWith('ticket') ? 'newsletter' : cls
}

export function insideLookalikes(rng: Random, plan: InsidePlan): Part {
  const part = emptyPart()
  LOOK_CLASSES.forEach((cls, i) => {
    // Shifted by the kind too (index / 8), or one language's waves would all share a parity.
    const known = (i + plan.index + Math.floor(plan.index / 8)) % 2 === 0
    const stem = LOOK_STEMS[(plan.index * 12 + i) % LOOK_STEMS.length]!
    const from = lookSender(rng, cls, stem, plan.lang)
    const at = plan.start + Math.floor(rng.next() * Math.max(MINUTE, plan.end - plan.start))
    const id = `${plan.waveId}-look-${i}`
    const base = { lang: plan.lang, person: plan.person, from }
    putUse(rng, part, { ...base, cls, at, id }, known ? 'wave-known' : 'wave-new', plan.waveId)
    if (!known) return
    for (let h = 0; h < rng.int(1, 2); h++) {
      const before = plan.start - rng.int(2, 20) * DAY - rng.int(0, 10) * HOUR
      putUse(
        rng,
        part,
        { ...base, cls: historyClass(cls), at: before, id: `${id}-h${h}` },
        'history',
      )
    }
  })
  return part
}

/** Every class in every language, `times` each, spread over the window. */
export function quietLookalikes(
  rng: Random,
  person: Person,
  start: number,
  days: number,
  times: number,
): Part {
  const part = emptyPart()
  let n = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES)
      for (let t = 0; t < times; t++) {
        const stem = LOOK_STEMS[n % LOOK_STEMS.length]!
        const at =
          start + rng.int(10, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
        const use = {
          cls,
          lang,
          person,
          from: lookSender(rng, cls, stem, lang),
          at,
          id: `q41-look-${n++}`,
        }
        putUse(rng, part, use, 'quiet')
      }
  return part
}
