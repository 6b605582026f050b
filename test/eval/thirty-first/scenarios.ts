// The thirty-first set's labelled inboxes, all from fixed seeds (311,000-313,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham, everyday
// look-alikes inside and before it, the person's own living and (for some) earlier mail of the
// abused companies; one burst the person caused per language; one quiet inbox of four weeks.
// Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type MailLabel, type Scenario } from '../types.ts'
import { hamPart } from './background.ts'
import { DAY, HOUR, MINUTE, THIRTY_FIRST_WINDOW as W } from './clock.ts'
import { insideWave, priorCustomer } from './inside.ts'
import { living } from './living.ts'
import { buildOwn } from './own.ts'
import { PEOPLE } from './people.ts'
import { OVERLAP_WAVE, planWave, WAVE_LANGS } from './plans.ts'
import { corpusPart, everydayPart } from './quiet.ts'
import type { Part } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export { WAVE_LANGS }

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

export interface WaveBuild {
  scenario: Scenario
  shape: WaveShape
  /** The second wave of the overlapping pair, when this scenario has one. */
  second?: WaveShape
}

export function waveScenarioWithShape(ham: readonly HamMail[], k: number, l: number): WaveBuild {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 311_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start = W.start + rng.int(5, 23) * DAY + rng.int(6, 19) * HOUR + rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, planWave(rng, k, l, start), person, new Set())
  const waves = [wave]
  let second: WaveShape | undefined
  if (OVERLAP_WAVE[0] === k && OVERLAP_WAVE[1] === l) {
    const taken = new Set(wave.companyList.map((c) => c.stem))
    const later =
      start + rng.int(8, Math.max(9, Math.floor((wave.end - start) / MINUTE) - 2)) * MINUTE
    second = buildWave(rng, planWave(rng, k, l, later, true), person, taken)
    waves.push(second)
  }
  const parts: Part[] = [...waves]
  const used = new Set<string>()
  for (const w of waves) {
    const ctx = {
      waveId: w.plan.waveId,
      lang: personLang,
      person,
      start: w.plan.start,
      end: w.end,
      floor: W.start,
      turn: k,
    }
    parts.push(insideWave(rng, ctx, used))
    if (rng.chance(0.5)) parts.push(priorCustomer(rng, ctx, w.companyList))
  }
  const end = Math.max(...waves.map((w) => w.end))
  parts.push(living(rng, `${wave.plan.waveId}-live`, person, start, end))
  parts.push(
    hamPart(rng, ham, rng.int(30, 50), start - 2 * DAY, start + DAY, wave.plan.waveId, person),
  )
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), shape: wave, second }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 312_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = W.start + rng.int(3, 20) * DAY + rng.int(8, 16) * HOUR
  const prefix = `n31-g-${lang}`
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
  const seed = 313_000
  const rng = seeded(seed)
  return combine('h-quiet', 'h-quiet', seed, [corpusPart(rng, ham, real), everydayPart(rng)])
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtyFirstScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
