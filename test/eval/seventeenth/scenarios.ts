// The seventeenth set's labelled inboxes, all from fixed seeds (171,000-173,000): for every wave
// kind a-e one wave per language and one multilingual, each inside a background inbox; one burst
// the person caused per language; one quiet inbox of three weeks. Pure given the ham list and the
// real corpus, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart, importantAround } from './background.ts'
import { DAY, HOUR, MINUTE, WINDOW } from './clock.ts'
import { buildOwn, type OwnShape } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayPart, realPart, spamAssassinPart } from './quiet.ts'
import { combine } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** The wave whose every company carries the same payload in its subject. */
export const SUBJECT_PAYLOAD_WAVE = { kind: 0, lang: 7 } as const
/** Slow waves (60-90 minutes, even pace), given by kind and language index. */
export const SLOW_WAVES: readonly (readonly [number, number])[] = [
  [1, 5],
  [2, 6],
  [3, 1],
  [4, 3],
]

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 171_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `s17-${kind[0]}-${lang}`
  const wave = buildWave(rng, {
    waveId,
    kind,
    lang,
    start,
    person,
    slow: SLOW_WAVES.some(([a, b]) => a === k && b === l),
    subjectPayload: k === SUBJECT_PAYLOAD_WAVE.kind && l === SUBJECT_PAYLOAD_WAVE.lang,
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
  const personLang = LANGUAGES.find((x) => PEOPLE[x] === person)!
  const important = importantAround(rng, personLang, start, wave.end, waveId, person)
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, background, important]),
    shape: wave,
  }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 172_000 + l * 19
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    WINDOW.start + rng.int(1, 10) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `s17-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    start - DAY,
    start + 10 * DAY,
    prefix,
    person,
  )
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background]), shape: own }
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 173_000
  const rng = seeded(seed)
  const parts = [
    spamAssassinPart(rng, ham, QUIET_PERSON),
    realPart(rng, real, QUIET_PERSON),
    everydayPart(rng, QUIET_PERSON),
  ]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  return [
    ...WAVE_KINDS.flatMap((_, k) =>
      WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
    ),
    ...LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario),
    quietScenario(ham, real),
  ]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allSeventeenthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
