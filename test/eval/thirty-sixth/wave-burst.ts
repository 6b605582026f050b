// A season burst the person caused while a wave hits them: the attacker strikes during the
// shopping evening. Each mail keeps its true label; those arriving inside the wave's span carry
// the wave's id and `burst:<kind>:inside`, the rest `burst:<kind>:around`. At most `maxImportant`
// important mails stay inside the span (a wave holds 4-6); later ones arrive after it ends.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { iso } from '../nineteenth/clock.ts'
import type { Part } from '../nineteenth/records.ts'
import { buildBurst } from './bursts/build.ts'
import type { BurstKind } from './bursts/types.ts'
import { LOOK_STEMS } from './companies.ts'
import type { Person } from './people.ts'
import { HOUR, MINUTE } from './season.ts'

export interface WaveSpan {
  waveId: string
  start: number
  end: number
}

function burstStart(rng: Random, kind: BurstKind, waveStart: number): number {
  // A checkout day runs for hours; the other bursts begin shortly before the attack.
  return kind === 'checkout'
    ? waveStart - rng.int(1, 3) * HOUR
    : waveStart - rng.int(10, 40) * MINUTE
}

export function burstInWave(
  rng: Random,
  kind: BurstKind,
  lang: Lang,
  person: Person,
  span: WaveSpan,
  maxImportant: number,
): { part: Part; importantInside: number } {
  const part = buildBurst(kind, {
    rng,
    lang,
    person,
    start: burstStart(rng, kind, span.start),
    prefix: `${span.waveId}-burst`,
    where: 'wave',
    stems: rng.shuffle(LOOK_STEMS.slice(60)),
  })
  const within = (date: string) => {
    const at = Date.parse(date)
    return at >= span.start && at <= span.end
  }
  const ordered = [...part.records].sort((a, b) => (a.date < b.date ? -1 : 1))
  let kept = 0
  let moved = 0
  for (const record of ordered) {
    const label = part.labels.get(record.id)!
    if (label.label === 'important' && within(record.date) && ++kept > maxImportant) {
      kept--
      record.date = iso(span.end + (++moved * 2 + rng.int(0, 1)) * MINUTE)
    }
    const inside = within(record.date)
    label.source = `burst:${kind}:${inside ? 'inside' : 'around'}`
    if (inside && label.label !== 'ham') label.waveId = span.waveId
  }
  return { part, importantInside: kept }
}
