// The twentieth set's labelled inboxes, all from fixed seeds (201,000-203,999): one wave per kind
// a-e and language, plus one multilingual wave per kind, each with SpamAssassin ham and
// look-alike mail around and inside it; one burst the person caused per language; one quiet inbox
// of four weeks. Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type MailLabel, type Scenario } from '../types.ts'
import { DAY, HOUR, MINUTE, TWENTIETH_WINDOW } from './clock.ts'
import { hamPart, insideWave } from './inside.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { quietParts } from './quiet.ts'
import type { Part } from './records.ts'
import { buildWave, type BuiltWave } from './wave-build.ts'
import { planWave, type WaveLang } from './wave-plan.ts'

export const WAVE_LANGS: readonly WaveLang[] = [...LANGUAGES, 'multi']

function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { name, kind, seed, records, labels }
}

export function waveSeed(k: number, l: number): number {
  return 201_000 + k * 101 + l * 11
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: BuiltWave } {
  const kind = WAVE_KINDS[k]!
  const seed = waveSeed(k, l)
  const rng = seeded(seed)
  const start =
    TWENTIETH_WINDOW.start + rng.int(4, 24) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const plan = planWave(rng, kind, k, l, start)
  const person = PEOPLE[plan.personLang]
  const wave = buildWave(rng, plan, person)
  const times = wave.records.map((r) => Date.parse(r.date))
  const inside = insideWave(rng, {
    waveId: plan.waveId,
    lang: plan.personLang,
    person,
    first: Math.min(...times),
    last: Math.max(...times),
    taken: new Set(wave.companyList.map((c) => c.stem)),
    turn: plan.lang === 'multi' ? null : k,
  })
  const background = hamPart(
    rng,
    ham,
    rng.int(25, 40),
    start - 2 * DAY,
    start + DAY,
    plan.waveId,
    person,
  )
  return {
    scenario: combine(`${kind} ${plan.lang}`, kind, seed, [wave, inside, background]),
    shape: wave,
  }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 202_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    TWENTIETH_WINDOW.start + rng.int(2, 24) * DAY + rng.int(8, 17) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `t20-g-${lang}`
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
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 203_000
  return combine('h-quiet', 'h-quiet', seed, [quietParts(seeded(seed), ham, real, QUIET_PERSON)])
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentiethScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
