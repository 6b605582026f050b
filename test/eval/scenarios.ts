// Every scenario of the held-out evaluation, each from its own seed: waves of kinds a–d in each
// language (plus a multilingual one), mixed waves (e), every wave inside a background inbox with
// important mail arriving during it (f), bursts the person caused and single sign-ups (g), and the
// real quiet inbox (h).
import { backgroundHam, importantAround } from './background.ts'
import { seeded } from './prng.ts'
import { quietInbox } from './quiet.ts'
import { WINDOW } from './redate.ts'
import { ownBurst, singleSignUp } from './own.ts'
import { loadHam, type HamMail } from './spam-assassin.ts'
import {
  LANGUAGES,
  type EvalRecord,
  type Lang,
  type MailLabel,
  type Scenario,
  type WaveKind,
} from './types.ts'
import { generateWave } from './waves.ts'
import type { Family } from './wordings/types.ts'

const DAY = 86_400_000
const FAMILIES: Record<WaveKind, readonly Family[]> = {
  'a-acknowledgement': ['helpdesk'],
  'b-verification': ['verification'],
  'c-subscription': ['subscription'],
  'd-reset': ['reset'],
  'e-mixed': ['helpdesk', 'verification', 'subscription', 'reset'],
}

function assemble(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: { records: EvalRecord[]; labels: Map<string, MailLabel> }[],
): Scenario {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.id.localeCompare(b.id))
  const labels = new Map(parts.flatMap((p) => [...p.labels]))
  return { name, kind, seed, records, labels }
}

/** A start time inside the window, at any hour (attackers do not keep office hours). */
function startIn(random: ReturnType<typeof seeded>): number {
  return (
    WINDOW.start + random.int(1, WINDOW.days - 2) * DAY + random.int(0, DAY / 60_000 - 1) * 60_000
  )
}

export function waveScenario(
  kind: WaveKind,
  primary: Lang | 'all',
  seed: number,
  ham: readonly HamMail[],
): Scenario {
  const random = seeded(seed)
  const name = `${kind}-${primary}-s${seed}`
  const wave = generateWave(random, {
    id: name,
    families: FAMILIES[kind],
    primary,
    start: startIn(random),
  })
  const background = backgroundHam(random, ham, name, wave.span.start, random.int(30, 60))
  const important = importantAround(random, name, name, wave.span)
  return assemble(name, kind, seed, [wave, background, important])
}

export function ownScenario(lang: Lang, seed: number, ham: readonly HamMail[]): Scenario {
  const random = seeded(seed)
  const name = `g-own-${lang}-s${seed}`
  const start = startIn(random)
  const burst = ownBurst(random, name, start, lang)
  const signUp = singleSignUp(random, name, start + random.int(2, 5) * DAY, lang)
  const background = backgroundHam(random, ham, name, start + 2 * DAY, random.int(60, 100), 72)
  return assemble(name, 'g-own', seed, [burst, signUp, background])
}

/** All scenarios; the seeds are fixed so every run measures the same mail. */
export async function allScenarios(): Promise<Scenario[]> {
  const ham = await loadHam()
  const scenarios: Scenario[] = []
  let seed = 1_000
  for (const kind of [
    'a-acknowledgement',
    'b-verification',
    'c-subscription',
    'd-reset',
  ] as const) {
    for (const lang of LANGUAGES) scenarios.push(waveScenario(kind, lang, seed++, ham))
    scenarios.push(waveScenario(kind, 'all', seed++, ham))
  }
  for (let i = 0; i < 4; i++)
    scenarios.push(waveScenario('e-mixed', i === 0 ? 'en' : 'all', seed++, ham))
  for (const lang of LANGUAGES) scenarios.push(ownScenario(lang, seed++, ham))
  scenarios.push(await quietInbox())
  return scenarios
}
