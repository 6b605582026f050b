// Labels the persona's work mail and own bursts by where they sit: on their own day (g-own), in
// the quiet inbox, inside a wave's span (carrying its id) or around it. At most two important
// work mails stay inside a wave's span (the rest move to just after it), so with the important
// look-alikes every wave holds 4-6 important mails.
import type { Random } from '../prng.ts'
import { MINUTE } from '../nineteenth/clock.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import type { Person, Persona } from './people.ts'
import type { WorkItem } from './work/common.ts'

export const WORK_PLACES = ['own-day', 'quiet', 'wave-inside', 'wave-around'] as const
export type WorkPlace = (typeof WORK_PLACES)[number]

export interface Span {
  waveId: string
  start: number
  end: number
}

export interface Placed extends Part {
  /** Important mails left inside the span. */
  importantInside: number
}

export function placeItems(
  rng: Random,
  items: readonly WorkItem[],
  person: Person,
  how: { kind: 'work' | 'burst'; persona?: Persona; outside: WorkPlace; span?: Span },
  maxImportant = 2,
): Placed {
  const part = emptyPart()
  const { span } = how
  let importantInside = 0
  const sorted = [...items].sort((a, b) => a.mail.at - b.mail.at)
  for (const item of sorted) {
    let at = item.mail.at
    let inside = span !== undefined && at >= span.start && at <= span.end
    if (inside && item.label === 'important') {
      if (importantInside >= maxImportant) {
        at = span!.end + rng.int(3, 40) * MINUTE
        inside = false
      } else importantInside++
    }
    const where: WorkPlace = inside ? 'wave-inside' : how.outside
    const persona = how.persona ?? person.persona
    put(
      part,
      { ...item.mail, at },
      {
        label: item.label,
        lang: person.lang,
        source: `${how.kind}:${persona}:${where}:${item.cls}`,
        ...(inside ? { waveId: span!.waveId } : {}),
      },
    )
  }
  return { ...part, importantInside }
}
