// The thirty-fourth set's labelled inboxes, all from fixed seeds (341,000-343,999): one wave per
// kind a-e and language plus one multilingual wave per kind, each with SpamAssassin ham and
// look-alike mail around and inside it; one burst scenario the person caused per language (her
// own burst, a reply storm, an application day); one quiet inbox of four weeks.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import type { Part } from '../nineteenth/records.ts'
import { hamPart, insideWave, priorCustomer } from './background.ts'
import { DAY, HOUR, MINUTE, WINDOW_34 } from './clock.ts'
import { ownBurst } from './own/burst.ts'
import { applicationDay } from './own/jobs.ts'
import { replyStorm } from './own/storm.ts'
import { PEOPLE, QUIET_DOMAIN, QUIET_PERSON } from './people.ts'
import { planWave } from './plans.ts'
import { quietParts } from './quiet.ts'
import { buildWave, type BuiltWave } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
/** Waves with a reply storm inside their span (the person's club mail went out that hour). */
export const STORM_IN_WAVE = ['n34-b-de', 'n34-e-multi'] as const

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
  const seed = 341_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start =
    WINDOW_34.start + rng.int(5, 24) * DAY + rng.int(6, 20) * HOUR + rng.int(0, 59) * MINUTE
  const index = k * WAVE_LANGS.length + l
  const wave = buildWave(rng, planWave(rng, kind, lang, start, index), person)
  const times = wave.records.map((r) => Date.parse(r.date))
  const span = { start: Math.min(...times), end: Math.max(...times) }
  const parts: Part[] = [
    wave,
    insideWave(rng, { waveId: wave.plan.waveId, lang: personLang, person, ...span }, index),
    hamPart(rng, ham, rng.int(16, 26), start - 2 * DAY, start + DAY, wave.plan.waveId, person),
  ]
  if (index % 3 === 1)
    parts.push(priorCustomer(rng, wave.companyList, person, start, wave.plan.waveId))
  if ((STORM_IN_WAVE as readonly string[]).includes(wave.plan.waveId))
    parts.push(
      replyStorm(
        rng,
        personLang,
        person,
        start + Math.floor((wave.end - start) / 3),
        rng.int(20, 35),
        `${wave.plan.waveId}-storm`,
      ),
    )
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), shape: wave }
}

/** Storm sizes per language: small to large. */
const STORM_SIZES = [15, 22, 30, 38, 45, 52, 60]

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 342_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = WINDOW_34.start + rng.int(2, 20) * DAY + rng.int(8, 12) * HOUR
  const prefix = `n34-g-${lang}`
  const apply = applicationDay(
    rng,
    [lang],
    person,
    start + 2 * DAY + rng.int(0, 3) * HOUR,
    rng.int(8, 20),
    `${prefix}-apply`,
    l * 6,
  )
  return combine(`g-own ${lang}`, 'g-own', seed, [
    ownBurst(rng, lang, person, start, prefix),
    replyStorm(
      rng,
      lang,
      person,
      start + DAY + rng.int(0, 8) * HOUR,
      STORM_SIZES[l]!,
      `${prefix}-storm`,
    ),
    apply.part,
    hamPart(rng, ham, rng.int(20, 32), start - DAY, start + 4 * DAY, prefix, person),
  ])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 343_000
  return combine(
    'h-quiet',
    'h-quiet',
    seed,
    quietParts(seeded(seed), ham, real, QUIET_PERSON, QUIET_DOMAIN),
  )
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtyFourthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
