// The twenty-second set's labelled inboxes, all from fixed seeds (221,000-223,000): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham,
// look-alikes and the person's own life around and inside it; one burst the person caused per
// language; one quiet inbox of four weeks. Pure given the ham and real lists (the unit test runs
// it on stubs).
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { hamPart, insideWave, priorCustomer } from './background.ts'
import { DAY, HOUR, MINUTE, TWENTY_SECOND_WINDOW as W } from './clock.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { planWave } from './plans.ts'
import { corpusPart, everydayPart } from './quiet.ts'
import { emptyPart, type Part } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

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
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 221_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start = W.start + rng.int(4, 24) * DAY + rng.int(6, 20) * HOUR + rng.int(0, 59) * MINUTE
  const plan = planWave(rng, kind, lang, start, k * WAVE_LANGS.length + l)
  const wave = buildWave(rng, plan, person)
  const w = {
    waveId: plan.waveId,
    lang: personLang,
    person,
    start,
    end: wave.end,
    taken: new Set(wave.companyList.map((c) => c.stem)),
  }
  const inside = insideWave(rng, w, k)
  const prior = plan.priorCustomer ? priorCustomer(rng, w, wave.companyList) : emptyPart()
  const span = { from: start - 2 * DAY, to: start + DAY }
  const background = hamPart(rng, ham, rng.int(14, 26), span, plan.waveId, person)
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, inside, prior, background]),
    shape: wave,
  }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 222_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = W.start + rng.int(2, 20) * DAY + rng.int(8, 18) * HOUR
  const prefix = `n22-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const span = { from: start - DAY, to: start + 3 * DAY }
  const background = hamPart(rng, ham, rng.int(15, 25), span, prefix, person)
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 223_000
  const rng = seeded(seed)
  const parts = [corpusPart(rng, ham, real, QUIET_PERSON), everydayPart(rng, QUIET_PERSON)]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentySecondScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
