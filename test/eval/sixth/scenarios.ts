// The sixth set's labelled inboxes, all from fixed seeds (61,000–63,000): for every wave kind a–e
// one wave per language (seven harness languages, Swedish and Polish) and one multilingual, each
// in a background inbox; one burst the person caused per language; one quiet inbox of three
// weeks. Pure given the ham list and real corpus, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { WAVE_KINDS, type MailLabel, type Scenario } from '../types.ts'
import { hamPart, importantAround } from './background.ts'
import { DAY, HOUR, MINUTE, SIXTH_WINDOW } from './clock.ts'
import { SIXTH_LANGS, type SixthLang } from './langs.ts'
import { buildOwn, type OwnShape } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { quietPart } from './quiet/index.ts'
import type { Part } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (SixthLang | 'multi')[] = [...SIXTH_LANGS, 'multi']

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

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 61_000 + k * 97 + l * 11
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(SIXTH_LANGS) : lang]
  const start =
    SIXTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `sixth-${kind[0]}-${lang}`
  const wave = buildWave(rng, { waveId, kind, lang, start, person })
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
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, background, important]),
    shape: wave,
  }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = SIXTH_LANGS[l]!
  const seed = 62_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    SIXTH_WINDOW.start + rng.int(2, 12) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `sixth-g-${lang}`
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
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background]), shape: own }
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 63_000
  return combine('h-quiet', 'h-quiet', seed, [quietPart(seeded(seed), ham, real, QUIET_PERSON)])
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  const own = SIXTH_LANGS.map((_, l) => ownScenarioWithShape(ham, l).scenario)
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the shared harness loads. */
export async function allSixthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
