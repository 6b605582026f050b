// The thirty-seventh set's labelled inboxes, all from fixed seeds: one wave per kind a-e and
// language plus a multilingual one per kind (371,000 + 101 k + 11 l), each against a persona's
// work address amid their own automated work mail; every persona's own day with its burst in
// every language (372,000 + 17 l + 5 p); and the support agent's quiet four weeks (373,000).
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import type { HamMail } from '../spam-assassin.ts'
import { loadHam } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { DAY, HOUR, MINUTE } from '../nineteenth/clock.ts'
import type { Part } from '../nineteenth/records.ts'
import { SHAPES } from './arrival.ts'
import { hamPart, insideWave } from './background.ts'
import { buildBurst } from './bursts/index.ts'
import { payloadFor } from './payloads.ts'
import { personOf, PERSONAS, QUIET_LANG, QUIET_PERSONA, type Person } from './people.ts'
import { placeItems } from './place.ts'
import { corpusPart, quietLookalikes } from './quiet.ts'
import { buildWave, type BuiltWave } from './waves.ts'
import { isWeekend, workDays } from './work/traffic.ts'

export const WINDOW = { start: Date.UTC(2026, 9, 5), days: 28 } as const
export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

function combine(name: string, kind: Scenario['kind'], seed: number, parts: readonly Part[]) {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { name, kind, seed, records, labels }
}

const dayOf = (at: number) => WINDOW.start + Math.floor((at - WINDOW.start) / DAY) * DAY

function daysBetween(from: number, to: number): number[] {
  const days: number[] = []
  for (let d = dayOf(from); d <= dayOf(to); d += DAY) days.push(d)
  return days
}

/** A weekday in working hours, or a night (21:00-03:59). */
function waveStart(rng: Random, working: boolean, drip: boolean): number {
  let day = rng.int(3, 24)
  if (!working) return WINDOW.start + day * DAY + rng.int(21, 27) * HOUR + rng.int(0, 59) * MINUTE
  if (day % 7 >= 5) day += 7 - (day % 7)
  const hour = drip ? rng.int(8, 10) : rng.int(9, 15)
  return WINDOW.start + day * DAY + hour * HOUR + rng.int(0, 59) * MINUTE
}

/** Ten working-hour waves (every language, persona and kind) strike during an own burst. */
export function hasBurst(k: number, l: number): boolean {
  return (k + l) % 2 === 0 && (l + 3 * k) % 4 === 0
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; wave: BuiltWave; person: Person } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 371_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const index = k * WAVE_LANGS.length + l
  const person = personOf(PERSONAS[(k + l) % 3]!, lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  const shape = index === 39 ? 'large' : SHAPES[index % SHAPES.length]!
  const working = (k + l) % 2 === 0
  const start = waveStart(rng, working, shape === 'drip')
  const waveId = `w37-${kind.charAt(0)}-${lang}-${shape}-${working ? 'day' : 'night'}`
  const payload = payloadFor(index, person.lang, person.first)
  const plan = { waveId, kind, lang, person, start, shape, payload, largest: index === 39 }
  const wave = buildWave(rng, plan)
  const span = { waveId, start, end: wave.end }
  const items = workDays(
    rng,
    person,
    daysBetween(start - DAY, wave.end),
    WINDOW.start,
    `${waveId}-w`,
  )
  const work = placeItems(rng, items, person, { kind: 'work', outside: 'wave-around', span })
  const parts: Part[] = [wave, work]
  if (hasBurst(k, l)) {
    const burst = buildBurst(rng, person, start - rng.int(0, 20) * MINUTE, `${waveId}-b`)
    parts.push(placeItems(rng, burst, person, { kind: 'burst', outside: 'wave-around', span }))
  }
  const importantCount = Math.max(3, rng.int(4, 6) - work.importantInside)
  parts.push(insideWave(rng, { waveId, person, start, end: wave.end, k, importantCount }))
  const range = { from: start - 2 * DAY, to: start + DAY }
  parts.push(hamPart(rng, ham, rng.int(30, 50), range, waveId, person))
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), wave, person }
}

const BURST_HOURS = { agent: [10, 15], shop: [13, 16], dev: [9, 16] } as const

export function ownScenario(ham: readonly HamMail[], l: number, p: number): Scenario {
  const lang = LANGUAGES[l]!
  const persona = PERSONAS[p]!
  const seed = 372_000 + l * 17 + p * 5
  const rng = seeded(seed)
  const person = personOf(persona, lang)
  let day = rng.int(2, 25)
  if (day % 7 >= 5) day += 7 - (day % 7)
  const [low, high] = BURST_HOURS[persona]
  const start = WINDOW.start + day * DAY + rng.int(low, high) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `o37-${persona}-${lang}`
  const items = workDays(rng, person, daysBetween(start - DAY, start), WINDOW.start, `${prefix}-w`)
  const work = placeItems(rng, items, person, { kind: 'work', outside: 'own-day' })
  const burst = placeItems(rng, buildBurst(rng, person, start, `${prefix}-b`), person, {
    kind: 'burst',
    outside: 'own-day',
  })
  const range = { from: start - DAY, to: start + 2 * DAY }
  const background = hamPart(rng, ham, rng.int(20, 35), range, prefix, person)
  return combine(`g-own ${persona} ${lang}`, 'g-own', seed, [work, burst, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 373_000
  const rng = seeded(seed)
  const person = personOf(QUIET_PERSONA, QUIET_LANG)
  const all: number[] = []
  for (let d = 0; d < WINDOW.days; d++) all.push(WINDOW.start + d * DAY)
  const items = workDays(rng, person, all, WINDOW.start, 'q37-w')
  const parts: Part[] = [
    corpusPart(rng, ham, real, person, WINDOW),
    quietLookalikes(rng, person, WINDOW),
    placeItems(rng, items, person, { kind: 'work', outside: 'quiet' }),
  ]
  // The agent's own bursts on four weekdays: two form tests, a tool sign-up afternoon, an
  // API-key hour (the kinds of the other personas, which a support agent also goes through).
  const bursts = [
    ['agent', 3],
    ['shop', 9],
    ['dev', 16],
    ['agent', 22],
  ] as const
  for (const [persona, d] of bursts) {
    const at = WINDOW.start + d * DAY + rng.int(10, 15) * HOUR
    if (isWeekend(dayOf(at), WINDOW.start)) throw new Error('quiet burst on a weekend')
    const burst = buildBurst(rng, { ...person, persona }, at, `q37-b${d}`)
    parts.push(placeItems(rng, burst, person, { kind: 'burst', persona, outside: 'quiet' }))
  }
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  const own = LANGUAGES.flatMap((_, l) => PERSONAS.map((_, p) => ownScenario(ham, l, p)))
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtySeventhScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
