// The thirty-sixth set's labelled inboxes, all from fixed seeds (361,000-363,000), in the
// shopping and events season: one wave per kind a-e and language plus a multilingual one per
// kind, each with SpamAssassin ham and look-alikes around and inside it (and in ten of them a
// season burst of the person's own); one day of season bursts per language; one quiet inbox of
// four weeks. Pure given the ham and real lists, so the unit test runs it on stubs.
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import type { Part } from '../nineteenth/records.ts'
import { hamPart, insideWave } from './background.ts'
import { buildBurst } from './bursts/build.ts'
import { BURST_KINDS, type BurstKind } from './bursts/types.ts'
import { LOOK_STEMS } from './companies.ts'
import { payloadFor } from './payloads.ts'
import { PEOPLE, QUIET_PERSON, type Person } from './people.ts'
import { quietParts } from './quiet.ts'
import { DAY, HOUR, MINUTE, THIRTY_SIXTH_WINDOW as WINDOW } from './season.ts'
import { burstInWave } from './wave-burst.ts'
import { buildWave, companiesFor, type BuiltWave, type Shape } from './waves.ts'

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

/** Shapes in turn over the 40 wave scenarios; the last (e-mixed multi) is the largest wave. */
const ROTATION: readonly Shape[] = [
  'burst',
  'tail',
  'slow',
  'small',
  'large',
  'burst',
  'tail',
  'slow',
  'small',
  'burst',
]
const LAST = WAVE_KINDS.length * WAVE_LANGS.length - 1

/** Which wave scenarios hold a season burst of the person's own, and of which kind. */
export function burstKindOf(k: number, l: number): BurstKind | null {
  return (k + l) % 4 === 1 ? BURST_KINDS[k % 4]! : null
}

/** Important mails inside wave (k, l): 4-6, two of them the burst's when it has one. */
function importantCounts(k: number, l: number) {
  const total = 4 + ((k + l) % 3)
  const burst = burstKindOf(k, l) ? 2 : 0
  return { total, burst, look: total - burst }
}

function waveOf(rng: Random, k: number, l: number, person: Person, start: number): BuiltWave {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const index = k * WAVE_LANGS.length + l
  const shape = index === LAST ? 'large' : ROTATION[index % ROTATION.length]!
  const companies =
    index === WAVE_KINDS.length * WAVE_LANGS.length - 1 ? 150 : companiesFor(rng, shape)
  const payload = payloadFor(rng, index, lang === 'multi' ? 'en' : lang)
  const waveId = `t36-${kind[0]}-${lang}-${shape}`
  return buildWave(rng, { waveId, kind, lang, start, person, shape, companies, payload })
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; wave: BuiltWave } {
  const lang = WAVE_LANGS[l]!
  const seed = 361_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    WINDOW.start + rng.int(3, 24) * DAY + rng.int(8, 20) * HOUR + rng.int(0, 59) * MINUTE
  const wave = waveOf(rng, k, l, person, start)
  const span = { waveId: wave.plan.waveId, start, end: wave.end }
  const parts: Part[] = [wave]
  const counts = importantCounts(k, l)
  const burstKind = burstKindOf(k, l)
  let extraImportant = 0
  if (burstKind) {
    const inWave = burstInWave(rng, burstKind, person.lang, person, span, counts.burst)
    parts.push(inWave.part)
    extraImportant = counts.burst - inWave.importantInside
  }
  const before = (f: (k: number) => number) =>
    Array.from({ length: k }, (_, i) => f(i)).reduce((a, b) => a + b, 0)
  parts.push(
    insideWave(rng, {
      ...span,
      lang,
      person,
      important: counts.look,
      importantFrom: before((i) => importantCounts(i, l).look),
      extraImportant,
      everyday: 6 + (k % 2),
      everydayFrom: before((i) => 6 + (i % 2)),
    }),
    hamPart(
      rng,
      ham,
      rng.int(30, 50),
      { from: start - 2 * DAY, to: start + DAY },
      span.waveId,
      person,
    ),
  )
  return { scenario: combine(`${WAVE_KINDS[k]} ${lang}`, WAVE_KINDS[k]!, seed, parts), wave }
}

/** One language's season: a coupon evening, a checkout day, event sign-ups and a travel day. */
export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 362_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const stems = rng.shuffle(LOOK_STEMS.slice(60))
  const days: Record<BurstKind, number> = {
    coupon: 17,
    checkout: rng.pick([18, 21]),
    events: rng.int(2, 9),
    travel: rng.int(11, 15),
  }
  const hours: Record<BurstKind, number> = { coupon: 19, checkout: 8, events: 18, travel: 10 }
  const parts = BURST_KINDS.map((kind) =>
    buildBurst(kind, {
      rng,
      lang,
      person,
      start: WINDOW.start + days[kind] * DAY + hours[kind] * HOUR + rng.int(0, 50) * MINUTE,
      prefix: `t36-g-${lang}`,
      where: 'own-day',
      stems,
    }),
  )
  const span = { from: WINDOW.start + DAY, to: WINDOW.start + 27 * DAY }
  parts.push(hamPart(rng, ham, rng.int(25, 40), span, `t36-g-${lang}`, person))
  return combine(`g-own ${lang}`, 'g-own', seed, parts)
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 363_000
  return combine('h-quiet', 'h-quiet', seed, quietParts(seeded(seed), ham, real, QUIET_PERSON))
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtySixthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
