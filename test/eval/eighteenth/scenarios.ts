// The eighteenth set's labelled inboxes, all from fixed seeds (181,000-183,000): for every wave
// kind a-e one wave per language and one multilingual, each in a background inbox (SpamAssassin
// ham, everyday mail, important mail inside and around the wave); one burst the person caused
// per language; one quiet inbox of three weeks. Pure given the ham and real lists, so the unit
// test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import type { ArrivalShape } from './arrival.ts'
import { hamPart, notesPart } from './background.ts'
import { DAY, EIGHTEENTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { importantAround } from './important.ts'
import { buildOwn, type OwnShape } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { quietParts } from './quiet.ts'
import { combine } from './records.ts'
import { buildWave, type PayloadMode, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
const ARRIVALS: readonly ArrivalShape[] = ['burst-tail', 'two-bursts', 'slow']
const MODES: readonly PayloadMode[] = ['title', 'name', 'none', 'both', 'title']

/** The wave whose every company carries the same payload in its subject: a-acknowledgement es. */
export const SUBJECT_ALL = { kind: 0, lang: 3 } as const

function modeOf(k: number, l: number): PayloadMode {
  if (k === SUBJECT_ALL.kind && l === SUBJECT_ALL.lang) return 'subject-all'
  return MODES[(k * 3 + l) % MODES.length]!
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 181_000 + k * 37 + l * 11
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    EIGHTEENTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `e18-${kind[0]}-${lang}`
  const arrival = ARRIVALS[(k + l) % ARRIVALS.length]!
  const wave = buildWave(rng, {
    waveId,
    kind,
    lang,
    start,
    person,
    arrival,
    payloadMode: modeOf(k, l),
  })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 50),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, start, wave.end, waveId, person)
  const notes = notesPart(rng, person, rng.int(2, 4), start - 2 * DAY, start + DAY, waveId)
  const scenario = combine(`${kind} ${lang}`, kind, seed, [wave, background, important, notes])
  return { scenario, shape: wave }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 182_000 + l * 13
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    EIGHTEENTH_WINDOW.start + rng.int(2, 12) * DAY + rng.int(8, 18) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `e18-g-${lang}`
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

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 183_000
  return combine('h-quiet', 'h-quiet', seed, quietParts(seeded(seed), ham, real, QUIET_PERSON))
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

/** Every scenario, on the SpamAssassin ham groups and the real corpus the shared harness loads. */
export async function allEighteenthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
