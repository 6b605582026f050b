// The fifteenth set's labelled inboxes, all from fixed seeds (151,000-153,000): for every wave
// kind a-e one wave per language and one multilingual, each in a background inbox; one burst the
// person caused per language; one quiet inbox of three weeks. Pure given the ham and real mail,
// so the unit test can run it on a stub.
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { hamPart, importantAround, notesPart } from './background.ts'
import { DAY, FIFTEENTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { buildOwn, type OwnShape } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayInbox, hamInbox, realInbox } from './quiet.ts'
import type { Part } from './records.ts'
import { buildWave, type PayloadMode, type Timing, type WaveShape } from './waves/index.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
const SPANS = [3, 6, 10, 18, 25, 40, 60, 90]
const MODES: readonly PayloadMode[] = ['none', 'varied', 'same']
const TIMINGS: readonly Timing[] = ['burst-tail', 'two-bursts', 'even']

function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { name, kind, seed, records, labels }
}

function startIn(rng: Random, firstDay: number, lastDay: number): number {
  return (
    FIFTEENTH_WINDOW.start +
    rng.int(firstDay, lastDay) * DAY +
    rng.int(6, 21) * HOUR +
    rng.int(0, 59) * MINUTE
  )
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 151_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const multi = lang === 'multi'
  const person = PEOPLE[multi ? rng.pick(LANGUAGES) : lang]
  const start = startIn(rng, 3, 17)
  const waveId = `fifteenth-${kind[0]}-${lang}`
  const wave = buildWave(rng, {
    waveId,
    kind,
    langs: multi ? LANGUAGES : [lang],
    start,
    spanMinutes: SPANS[(k * 3 + l) % SPANS.length]!,
    companies: multi
      ? rng.int(60, 105)
      : rng.int(kind === 'e-mixed' ? 30 : 22, kind === 'e-mixed' ? 44 : 34),
    mode: MODES[(k * 8 + l) % MODES.length]!,
    timing: TIMINGS[(k + l) % TIMINGS.length]!,
    to: person.address,
  })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, person.lang, start, wave.end, waveId, person)
  const notes = notesPart(rng, person, start - 2 * DAY, start + DAY, waveId)
  const scenario = combine(`${kind} ${lang}`, kind, seed, [wave, background, important, notes])
  return { scenario, shape: wave }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 152_000 + l * 19
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = startIn(rng, 2, 12)
  const prefix = `fifteenth-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    start - DAY,
    start + 7 * DAY,
    prefix,
    person,
  )
  const notes = notesPart(rng, person, start - DAY, start + 7 * DAY, prefix)
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background, notes]), shape: own }
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 153_000
  const rng = seeded(seed)
  const parts = [
    hamInbox(rng, ham, QUIET_PERSON),
    realInbox(rng, real, QUIET_PERSON),
    everydayInbox(rng, QUIET_PERSON),
  ]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  const own = LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario)
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham and the real corpus the shared harness loads. */
export async function allFifteenthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
