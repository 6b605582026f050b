// The forty-first set's labelled inboxes, all from fixed seeds: one wave per kind a-e and
// language plus a multilingual one per kind (seeds 411,000 + 101 k + 11 l), each hiding one fraud
// story among its persona's mail, look-alikes and SpamAssassin ham; each persona's two weeks in
// every language (412,000 + 17 l + p); the quiet inbox (413,000). Pure given the ham and real
// lists, so the unit test builds it on small stubs.
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import type { Part } from '../nineteenth/records.ts'
import { emptyPart } from '../nineteenth/records.ts'
import { corpusPart, hamPart } from './background.ts'
import { DAY, FORTY_FIRST_WINDOW, HOUR, MINUTE } from './clock.ts'
import { insideLookalikes, quietLookalikes } from './inside.ts'
import { ownBurst } from './own.ts'
import { personOf } from './people.ts'
import { ownSecurity, streamsPart } from './personas.ts'
import { coverStory } from './story.ts'
import { PAYLOAD_KINDS, PERSONA_KINDS, SHAPES, STYLES } from './types.ts'
import { buildWave, type WavePlan } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
const FAMILY_OF: readonly WavePlan['family'][] = [
  'helpdesk',
  'verification',
  'subscription',
  'reset',
  'mixed',
]
const W = FORTY_FIRST_WINDOW

export function combine(
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

/** Every fourth wave carries no payload; the others rotate kinds and disguises. */
function payloadOf(s: number): WavePlan['payload'] {
  return s % 4 === 3
    ? null
    : { kind: PAYLOAD_KINDS[s % PAYLOAD_KINDS.length]!, style: STYLES[(s >> 1) % STYLES.length]! }
}

function at(rng: Random, dayFrom: number, dayTo: number): number {
  return W.start + rng.int(dayFrom, dayTo) * DAY + rng.int(7, 20) * HOUR + rng.int(0, 59) * MINUTE
}

export interface BuiltWaveScenario {
  scenario: Scenario
  plan: WavePlan
  end: number
}

export function waveScenario(ham: readonly HamMail[], k: number, l: number): BuiltWaveScenario {
  const s = k * WAVE_LANGS.length + l
  const seed = 411_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const lang = WAVE_LANGS[l]!
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const person = personOf(PERSONA_KINDS[s % PERSONA_KINDS.length]!, personLang)
  const waveId = `w41-${k}-${l}`
  const plan: WavePlan = {
    waveId,
    kind: WAVE_KINDS[k]!,
    family: FAMILY_OF[k]!,
    lang,
    shape: SHAPES[s % SHAPES.length]!,
    start: at(rng, 9, 22),
    payload: payloadOf(s),
    person: { first: person.first, address: person.address },
  }
  const wave = buildWave(rng, plan)
  const span = { waveId, lang: personLang, person, start: plan.start, end: wave.end, index: s }
  const around = emptyPart()
  streamsPart(rng, around, person, W.start, plan.start + 3 * DAY, `${waveId}-p`)
  const middle = plan.start + Math.floor((wave.end - plan.start) * 0.5)
  if (Math.floor(s / 4) % 2 === 0) ownSecurity(rng, around, person, middle, `${waveId}-p`, waveId)
  else ownSecurity(rng, around, person, plan.start - DAY - 2 * HOUR, `${waveId}-p`)
  if (s % 3 === 0)
    ownBurst(
      rng,
      around,
      person,
      plan.start + Math.floor((wave.end - plan.start) * 0.3),
      `${waveId}-b`,
      waveId,
    )
  else if (s % 3 === 1) ownBurst(rng, around, person, plan.start - 2 * DAY, `${waveId}-b`)
  const parts = [
    wave.part,
    coverStory(rng, span),
    insideLookalikes(rng, span),
    around,
    hamPart(
      rng,
      ham,
      rng.int(30, 50),
      plan.start - 3 * DAY,
      plan.start + 2 * DAY,
      waveId,
      person.address,
    ),
  ]
  return {
    scenario: combine(`${plan.kind} ${lang}`, plan.kind as Scenario['kind'], seed, parts),
    plan,
    end: wave.end,
  }
}

/** A persona's two weeks in one language: streams, two bursts, its own security mail, ham. */
export function ownScenario(ham: readonly HamMail[], l: number, p: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 412_000 + l * 17 + p
  const rng = seeded(seed)
  const person = personOf(PERSONA_KINDS[p]!, lang)
  const prefix = `g41-${lang}-${p}`
  const from = W.start + rng.int(0, 12) * DAY
  const part = emptyPart()
  streamsPart(rng, part, person, from, from + 14 * DAY, `${prefix}-p`)
  ownBurst(rng, part, person, from + rng.int(2, 5) * DAY + rng.int(8, 20) * HOUR, `${prefix}-b1`)
  ownBurst(rng, part, person, from + rng.int(7, 11) * DAY + rng.int(8, 20) * HOUR, `${prefix}-b2`)
  ownSecurity(rng, part, person, from + rng.int(3, 12) * DAY + rng.int(8, 22) * HOUR, `${prefix}-p`)
  const background = hamPart(
    rng,
    ham,
    rng.int(25, 40),
    from,
    from + 14 * DAY,
    prefix,
    person.address,
  )
  return combine(`g-own ${PERSONA_KINDS[p]} ${lang}`, 'g-own', seed, [part, background])
}

/** The English traveller's four weeks with the whole ham corpus and the quiet look-alikes. */
export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 413_000
  const rng = seeded(seed)
  const person = personOf('traveller', 'en')
  const part = emptyPart()
  streamsPart(rng, part, person, W.start, W.start + W.days * DAY, 'q41-p')
  for (const [i, day] of [3, 12, 21].entries())
    ownBurst(rng, part, person, at(rng, day, day), `q41-b${i}`)
  ownSecurity(rng, part, person, at(rng, 16, 16), 'q41-sec')
  const parts = [
    corpusPart(ham, real, person.address),
    quietLookalikes(rng, person, W.start, W.days, 2),
    part,
  ]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenario(ham, k, l).scenario),
  )
  const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(ham, l, p)))
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allFortyFirstScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
