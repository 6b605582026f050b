// The twenty-eighth set's labelled inboxes, all from fixed seeds (281,000-283,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham, look-alike
// mail and the person's own mail around and inside it; one burst the person caused per language;
// one quiet inbox of four weeks. Pure given the ham and real lists, so the unit test runs on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../types.ts'
import { hamPart, insideWave } from './background.ts'
import { DAY, HOUR, MINUTE, WINDOW28 } from './clock.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { planWave, type WaveLang } from './plans.ts'
import { priorCustomer } from './prior.ts'
import { quietParts } from './quiet.ts'
import { combine, type Part } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export { HOURS_WAVES, LARGEST_WAVE, SLOW_WAVE } from './plans.ts'

export const WAVE_LANGS: readonly WaveLang[] = [...LANGUAGES, 'multi']

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const index = k * WAVE_LANGS.length + l
  const seed = 281_000 + k * 97 + l * 13
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start =
    WINDOW28.start + rng.int(5, 24) * DAY + rng.int(6, 20) * HOUR + rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, planWave(rng, kind, lang, start, person, index))
  const parts: Part[] = [
    wave,
    insideWave(rng, {
      index,
      waveId: wave.plan.waveId,
      lang: personLang,
      person,
      start,
      end: wave.end,
      mixed: kind === 'e-mixed',
    }),
    hamPart(
      rng,
      ham,
      rng.int(30, 50),
      { from: start - 2 * DAY, to: start + DAY },
      wave.plan.waveId,
      person,
    ),
  ]
  if (index % 3 === 0)
    parts.push(priorCustomer(rng, wave.companyList, person, start, wave.plan.waveId))
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), shape: wave }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 282_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = WINDOW28.start + rng.int(2, 20) * DAY + rng.int(8, 14) * HOUR
  const prefix = `n28-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    { from: start - DAY, to: start + 3 * DAY },
    prefix,
    person,
  )
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 283_000
  const rng = seeded(seed)
  return combine('h-quiet', 'h-quiet', seed, quietParts(rng, ham, real, QUIET_PERSON))
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentyEighthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
