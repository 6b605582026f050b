// The thirty-ninth set's labelled inboxes, all from fixed seeds: one wave per kind a-e and
// language plus a multilingual one per kind (391,000 + 101 k + 11 l), each around one persona's
// days with its streams, look-alikes and (every other wave) a sign-up burst of its own inside the
// span; every persona's own days in every language (392,000 + 17 l + 5 p); one quiet inbox of
// four weeks (393,000). Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import type { Part } from '../nineteenth/records.ts'
import { hamPart, insideWave, streamPart } from './background.ts'
import { ownBurst } from './own.ts'
import { payloadFor } from './payloads.ts'
import { PERSONA_KINDS, PERSONAS } from './personas.ts'
import { quietParts } from './quiet.ts'
import { buildWave, SHAPES, type BuiltWave, type Shape, type WavePlan } from './waves.ts'
import { DAY, HOUR, MINUTE, WINDOW } from './window.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

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

/** The shape of wave k x l: shapes rotate over the scenarios; `e-mixed multi` is the largest. */
export function shapeFor(k: number, l: number): Shape {
  if (WAVE_KINDS[k] === 'e-mixed' && WAVE_LANGS[l] === 'multi') return 'large'
  return SHAPES[(k * WAVE_LANGS.length + l) % SHAPES.length]!
}

function planOf(
  k: number,
  l: number,
  rng: ReturnType<typeof seeded>,
  first: string,
  address: string,
): WavePlan {
  const index = k * WAVE_LANGS.length + l
  const lang = WAVE_LANGS[l]!
  const kind = WAVE_KINDS[k]!
  const largest = kind === 'e-mixed' && lang === 'multi'
  const start =
    WINDOW.start + rng.int(3, 18) * DAY + rng.int(7, 21) * HOUR + rng.int(0, 59) * MINUTE
  return {
    waveId: `n39-w${k}-${lang}`,
    kind,
    lang,
    shape: shapeFor(k, l),
    start,
    payload: payloadFor(rng, index),
    address,
    first,
    ...(largest ? { large: 150 } : {}),
  }
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: BuiltWave } {
  const seed = 391_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const index = k * WAVE_LANGS.length + l
  const lang = WAVE_LANGS[l]!
  const personaLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  const persona = PERSONAS[PERSONA_KINDS[(k + l) % PERSONA_KINDS.length]!][personaLang]
  const plan = planOf(k, l, rng, persona.first, persona.address)
  const wave = buildWave(rng, plan, index)
  const span = { start: plan.start, end: wave.end }
  const id = plan.waveId
  const parts: Part[] = [
    wave,
    insideWave(rng, { waveId: id, persona, span, turn: k }),
    streamPart(rng, persona, plan.start - 2 * DAY, 6, id, span),
    hamPart(
      rng,
      ham,
      rng.int(30, 50),
      plan.start - 2 * DAY,
      plan.start + 2 * DAY,
      id,
      persona.address,
    ),
  ]
  // Every other kind: all four personas sign up somewhere while the wave runs.
  if (k % 2 === 0) {
    const services = rng.shuffle(persona.services.map((_, i) => i)).slice(0, rng.int(3, 5))
    const start =
      span.start + Math.floor(rng.next() * Math.max(MINUTE, (span.end - span.start) / 2))
    parts.push(ownBurst(rng, { persona, start, prefix: `${id}-b`, where: 'inside', services }))
  }
  return { scenario: combine(`${plan.kind} ${lang}`, plan.kind, seed, parts), shape: wave }
}

/** A persona's four days: its streams and two or three sign-up bursts covering all its services. */
export function ownScenario(ham: readonly HamMail[], l: number, p: number): Scenario {
  const lang = LANGUAGES[l]!
  const kind = PERSONA_KINDS[p]!
  const seed = 392_000 + l * 17 + p * 5
  const rng = seeded(seed)
  const persona = PERSONAS[kind][lang]
  const start = WINDOW.start + rng.int(2, 20) * DAY + rng.int(8, 10) * HOUR
  const prefix = `n39-g-${kind}-${lang}`
  const order = rng.shuffle(persona.services.map((_, i) => i))
  const bursts = kind === 'student' ? 3 : 2
  const size = Math.ceil(order.length / bursts)
  const parts: Part[] = [
    streamPart(rng, persona, start - DAY, 4, prefix),
    hamPart(rng, ham, rng.int(20, 35), start - DAY, start + 3 * DAY, prefix, persona.address),
  ]
  for (let b = 0; b < bursts; b++) {
    const at = start + b * DAY + rng.int(0, 8) * HOUR + rng.int(0, 59) * MINUTE
    const services = order.slice(b * size, (b + 1) * size)
    parts.push(
      ownBurst(rng, { persona, start: at, prefix: `${prefix}-b${b}`, where: 'outside', services }),
    )
  }
  return combine(`g-own ${kind} ${lang}`, 'g-own', seed, parts)
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 393_000
  return combine('h-quiet', 'h-quiet', seed, quietParts(seeded(seed), ham, real))
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(ham, l, p)))
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtyNinthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
