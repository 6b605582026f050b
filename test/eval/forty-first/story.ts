// The fraud a wave is meant to bury: one story per wave scenario (a persona's two stories take
// turns), its alerts placed before the wave, in its first minute, in its middle, near its end
// or shortly after, rotating patterns so every position occurs. Labelled `important`, with the
// wave's id when the alert arrives inside the wave's span.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { emptyPart, put, type Part } from '../nineteenth/records.ts'
import { MINUTE } from './clock.ts'
import { alertMail, alertValues, providerFrom, senderRow } from './alerts.ts'
import type { Person } from './people.ts'
import { provider, STORIES } from './providers.ts'
import type { FortyFirstLabel, Position } from './types.ts'

/** Non-decreasing in time, so the story keeps its order; read up to the story's length. */
const PATTERNS: readonly (readonly Position[])[] = [
  ['before', 'first-minute', 'middle', 'end', 'after', 'after'],
  ['first-minute', 'middle', 'end', 'end', 'after', 'after'],
  ['before', 'before', 'first-minute', 'middle', 'end', 'after'],
  ['middle', 'middle', 'end', 'after', 'after', 'after'],
  ['before', 'middle', 'middle', 'end', 'after', 'after'],
  ['first-minute', 'first-minute', 'middle', 'end', 'end', 'after'],
  ['end', 'end', 'after', 'after', 'after', 'after'],
]

function timeAt(rng: Random, position: Position, start: number, end: number): number {
  const span = Math.max(MINUTE, end - start)
  switch (position) {
    case 'before':
      return start - rng.int(3, 30) * MINUTE - rng.int(0, 59) * 1_000
    case 'first-minute':
      return start + rng.int(5, 55) * 1_000
    case 'middle':
      return start + Math.floor(span * (0.35 + 0.3 * rng.next()))
    case 'end':
      return start + Math.floor(span * (0.88 + 0.1 * rng.next()))
    default:
      return end + rng.int(4, 120) * MINUTE
  }
}

export interface CoverPlan {
  index: number
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
}

const INSIDE = new Set<Position>(['first-minute', 'middle', 'end'])

export function coverStory(rng: Random, plan: CoverPlan): Part {
  const part = emptyPart()
  const stories = STORIES[plan.person.kind]
  const story = stories[Math.floor(plan.index / 4) % stories.length]!
  const pattern = PATTERNS[plan.index % PATTERNS.length]!
  const positions = pattern.slice(0, story.length)
  const times = positions
    .map((p) => Math.floor(timeAt(rng, p, plan.start, plan.end) / 1_000) * 1_000)
    .sort((a, b) => a - b)
  story.forEach((step, i) => {
    const prov = provider(step.sector, plan.lang)
    const row = senderRow(rng)
    const at = times[i]!
    const values = alertValues(rng, plan.lang, plan.person, prov, at, 'fraud')
    const base = {
      id: `${plan.waveId}-cover-${i}`,
      at,
      from: providerFrom(rng, prov, row),
      to: plan.person.address,
    }
    const label: FortyFirstLabel = {
      label: 'important',
      lang: plan.lang,
      source: `cover:${step.sector}`,
      alert: step.alert,
      position: positions[i]!,
      history: prov.history ? 'with' : 'without',
      senderRow: row,
      persona: plan.person.kind,
    }
    if (INSIDE.has(positions[i]!)) label.waveId = plan.waveId
    put(part, alertMail(step.alert, values, plan.lang, base), label)
  })
  return part
}
