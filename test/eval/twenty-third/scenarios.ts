// The twenty-third set's labelled inboxes, all from fixed seeds (231,000-233,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with ham, look-alikes and the
// person's own life around and inside it; one burst the person caused per language; one quiet
// inbox of four weeks. Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart, insideWave } from './background.ts'
import { DAY, HOUR, MINUTE, WINDOW23 } from './clock.ts'
import { buildOwn } from './own.ts'
import { ordinaryPart } from './ordinary.ts'
import { payloadFor } from './payloads.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { corpusPart, quietLookalikes } from './quiet.ts'
import { combine } from './records.ts'
import { buildWave, type Arrival, type WavePlan, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** The slow 90-minute wave (20 companies) and the two waves that trickle in over hours. */
export const SLOW_WAVE = 'w23-d-reset-multi'
export const HOURS_WAVES = ['w23-b-verification-de', 'w23-c-subscription-pt']

function plan(
  rng: ReturnType<typeof seeded>,
  k: number,
  l: number,
  start: number,
  to: string,
): WavePlan {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const waveId = `w23-${kind}-${lang}`
  const index = k * WAVE_LANGS.length + l
  let companies = rng.int(20, 75)
  let arrival: Arrival = rng.pick(['burst', 'tail', 'tail'] as const)
  let span = arrival === 'burst' ? rng.int(3, 15) : rng.int(20, 80)
  if (waveId === SLOW_WAVE) [companies, arrival, span] = [20, 'slow', 84]
  if (HOURS_WAVES.includes(waveId)) [arrival, span] = ['hours', rng.int(180, 300)]
  if (waveId === 'w23-e-mixed-multi') [companies, arrival, span] = [150, 'tail', 75]
  if (waveId === 'w23-a-acknowledgement-it') [companies, arrival, span] = [110, 'burst', 14]
  return {
    waveId,
    kind,
    lang,
    start,
    companies,
    arrival,
    span,
    payload: payloadFor(rng, index),
    to,
  }
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const seed = 231_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const lang = WAVE_LANGS[l]!
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start =
    WINDOW23.start + rng.int(4, 24) * DAY + rng.int(6, 20) * HOUR + rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, plan(rng, k, l, start, person.address))
  const inside = insideWave(rng, {
    waveId: wave.plan.waveId,
    turn: lang === 'multi' ? rng.int(0, 4) : k,
    lang: personLang,
    person,
    start,
    end: wave.end,
    companies: wave.companyList,
    priorCustomer: (k + l) % 3 === 0,
  })
  const around = hamPart(
    rng,
    ham,
    rng.int(20, 32),
    [start - 2 * DAY, start + DAY],
    wave.plan.waveId,
    person,
  )
  const name = `${WAVE_KINDS[k]} ${lang}`
  return { scenario: combine(name, WAVE_KINDS[k]!, seed, [wave, inside, around]), shape: wave }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 232_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = WINDOW23.start + rng.int(2, 20) * DAY + rng.int(8, 14) * HOUR
  const prefix = `g23-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 30),
    [start - DAY, start + 3 * DAY],
    prefix,
    person,
  )
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 233_000
  const rng = seeded(seed)
  const parts = [
    corpusPart(rng, ham, real, QUIET_PERSON),
    ordinaryPart(rng, QUIET_PERSON, WINDOW23.start, WINDOW23.days),
    quietLookalikes(rng, QUIET_PERSON),
  ]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentyThirdScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
