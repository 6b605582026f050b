// The fourteenth set's labelled inboxes, all from fixed seeds (141,000-143,000): for every wave
// kind a-e one wave per language and one multilingual, each in a background inbox; one burst the
// person caused per language; one quiet inbox. Pure given the ham and real lists, so the unit
// test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { SHAPES } from './arrival.ts'
import { hamPart, notesPart } from './background.ts'
import { DAY, FOURTEENTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { importantAround } from './important/index.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { payloadPlan } from './payload-plan.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { corpusPart, everydayPart } from './quiet/index.ts'
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
  const seed = 141_000 + k * 97 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start =
    FOURTEENTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `xiv-${kind[0]}-${lang}`
  const index = k * WAVE_LANGS.length + l
  const wave = buildWave(rng, {
    waveId,
    kind,
    lang,
    start,
    person,
    shape: SHAPES[(index + k) % SHAPES.length]!,
    payload: payloadPlan(index, personLang),
    echoAll: kind === 'a-acknowledgement' && lang === 'en',
  })
  const prefix = waveId
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    prefix,
    person,
  )
  const langs = lang === 'multi' ? LANGUAGES : [lang]
  const important = importantAround(rng, langs, start, wave.end, waveId, person)
  const notes = notesPart(
    rng,
    personLang,
    person,
    rng.int(2, 4),
    start - 2 * DAY,
    start + DAY,
    prefix,
  )
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, background, important, notes]),
    shape: wave,
  }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 142_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    FOURTEENTH_WINDOW.start + rng.int(2, 12) * DAY + rng.int(8, 18) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `xiv-g-${lang}`
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
  const notes = notesPart(rng, lang, person, rng.int(3, 4), start - DAY, start + 7 * DAY, prefix)
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background, notes]), shape: own }
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 143_000
  const rng = seeded(seed)
  const parts = [corpusPart(rng, ham, real, QUIET_PERSON), everydayPart(rng, QUIET_PERSON)]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  const own = LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario)
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allFourteenthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
