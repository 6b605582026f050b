// The twenty-seventh set's labelled inboxes, all from fixed seeds (271,000-273,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham, the
// person's own mail and look-alikes around and inside it; one burst the person caused per
// language; one quiet inbox of four weeks. Pure given the ham and real lists (the unit test runs
// it on stubs).
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { DAY, HOUR, WINDOW } from './clock.ts'
import { hamPart } from './ham.ts'
import { insideWave } from './inside.ts'
import { ordinaryPart } from './ordinary.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { corpusPart, quietLookalikes } from './quiet.ts'
import { combine } from './records.ts'
import { buildWave, planWave, waveDay, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** The slow wave (20 companies over 90 minutes), the waves over several hours, the largest. */
export const SLOW_WAVE = { kind: 'd-reset', lang: 'multi' } as const
export const HOURS_WAVES = [
  { kind: 'c-subscription', lang: 'pt' },
  { kind: 'a-acknowledgement', lang: 'nl' },
] as const
export const LARGEST_WAVE = { kind: 'e-mixed', lang: 'multi' } as const

const is = (s: { kind: string; lang: string }, kind: string, lang: string) =>
  s.kind === kind && s.lang === lang

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 271_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start = waveDay(rng, WINDOW.start)
  const special = {
    slow: is(SLOW_WAVE, kind, lang),
    hours: HOURS_WAVES.some((h) => is(h, kind, lang)),
    largest: is(LARGEST_WAVE, kind, lang),
  }
  const plan = planWave(rng, kind, lang, start, k * WAVE_LANGS.length + l, special)
  const wave = buildWave(rng, plan, person)
  const inside = insideWave(rng, {
    waveId: plan.waveId,
    lang: personLang,
    person,
    start,
    end: wave.end,
    ordinal: lang === 'multi' ? rng.int(0, 4) : k,
    companies: wave.companyList,
    priorCustomers: (k + l) % 2 === 0,
  })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 50),
    start - 2 * DAY,
    start + DAY,
    plan.waveId,
    person.address,
  )
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, inside, background]),
    shape: wave,
  }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 272_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = WINDOW.start + rng.int(2, 24) * DAY + rng.int(8, 16) * HOUR
  const prefix = `n27-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    start - DAY,
    start + 2 * DAY,
    prefix,
    person.address,
  )
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 273_000
  const rng = seeded(seed)
  const parts = [
    corpusPart(rng, ham, real, QUIET_PERSON),
    ordinaryPart(rng, QUIET_PERSON, WINDOW.start, WINDOW.days),
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
export async function allTwentySeventhScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
