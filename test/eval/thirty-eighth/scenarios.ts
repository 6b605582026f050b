// The thirty-eighth set's labelled inboxes, all from fixed seeds: one wave per kind a-e and
// language plus a multilingual one per kind (waves 381,000 + 101 k + 11 l) against a small
// organisation's public address, amid its everyday mail and often its own bursts; each
// organisation's own days in every language (382,000 + 17 l + 5 o); one quiet inbox (383,000).
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import type { Part } from '../nineteenth/records.ts'
import { hamPart, insideWave } from './background.ts'
import { orgTraffic } from './org-mail.ts'
import { ORG_KINDS, orgOf } from './orgs.ts'
import { BURSTS, ownBurst } from './own.ts'
import { payloadFor } from './payloads.ts'
import { corpusPart, quietLookalikes, quietOrgParts } from './quiet.ts'
import { capImportant } from './span.ts'
import { buildWave, SHAPES, type BuiltWave, type Shape, type Timing } from './waves.ts'
import { DAY, HOUR, MINUTE, WINDOW38 } from './window.ts'

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

/** Business hours: a weekday from 09:00; night: 21:00-03:59 any day. */
function waveStart(rng: Random, timing: Timing, shape: Shape): number {
  let day = WINDOW38.start + rng.int(4, 24) * DAY
  if (timing === 'night') return day + (21 + rng.int(0, 6)) * HOUR + rng.int(0, 59) * MINUTE
  while ([0, 6].includes(new Date(day).getUTCDay())) day += DAY
  const hour = shape === 'drip' || shape === 'slow' ? rng.int(8, 10) : rng.int(9, 15)
  return day + hour * HOUR + rng.int(0, 59) * MINUTE
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; wave: BuiltWave } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 381_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const n = k * WAVE_LANGS.length + l
  const personLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
  // Rotations chosen so every language meets four organisations, both times of day and five
  // shapes, and every organisation has business-hour waves (with its own bursts inside).
  const org = orgOf(ORG_KINDS[(l + k) % ORG_KINDS.length]!, personLang)
  const multiLarge = kind === 'e-mixed' && lang === 'multi'
  const shape: Shape = multiLarge ? 'large' : SHAPES[(l + 5 * k) % SHAPES.length]!
  const timing: Timing = (k + Math.floor(l / 2)) % 2 === 0 ? 'business' : 'night'
  const start = waveStart(rng, timing, shape)
  const waveId = `n38-${kind}-${lang}-${shape}-${timing}`
  const payload = payloadFor(n, personLang)
  const wave = buildWave(
    rng,
    { waveId, kind, lang, start, shape, timing, payload, org },
    multiLarge,
  )
  const placement = (at: number) => (at >= start && at <= wave.end ? 'wave-inside' : 'wave-around')
  const traffic = orgTraffic(rng, org, start - DAY, wave.end + 6 * HOUR, {
    prefix: `${waveId}-org`,
    placement,
    rushAt: start - DAY + rng.int(9, 13) * HOUR,
    busy: timing === 'business' ? { start, end: wave.end } : undefined,
  })
  const pinnedByOrg = capImportant(rng, traffic, { start, end: wave.end, waveId, max: 2 })
  const parts: Part[] = [wave, traffic]
  // Business-hour waves arrive amid a burst the organisation caused, starting up to 20 minutes before.
  if (timing === 'business') {
    const burst = BURSTS[Math.floor(n / 2) % BURSTS.length]!
    parts.push(
      ownBurst(rng, org, burst, start - rng.int(0, 20) * MINUTE, `${waveId}-own`, placement),
    )
  }
  const important = rng.int(4, 6) - pinnedByOrg
  parts.push(
    insideWave(rng, { waveId, org, lang: personLang, start, end: wave.end, round: k, important }),
  )
  parts.push(
    hamPart(rng, ham, rng.int(30, 50), { from: start - 2 * DAY, to: start + DAY }, waveId, org),
  )
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), wave }
}

export function ownScenario(ham: readonly HamMail[], l: number, o: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 382_000 + l * 17 + o * 5
  const rng = seeded(seed)
  const org = orgOf(ORG_KINDS[o]!, lang)
  let day = WINDOW38.start + rng.int(2, 22) * DAY
  while ([0, 5, 6].includes(new Date(day).getUTCDay())) day += DAY
  const prefix = `n38-g-${org.kind}-${lang}`
  const placement = () => 'own-day'
  const parts: Part[] = [
    orgTraffic(rng, org, day - DAY, day + 2 * DAY, { prefix: `${prefix}-org`, placement }),
  ]
  const starts = [day + 10 * HOUR, day + 14 * HOUR, day + DAY + 9 * HOUR, day + DAY + 15 * HOUR]
  BURSTS.forEach((burst, i) => {
    const at = starts[i]! + rng.int(0, 40) * MINUTE
    parts.push(ownBurst(rng, org, burst, at, `${prefix}-own${i}`, placement))
  })
  parts.push(
    hamPart(rng, ham, rng.int(20, 35), { from: day - DAY, to: day + 2 * DAY }, prefix, org),
  )
  return combine(`g-own ${org.kind} ${lang}`, 'g-own', seed, parts)
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 383_000
  const rng = seeded(seed)
  const org = orgOf('charity', 'en')
  const parts = [
    corpusPart(rng, ham, real, org),
    quietLookalikes(rng, org),
    ...quietOrgParts(rng, org),
  ]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  const own = LANGUAGES.flatMap((_, l) => ORG_KINDS.map((_, o) => ownScenario(ham, l, o)))
  return [...waves, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allThirtyEighthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
