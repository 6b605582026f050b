// The twenty-ninth set's labelled inboxes, all from fixed seeds (291,000-293,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham, earlier
// mail and look-alikes around and inside it (one scenario holds a second, overlapping wave); one
// burst the person caused per language; one quiet inbox of four weeks. Pure given the ham and
// real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { hamPart, insideWave, priorCustomer } from './background.ts'
import { DAY, HOUR, MINUTE, TWENTY_NINTH_WINDOW } from './clock.ts'
import { buildOwn } from './own.ts'
import { pickPayload } from './payloads.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { OVERLAP_WAVE, shapeOf, type WavePlan } from './plans.ts'
import { quietPart } from './quiet.ts'
import type { Part } from './records.ts'
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

export interface Built {
  scenario: Scenario
  shape: WaveShape
  /** The second wave of the overlap scenario. */
  second?: WaveShape
}

export function waveScenarioWithShape(ham: readonly HamMail[], k: number, l: number): Built {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 291_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? LANGUAGES[k % LANGUAGES.length]! : lang
  const person = PEOPLE[personLang]
  const start =
    TWENTY_NINTH_WINDOW.start +
    rng.int(4, 24) * DAY +
    rng.int(7, 20) * HOUR +
    rng.int(0, 59) * MINUTE
  const index = k * WAVE_LANGS.length + l
  const waveId = `n29-${kind}-${lang}`
  const plan: WavePlan = {
    waveId,
    kind,
    lang,
    start,
    payload: pickPayload(rng, index),
    ...shapeOf(rng, k, l),
  }
  const shape = buildWave(rng, plan, person.address)
  const parts: Part[] = [shape]
  let second: WaveShape | undefined
  if (k === OVERLAP_WAVE[0] && l === OVERLAP_WAVE[1]) {
    const other: WavePlan = {
      waveId: `${waveId}-b`,
      kind: 'd-reset',
      lang,
      start: start + rng.int(8, 20) * MINUTE,
      payload: pickPayload(rng, index + 2),
      companies: rng.int(25, 40),
      mails: rng.int(50, 90),
      span: rng.int(20, 40),
      arrival: 'tail',
    }
    second = buildWave(rng, other, person.address, new Set(shape.companyList.map((c) => c.stem)))
    parts.push(second)
  }
  const turn = l === 7 ? 5 + k : k
  parts.push(
    insideWave(rng, { waveId, turn, lang: personLang, person, first: shape.first, end: shape.end }),
  )
  if (index % 2 === 0) parts.push(priorCustomer(rng, shape.companyList, start, waveId, person))
  parts.push(hamPart(rng, ham, rng.int(20, 35), start - 2 * DAY, start + DAY, waveId, person))
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), shape, second }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 292_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = TWENTY_NINTH_WINDOW.start + rng.int(2, 22) * DAY + rng.int(8, 18) * HOUR
  const prefix = `n29-g-${lang}`
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
  const seed = 293_000
  const rng = seeded(seed)
  return combine('h-quiet', 'h-quiet', seed, [quietPart(rng, ham, real, QUIET_PERSON)])
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentyNinthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
