// The thirty-third set's labelled inboxes, all from fixed seeds (331,000-333,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham and the
// person's wanted mail around and inside it; one burst the person caused per language; one quiet
// inbox of four weeks. Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import type { Part } from '../nineteenth/records.ts'
import { hamPart } from './background.ts'
import { DAY, HOUR, MINUTE, THIRTY_THIRD_WINDOW as W } from './clock.ts'
import { insideWave } from './inside.ts'
import { personFor, QUIET_PERSON } from './langs.ts'
import { buildOwn } from './own.ts'
import { planWave } from './plans.ts'
import { quietParts } from './quiet.ts'
import { buildWave, type Wave } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

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

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: Wave } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const index = k * WAVE_LANGS.length + l
  const seed = 331_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const person = personFor(lang === 'multi' ? rng.pick(LANGUAGES) : lang, index)
  const start = W.start + rng.int(6, 24) * DAY + rng.int(6, 20) * HOUR + rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, planWave(rng, kind, lang, index), start, person)
  const inside = insideWave(rng, {
    waveId: wave.plan.waveId,
    index,
    person,
    start,
    end: wave.end,
    abused: wave.companyList,
  })
  const background = hamPart(
    rng,
    ham,
    rng.int(18, 30),
    start - 2 * DAY,
    start + DAY,
    wave.plan.waveId,
    person,
  )
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, inside, background]),
    shape: wave,
  }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 332_000 + l * 17
  const rng = seeded(seed)
  const person = personFor(lang, l)
  const start = W.start + rng.int(2, 20) * DAY + rng.int(8, 11) * HOUR
  const prefix = `n33-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(15, 25),
    start - DAY,
    start + 2 * DAY,
    prefix,
    person,
  )
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 333_000
  return combine('h-quiet', 'h-quiet', seed, quietParts(seeded(seed), ham, real, QUIET_PERSON))
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtyThirdScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
