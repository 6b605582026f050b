// The twenty-sixth set's labelled inboxes, from fixed seeds (261,000-263,999): one wave per kind
// a-e and language plus one multilingual wave per kind, each with SpamAssassin ham, look-alikes
// and the person's own life around and inside it; one burst the person caused per language; one
// quiet inbox of four weeks. Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart, insideWave, lifeDuringWave, priorCustomer } from './background.ts'
import { combineParts, DAY, HOUR, MINUTE, WINDOW, type Part } from './base.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { corpusPart, ordinaryPart, quietLookalikes } from './quiet.ts'
import { buildWave, planWave, type Wave } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
export { HOURS_WAVES, SLOW_WAVE } from './waves.ts'

function scenario(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  return { name, kind, seed, ...combineParts(parts) }
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: Wave } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 261_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const n = k * WAVE_LANGS.length + l
  const start =
    WINDOW.start + rng.int(4, 23) * DAY + rng.int(6, 17) * HOUR + rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, planWave(rng, kind, lang, start, n), person)
  const w = {
    waveId: wave.plan.waveId,
    lang: personLang,
    person,
    start,
    end: wave.end,
    slot: lang === 'multi' ? rng.int(0, 4) : k,
  }
  const parts: Part[] = [wave, insideWave(rng, w), lifeDuringWave(rng, w)]
  if (n % 3 === 0) parts.push(priorCustomer(rng, wave.plan.companies, w))
  parts.push(
    hamPart(rng, ham, rng.int(30, 50), start - 2 * DAY, start + DAY, wave.plan.waveId, person),
  )
  return { scenario: scenario(`${kind} ${lang}`, kind, seed, parts), shape: wave }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 262_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = WINDOW.start + rng.int(2, 20) * DAY + rng.int(8, 12) * HOUR
  const prefix = `n26-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    start - DAY,
    start + 3 * DAY,
    prefix,
    person,
  )
  return scenario(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 263_000
  const rng = seeded(seed)
  const parts = [
    corpusPart(rng, ham, real, QUIET_PERSON),
    ordinaryPart(rng, QUIET_PERSON),
    quietLookalikes(rng, QUIET_PERSON),
  ]
  return scenario('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentySixthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
