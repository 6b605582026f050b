// The thirteenth set's labelled inboxes, all from fixed seeds (131,000-133,000): for every wave
// kind a–e one wave per language and one multilingual, each in a background inbox (SpamAssassin
// ham, a few personal notes, important mail inside and around the wave); one burst the person
// caused per language; one quiet inbox of three weeks. Pure given the ham and real lists, so the
// unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart, notesPart } from './background.ts'
import { DAY, HOUR, MINUTE, THIRTEENTH_WINDOW } from './clock.ts'
import { importantAround } from './important/index.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { planChoice } from './plan.ts'
import { everydayPart, realPart, saPart } from './quiet/index.ts'
import { combine } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 131_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    THIRTEENTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `thirteenth-${kind[0]}-${lang}`
  const wave = buildWave(rng, { waveId, kind, lang, start, person, ...planChoice(k, l) })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, wave.start, wave.end, waveId, person)
  const notes = notesPart(rng, person, rng.int(2, 4), start - 2 * DAY, start + DAY, waveId)
  const scenario = combine(`${kind} ${lang}`, kind, seed, [wave, background, important, notes])
  return { scenario, shape: wave }
}

export function waveScenarios(ham: readonly HamMail[]): Scenario[] {
  return WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 132_000 + l * 19
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    THIRTEENTH_WINDOW.start + rng.int(2, 12) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `thirteenth-g-${lang}`
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
  const notes = notesPart(rng, person, rng.int(3, 4), start - DAY, start + 7 * DAY, prefix)
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background, notes]), shape: own }
}

export function ownScenarios(ham: readonly HamMail[]): Scenario[] {
  return LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario)
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 133_000
  const rng = seeded(seed)
  const person = QUIET_PERSON
  const parts = [
    saPart(rng, ham, person, 'thirteenth-h'),
    realPart(rng, real, person, 'thirteenth-h'),
    everydayPart(rng, person, 'thirteenth-h'),
  ]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  return [...waveScenarios(ham), ...ownScenarios(ham), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the shared harness loads. */
export async function allThirteenthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
