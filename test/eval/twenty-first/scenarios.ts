// The twenty-first set's labelled inboxes, all from fixed seeds (211,000-213,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with ham, look-alikes and the
// person's own life around and inside it; one burst the person caused per language; one quiet
// inbox of four weeks. Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart, insideWave } from './background.ts'
import { DAY, HOUR, MINUTE, TWENTY_FIRST_WINDOW } from './clock.ts'
import { pickCompanies, STEMS } from './companies.ts'
import { livingDuringWave, priorCustomerMail } from './living.ts'
import { buildOwn } from './own.ts'
import { pickPayload } from './payloads.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { corpusPart, everydayPart } from './quiet.ts'
import { merge, type Part } from './records.ts'
import { buildWave, familiesOf, type Arrival, type WavePlan, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
const W = TWENTY_FIRST_WINDOW
const ARRIVALS: readonly Arrival[] = ['burst', 'tail', 'slow']

function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const all = merge(parts)
  const records = all.records.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  )
  return { name, kind, seed, records, labels: all.labels }
}

/** Size, duration and arrival of wave (k, l): one slow 20-company wave, one of 150, two of hours. */
function shapeOf(
  rng: Random,
  k: number,
  l: number,
): Pick<WavePlan, 'companies' | 'minutes' | 'arrival'> {
  const multi = WAVE_LANGS[l] === 'multi'
  if (multi && k === 3) return { companies: 20, minutes: 90, arrival: 'slow' }
  if (multi && k === 4) return { companies: 150, minutes: rng.int(40, 80), arrival: 'burst' }
  if (multi && (k === 1 || k === 2))
    return { companies: rng.int(40, 80), minutes: rng.int(180, 300), arrival: 'slow' }
  const index = k * WAVE_LANGS.length + l
  const arrival = ARRIVALS[index % 3]!
  const minutes = arrival === 'burst' ? rng.int(3, 14) : rng.int(15, 90)
  return { companies: rng.int(multi ? 60 : 22, multi ? 110 : 60), minutes, arrival }
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 211_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start = W.start + rng.int(5, 25) * DAY + rng.int(6, 20) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `n21-${kind}-${lang}`
  const knownCount = (k + l) % 2 === 0 ? rng.int(2, 4) : 0
  const known = pickCompanies(rng, knownCount, () => personLang)
  const plan: WavePlan = {
    waveId,
    lang,
    families: familiesOf(k),
    start,
    ...shapeOf(rng, k, l),
    payload: pickPayload(rng, k * WAVE_LANGS.length + l),
    person,
    known,
  }
  const wave = buildWave(rng, plan)
  const taken = new Set(wave.companyList.map((c) => c.stem))
  const inside = insideWave(rng, {
    waveId,
    lang: personLang,
    person,
    start,
    end: wave.end,
    slot: k,
    taken,
  })
  const free = STEMS.filter((s) => !taken.has(s))
  const living = livingDuringWave(rng, {
    waveId,
    lang: personLang,
    person,
    start,
    end: wave.end,
    stem: rng.pick(free),
  })
  const prior = priorCustomerMail(rng, known, person, start, waveId)
  const background = hamPart(
    rng,
    ham,
    rng.int(25, 45),
    { from: start - 2 * DAY, to: start + DAY },
    waveId,
    person,
  )
  const parts = [wave, inside, living, prior, background]
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), shape: wave }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 212_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = W.start + rng.int(2, 22) * DAY + rng.int(8, 17) * HOUR
  const prefix = `n21-g-${lang}`
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
  const seed = 213_000
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
export async function allTwentyFirstScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
