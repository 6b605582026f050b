// The eleventh set's labelled inboxes, all from fixed seeds (111,000-113,000): for every wave
// kind a-e one wave per language and one multilingual, each inside an everyday inbox
// (SpamAssassin ham, personal notes, important mail in and around the wave); one burst the person
// caused per language; and one quiet inbox of three weeks. Pure given the ham list and the real
// corpus, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart, notesPart } from './background.ts'
import { DAY, ELEVENTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { importantAround } from './important/index.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayPart, realPart, samPart } from './quiet/index.ts'
import { combine } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** Waves spread over hours instead of minutes: (kind index, language index). */
export const SLOW_WAVES: readonly [number, number][] = [
  [1, 6],
  [3, 7],
]

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 111_000 + k * 131 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    ELEVENTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `eleventh-${kind[0]}-${lang}`
  const slow = SLOW_WAVES.some(([sk, sl]) => sk === k && sl === l)
  const wave = buildWave(rng, { waveId, kind, lang, start, person, slow })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, wave, waveId, person)
  const notes = notesPart(rng, person.lang, person, start - 2 * DAY, start + DAY, waveId)
  const scenario = combine(`${kind} ${lang}`, kind, seed, [wave, background, important, notes])
  return { scenario, shape: wave }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 112_000 + l * 23
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    ELEVENTH_WINDOW.start + rng.int(2, 12) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `eleventh-g-${lang}`
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
  const notes = notesPart(rng, lang, person, start - DAY, start + 7 * DAY, prefix)
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background, notes]), shape: own }
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 113_000
  const rng = seeded(seed)
  const parts = [
    samPart(rng, ham, QUIET_PERSON),
    realPart(rng, real, QUIET_PERSON),
    everydayPart(rng, QUIET_PERSON),
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

/** Every scenario, on the SpamAssassin ham groups and the real corpus the shared harness loads. */
export async function allEleventhScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
