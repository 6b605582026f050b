// The thirty-second set's labelled inboxes, all from fixed seeds (321,000-323,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with ham, look-alikes and the
// person's life around and inside it; one own burst per language; one quiet inbox of four weeks.
// Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import type { Part } from '../nineteenth/records.ts'
import { hamPart, insideWave } from './background.ts'
import { DAY, HOUR, MINUTE, WINDOW } from './clock.ts'
import { holidayPart } from './holiday.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { planWave } from './plan.ts'
import { corpusPart, ordinaryPart, quietLookalikes } from './quiet.ts'
import { buildWave, type BuiltWave } from './wave.ts'

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
): { scenario: Scenario; shape: BuiltWave } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 321_000 + k * 97 + l * 13
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start =
    WINDOW.start + rng.int(3, 24) * DAY + rng.int(6, 15) * HOUR + rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, planWave(rng, k, l, lang, start), person)
  const inside = insideWave(rng, wave, personLang, person, k * WAVE_LANGS.length + l)
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 45),
    start - 2 * DAY,
    start + DAY,
    wave.plan.waveId.split('~')[0]!,
    person,
  )
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, inside, background]),
    shape: wave,
  }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 322_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = WINDOW.start + rng.int(26, 27) * DAY + rng.int(8, 10) * HOUR
  const prefix = `t32-g-${lang}`
  const own = buildOwn(rng, lang, person, start - rng.int(0, 25) * DAY, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    start - 26 * DAY,
    start + DAY,
    prefix,
    person,
  )
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 323_000
  const rng = seeded(seed)
  const parts = [
    corpusPart(ham, real, QUIET_PERSON),
    ordinaryPart(rng, QUIET_PERSON, 60),
    quietLookalikes(rng, QUIET_PERSON),
    holidayPart(rng, QUIET_PERSON),
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
export async function allThirtySecondScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
