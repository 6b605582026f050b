// The thirty-fifth set's labelled inboxes, all from fixed seeds (351,000-353,999): one wave
// scenario per kind a-e and language plus one multilingual per kind (some with the attacker
// returning on the next one or two days), each with ham, look-alikes and account mail around and
// inside it; one own-burst scenario per language; one quiet inbox of four weeks.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { burstServices, hamPart, insideWave } from './background.ts'
import { DAY, HOUR, SEEDS, THIRTY_FIFTH_WINDOW } from './clock.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { planScenario } from './plans.ts'
import { quietPart } from './quiet.ts'
import { emptyPart, type Part } from './records.ts'
import { putBurst } from './security/index.ts'
import { buildWave, type BuiltWave } from './waves.ts'

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
): { scenario: Scenario; waves: BuiltWave[] } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const w = k * WAVE_LANGS.length + l
  const seed = SEEDS.waves + k * 101 + l * 11
  const rng = seeded(seed)
  const personLang = lang === 'multi' ? LANGUAGES[(k + 2) % LANGUAGES.length]! : lang
  const person = PEOPLE[personLang]
  const plans = planScenario(rng, k, lang, w, person)
  const waves: BuiltWave[] = []
  const extras = emptyPart()
  plans.forEach((plan, d) => {
    const prev = waves[d - 1]
    const reuse = prev
      ? rng
          .shuffle(prev.companyList.map((c) => c.stem))
          .slice(0, Math.ceil((prev.companyList.length * rng.int(4, 7)) / 10))
      : []
    const wave = buildWave(rng, { ...plan, reuse })
    waves.push(wave)
    insideWave(rng, extras, {
      wave,
      lang: personLang,
      offset: k + 3 * l + 2 * d,
      priorCustomer: w % 3 === 1 && d === 0,
    })
    if (w % 4 === 2 && d === 0)
      putBurst(rng, extras, {
        kind: 'stuffing',
        lang: personLang,
        person,
        start: plan.start + Math.floor((wave.end - plan.start) * 0.1),
        prefix: wave.plan.waveId,
        services: burstServices(rng, rng.int(5, 12)),
        waveId: wave.plan.waveId,
        waveSpan: [plan.start, wave.end],
        known: 0.5,
      })
  })
  const first = plans[0]!.start
  const last = waves[waves.length - 1]!.end
  const background = hamPart(
    rng,
    ham,
    rng.int(14, 24),
    [first - 2 * DAY, last + DAY],
    `t35-${w}`,
    person,
  )
  return { scenario: combine(`${kind} ${lang}`, kind, seed, [...waves, extras, background]), waves }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = SEEDS.own + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const W = THIRTY_FIFTH_WINDOW
  const start = W.start + rng.int(2, 8) * DAY + rng.int(8, 16) * HOUR
  const prefix = `t35-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const bursts = emptyPart()
  const evening = W.start + rng.int(10, 14) * DAY + rng.int(19, 21) * HOUR
  putBurst(rng, bursts, {
    kind: 'hygiene',
    lang,
    person,
    start: evening,
    prefix: `${prefix}-hy`,
    services: burstServices(rng, rng.int(10, 20)),
    known: 0.75,
  })
  const phone = W.start + rng.int(16, 20) * DAY + rng.int(9, 18) * HOUR
  putBurst(rng, bursts, {
    kind: 'phone',
    lang,
    person,
    start: phone,
    prefix: `${prefix}-ph`,
    services: burstServices(rng, rng.int(8, 15)),
    known: 0.6,
  })
  if (l % 2 === 0) {
    const stuffing = W.start + rng.int(22, 26) * DAY + rng.int(0, 23) * HOUR
    putBurst(rng, bursts, {
      kind: 'stuffing',
      lang,
      person,
      start: stuffing,
      prefix: `${prefix}-st`,
      services: burstServices(rng, rng.int(5, 12)),
      known: 0.5,
    })
  }
  const background = hamPart(
    rng,
    ham,
    rng.int(15, 22),
    [start - DAY, W.start + W.days * DAY],
    prefix,
    person,
  )
  return combine(`g-own ${lang}`, 'g-own', seed, [own, bursts, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = SEEDS.quiet
  return combine('h-quiet', 'h-quiet', seed, [quietPart(seeded(seed), ham, real, QUIET_PERSON)])
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtyFifthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
