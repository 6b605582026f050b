// The thirtieth set's labelled inboxes, all from fixed seeds (301,000-303,999): one wave per kind
// a-e and language plus one multilingual wave per kind, each with ham, look-alikes, the person's
// own life and sometimes one of the person's own bursts inside it; one burst the person caused per
// language; one quiet inbox of four weeks. Pure given the ham and real lists (the unit test runs it
// on stubs).
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../types.ts'
import { allHam, hamPart } from './background.ts'
import { buildBurst } from './bursts/build.ts'
import { DAY, HOUR, MINUTE, THIRTIETH_WINDOW as W } from './clock.ts'
import { insideWave } from './inside.ts'
import { ordinaryPart } from './ordinary.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { OVERLAP_WAVE, planWave, WAVE_LANGS } from './plans.ts'
import { quietBursts, quietLookalikes, realPart } from './quiet.ts'
import { combine, type Part } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export { WAVE_LANGS }

const OVERLAPPING_BURSTS = ['job', 'events', 'move'] as const

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape; shapes: WaveShape[] } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 301_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = PEOPLE[personLang]
  const start = W.start + rng.int(5, 22) * DAY + rng.int(6, 19) * HOUR + rng.int(0, 59) * MINUTE
  const first = buildWave(rng, planWave(rng, k, l, start), person)
  const shapes: (Part & WaveShape)[] = [first]
  if (k === OVERLAP_WAVE[0] && l === OVERLAP_WAVE[1]) {
    const taken = new Set(first.companyList.map((c) => c.stem))
    shapes.push(
      buildWave(rng, planWave(rng, 1, l, start + rng.int(10, 25) * MINUTE, '-b'), person, taken),
    )
  }
  const parts: Part[] = [...shapes]
  for (const wave of shapes)
    parts.push(
      insideWave(rng, {
        waveId: wave.plan.waveId,
        k,
        lang: personLang,
        person,
        start: wave.plan.start,
        end: wave.end,
        companies: wave.companyList,
        priorCustomers: (k + l) % 2 === 0,
      }),
    )
  if ((k * WAVE_LANGS.length + l) % 3 === 0) {
    const burstKind = OVERLAPPING_BURSTS[(k + l) % OVERLAPPING_BURSTS.length]!
    const at = start + Math.floor(rng.next() * (first.end - start) * 0.6)
    parts.push(
      buildBurst(rng, {
        kind: burstKind,
        lang: personLang,
        person,
        start: at,
        prefix: `${first.plan.waveId}-burst`,
        used: new Set(),
      }),
    )
  }
  parts.push(
    hamPart(rng, ham, rng.int(20, 35), start - 2 * DAY, start + DAY, first.plan.waveId, person),
  )
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), shape: first, shapes }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 302_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = W.start + rng.int(2, 20) * DAY + rng.int(8, 18) * HOUR
  const prefix = `n30-g-${lang}`
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
  const seed = 303_000
  const rng = seeded(seed)
  const p = QUIET_PERSON
  const parts = [
    allHam(ham, W, p),
    realPart(rng, real, p, W.start, W.days),
    ordinaryPart(rng, p, W.start, W.days),
    quietLookalikes(rng, p, W.start, W.days),
    ...quietBursts(rng, p, W.start, W.days),
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
export async function allThirtiethScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
