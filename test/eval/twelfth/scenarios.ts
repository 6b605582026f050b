// The twelfth set's labelled inboxes, all from fixed seeds (121,000-123,000): for every wave
// kind a-e one wave per language and one multilingual wave, each in a background inbox; one
// burst the person caused per language; one quiet inbox of three weeks. Pure given the ham and
// real mail, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart, notesPart } from './background.ts'
import { DAY, HOUR, MINUTE, TWELFTH_WINDOW } from './clock.ts'
import { DISGUISES } from './disguise.ts'
import { importantAround } from './important/index.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { PAYLOAD_KINDS } from './payloads.ts'
import { PEOPLE } from './people.ts'
import { quietScenario } from './quiet/index.ts'
import { combineParts } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** The slow waves (kind index, language index): spread over 2.5-5 hours. */
export const SLOW = [
  [2, 1],
  [4, 7],
] as const

const startIn = (rng: ReturnType<typeof seeded>, from: number, to: number) =>
  TWELFTH_WINDOW.start + rng.int(from, to) * DAY + rng.int(7, 20) * HOUR + rng.int(0, 59) * MINUTE

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 121_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start = startIn(rng, 3, 17)
  const waveId = `twelfth-${kind[0]}-${lang}`
  const slow = SLOW.some(([sk, sl]) => sk === k && sl === l)
  const payload = rng.chance(0.6)
    ? { kind: rng.pick(PAYLOAD_KINDS), disguise: rng.pick(DISGUISES) }
    : null
  const wave = buildWave(rng, { waveId, kind, lang, start, person, slow, payload })
  const around = { from: start - 2 * DAY, to: start + DAY }
  const parts = [
    wave,
    hamPart(rng, ham, rng.int(30, 60), around, waveId, person),
    importantAround(rng, lang, { start, end: wave.end, waveId }, person),
    notesPart(rng, person, around, waveId),
  ]
  const { records, labels } = combineParts(parts)
  return { scenario: { name: `${kind} ${lang}`, kind, seed, records, labels }, shape: wave }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 122_000 + l * 19
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = startIn(rng, 2, 12)
  const prefix = `twelfth-g-${lang}`
  const own = buildOwn(rng, person, start, prefix)
  const around = { from: start - DAY, to: start + 7 * DAY }
  const parts = [
    own,
    hamPart(rng, ham, rng.int(20, 35), around, prefix, person),
    notesPart(rng, person, around, prefix),
  ]
  const { records, labels } = combineParts(parts)
  return { scenario: { name: `g-own ${lang}`, kind: 'g-own', seed, records, labels }, shape: own }
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  const own = LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario)
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the shared harness loads. */
export async function allTwelfthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
