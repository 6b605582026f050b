// The forty-second set's labelled inboxes, all from fixed seeds: one wave scenario per kind a-e
// and language plus a multilingual one per kind (421,000 + 101 k + 11 l), each also holding two
// small attacks and one cut into pieces on other days; one scenario per persona and language
// (422,000 + 17 l + p); one quiet inbox of four weeks (423,000). Pure given the ham and real
// lists, so the unit test builds them on stubs.
import { DAY, MINUTE } from '../nineteenth/clock.ts'
import type { Part } from '../nineteenth/records.ts'
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { buildAttack, type AttackPlan, type Payload } from './attacks.ts'
import { hamPart, importantAround, importantInside, looksInside } from './background.ts'
import { buildBurst } from './bursts.ts'
import { STEMS } from './companies.ts'
import { buildOrdinary } from './own.ts'
import { personOf, type Person } from './people.ts'
import { personaWeeks } from './personas.ts'
import {
  dayTime,
  pieceTimes,
  piecesPayload,
  shapeOf,
  smallPlan,
  smallTimes,
  wavePayload,
  waveTimes,
  WINDOW,
} from './plans.ts'
import { buildQuiet } from './quiet.ts'
import { PERSONA_BURSTS, PERSONA_KINDS, type Shape } from './types.ts'

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

interface Ctx {
  rng: Random
  kind: (typeof WAVE_KINDS)[number]
  langs: readonly Lang[]
  person: Person
  stems: string[]
  parts: Part[]
}

/** Builds one attack with its important mail (and the days around it), taking fresh stems. */
function attack(
  ctx: Ctx,
  base: Omit<AttackPlan, 'kind' | 'langs' | 'person' | 'stems'>,
  pieces?: number[],
) {
  const plan = {
    ...base,
    kind: ctx.kind,
    langs: ctx.langs,
    person: ctx.person,
    stems: ctx.stems.splice(0, base.times.length),
  }
  const built = buildAttack(ctx.rng, plan)
  const span = {
    waveId: plan.waveId,
    start: built.start,
    end: built.end,
    small: plan.attack !== 'wave',
    ...(pieces ? { pieces } : {}),
  }
  const around = importantAround(
    ctx.rng,
    ctx.person,
    built.start - DAY,
    built.end + DAY,
    ctx.rng.int(1, 3),
    plan.waveId,
  )
  ctx.parts.push(built, importantInside(ctx.rng, span, ctx.person), around)
  return span
}

function smallAttacks(
  ctx: Ctx,
  index: number,
  day: number,
  prefix: string,
): { small: number[]; piecesDay: number } {
  const small: number[] = []
  const days = [day - ctx.rng.int(2, 7), day + ctx.rng.int(1, 5)]
  days.forEach((d, j) => {
    const { size, payload } = smallPlan(index * 2 + j)
    const start = dayTime(ctx.rng, d, 7, 22)
    small.push(start)
    attack(ctx, {
      waveId: `${prefix}-s${j}`,
      attack: 'small',
      times: smallTimes(ctx.rng, size, start),
      payload,
      smallSize: size,
    })
  })
  const piecesDay = day + ctx.rng.int(6, 8)
  const { times, pieces } = pieceTimes(ctx.rng, dayTime(ctx.rng, piecesDay, 8, 12))
  const payload: Payload = piecesPayload(index)
  attack(
    ctx,
    { waveId: `${prefix}-p`, attack: 'pieces', times, payload, smallSize: times.length },
    pieces,
  )
  return { small, piecesDay }
}

export function waveScenario(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: Shape } {
  const index = k * WAVE_LANGS.length + l
  const seed = 421_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const lang = WAVE_LANGS[l]!
  const persona = PERSONA_KINDS[index % PERSONA_KINDS.length]!
  const person = personOf(lang === 'multi' ? rng.pick(LANGUAGES) : lang, persona)
  const langs = lang === 'multi' ? LANGUAGES : [lang]
  const prefix = `n42-${k}-${l}`
  const ctx: Ctx = {
    rng,
    kind: WAVE_KINDS[k]!,
    langs,
    person,
    stems: rng.shuffle(STEMS),
    parts: [],
  }
  const day = rng.int(10, 17)
  const shape = shapeOf(index)
  const start = dayTime(rng, day, 6, 21)
  const times = waveTimes(rng, shape, start)
  const main = attack(ctx, {
    waveId: `${prefix}-w`,
    attack: 'wave',
    shape,
    times,
    payload: wavePayload(index),
  })
  ctx.parts.push(looksInside(rng, main, person, k))
  const { small } = smallAttacks(ctx, index, day, prefix)
  // In turn: inside the full wave, inside the first small attack, the day before the wave.
  const ownAt = [
    main.start + Math.floor(rng.next() * (main.end - main.start)),
    small[0]! + rng.int(0, 2) * MINUTE,
    dayTime(rng, day - 1, 8, 20),
  ]
  ctx.parts.push(buildOrdinary(rng, person, ownAt[index % 3]!, `${prefix}-o`, index))
  // Half the scenarios of each persona hold its first large burst, a week before the wave.
  if (Math.floor(index / PERSONA_KINDS.length) % 2 === 0) {
    const burstKind = PERSONA_BURSTS[persona][0]!
    const burstDay = day - (burstKind === 'student' ? 9 : rng.int(8, 9))
    const at = dayTime(rng, burstDay, burstKind === 'move' ? 18 : 9, burstKind === 'move' ? 20 : 16)
    ctx.parts.push(
      buildBurst(rng, {
        kind: burstKind,
        person,
        start: at,
        burstId: `${prefix}-b`,
        stemOffset: 0,
      }),
    )
  }
  const hamSpan = {
    from: WINDOW.start + (day - 9) * DAY,
    to: WINDOW.start + (day + 9) * DAY,
    count: rng.int(50, 80),
  }
  ctx.parts.push(hamPart(rng, ham, hamSpan, prefix, person))
  return { scenario: combine(`${WAVE_KINDS[k]} ${lang}`, WAVE_KINDS[k]!, seed, ctx.parts), shape }
}

/** A persona's four weeks outside any wave: its large bursts, two ordinary ones, its mail. */
export function ownScenario(ham: readonly HamMail[], l: number, p: number): Scenario {
  const lang = LANGUAGES[l]!
  const persona = PERSONA_KINDS[p]!
  const seed = 422_000 + l * 17 + p
  const rng = seeded(seed)
  const person = personOf(lang, persona)
  const prefix = `n42-g-${lang}-${persona}`
  const parts: Part[] = [personaWeeks(rng, person, prefix)]
  PERSONA_BURSTS[persona].forEach((kind, b) => {
    const at = dayTime(
      rng,
      3 + b * 11 + rng.int(0, 5),
      kind === 'move' ? 18 : 9,
      kind === 'move' ? 20 : 16,
    )
    parts.push(
      buildBurst(rng, { kind, person, start: at, burstId: `${prefix}-b${b}`, stemOffset: b * 20 }),
    )
  })
  for (const o of [0, 1]) {
    const at = dayTime(rng, 6 + o * 12 + rng.int(0, 3), 8, 21)
    parts.push(buildOrdinary(rng, person, at, `${prefix}-o${o}`, o * 5 + l))
  }
  const end = WINDOW.start + WINDOW.days * DAY
  parts.push(
    hamPart(rng, ham, { from: WINDOW.start, to: end, count: rng.int(60, 90) }, prefix, person),
  )
  return combine(`g-own ${lang} ${persona}`, 'g-own', seed, parts)
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 423_000
  return combine('h-quiet', 'h-quiet', seed, buildQuiet(seeded(seed), ham, real))
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenario(ham, k, l).scenario),
  )
  const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(ham, l, p)))
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allFortySecondScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
