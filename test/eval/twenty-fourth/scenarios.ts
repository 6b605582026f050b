// The twenty-fourth set's labelled inboxes, all from fixed seeds (241,000-243,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham, the
// person's own life and look-alike mail around and inside it; one burst the person caused per
// language; one quiet inbox of four weeks. Pure given the ham and real lists (the unit test runs
// it on stubs).
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import {
  LANGUAGES,
  WAVE_KINDS,
  type Lang,
  type MailLabel,
  type Scenario,
  type WaveKind,
} from '../types.ts'
import { hamPart, insideWave, slotsFor } from './background.ts'
import { DAY, HOUR, MINUTE, TWENTY_FOURTH_WINDOW } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { livePart, priorCustomer } from './live.ts'
import { buildOwn } from './own.ts'
import { payloadFor } from './payloads.ts'
import { PEOPLE } from './people.ts'
import { quietParts } from './quiet.ts'
import type { Part } from './records.ts'
import { buildWave, type Arrival, type WavePlan, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** The slow wave of the brief: 20 companies over 90 minutes. */
export const SLOW_WAVE = { kind: 'd-reset', lang: 'multi' } as const
/** Waves that trickle in over several hours. */
export const HOURS_WAVES: readonly { kind: WaveKind; lang: Lang }[] = [
  { kind: 'b-verification', lang: 'it' },
  { kind: 'c-subscription', lang: 'nl' },
]

const KIND_SHORT = ['ack', 'ver', 'sub', 'rst', 'mix'] as const

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

function planWave(rng: Random, k: number, l: number, start: number): WavePlan {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const n = k * WAVE_LANGS.length + l
  const arrival: Arrival = (['burst', 'tail', 'slow'] as const)[n % 3]!
  const base = {
    waveId: `n24-${KIND_SHORT[k]}-${lang}`,
    kind,
    lang,
    start,
    payload: payloadFor(rng, n),
    helpdeskShare: kind === 'e-mixed' ? 0.6 : 0.45,
  }
  if (kind === SLOW_WAVE.kind && lang === SLOW_WAVE.lang)
    return { ...base, companies: 20, maxMails: 48, spanMinutes: 90, arrival: 'slow' }
  if (kind === 'e-mixed' && lang === 'multi')
    return { ...base, companies: 150, maxMails: 400, spanMinutes: 45, arrival: 'burst' }
  if (HOURS_WAVES.some((h) => h.kind === kind && h.lang === lang))
    return {
      ...base,
      companies: rng.int(30, 45),
      maxMails: rng.int(60, 90),
      spanMinutes: rng.int(180, 300),
      arrival: 'slow',
    }
  const companies = lang === 'multi' ? rng.int(60, 110) : rng.int(20, 70)
  const maxMails = Math.max(40, Math.min(400, Math.round(companies * (1.4 + rng.next()))))
  const spanMinutes =
    arrival === 'burst' ? rng.int(3, 20) : arrival === 'tail' ? rng.int(20, 60) : rng.int(45, 90)
  return { ...base, companies, maxMails, spanMinutes, arrival }
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 241_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start =
    TWENTY_FOURTH_WINDOW.start +
    rng.int(4, 24) * DAY +
    rng.int(6, 20) * HOUR +
    rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, planWave(rng, k, l, start), person)
  const w = { waveId: wave.plan.waveId, lang: personLang, person, start, end: wave.end }
  const slots = slotsFor(k, l)
  const stems = rng.shuffle(LOOK_STEMS)
  const parts: Part[] = [
    wave,
    insideWave(rng, w, slots, stems),
    livePart(
      rng,
      w.waveId,
      personLang,
      person,
      start,
      wave.end,
      (k + l) % 2 === 1,
      stems.slice(slots.length),
    ),
    hamPart(rng, ham, rng.int(20, 35), start - 2 * DAY, start + DAY, w.waveId, person),
  ]
  if ((k + l) % 2 === 0) parts.push(priorCustomer(rng, wave.companyList, person, start, w.waveId))
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), shape: wave }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 242_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = TWENTY_FOURTH_WINDOW.start + rng.int(2, 20) * DAY + rng.int(8, 18) * HOUR
  const prefix = `n24-g-${lang}`
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
  const seed = 243_000
  return combine('h-quiet', 'h-quiet', seed, quietParts(seeded(seed), ham, real, PEOPLE.en))
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentyFourthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
