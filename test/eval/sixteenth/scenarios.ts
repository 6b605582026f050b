// The sixteenth set's labelled inboxes, all from fixed seeds (161,000–163,000): for every wave
// kind a–e one wave per language and one multilingual, each in a background inbox (SpamAssassin
// ham, important mail inside and around the wave); one burst the person caused per language; and
// one quiet inbox of three weeks. Pure given its inputs, so the unit test runs it on a stub.
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamPart } from './background.ts'
import { importantPart } from './important.ts'
import { ownBurst, ownSignups } from './own.ts'
import { blandName, pickPayload } from './payloads.ts'
import { combine, DAY, emptyPart, HOUR, MINUTE, SIXTEENTH_WINDOW } from './records.ts'
import { quietScenario } from './quiet.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

export interface Inputs {
  ham: readonly HamMail[]
  real: readonly RealMail[]
}

function dayStart(rng: Random): number {
  return (
    SIXTEENTH_WINDOW.start + rng.int(2, 18) * DAY + rng.int(7, 21) * HOUR + rng.int(0, 59) * MINUTE
  )
}

/** The wave scenario of one kind and language (indexes into WAVE_KINDS and WAVE_LANGS). */
export function waveScenario(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; wave: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 161_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const langs = lang === 'multi' ? LANGUAGES : [lang]
  const start = dayStart(rng)
  const slow = kind === 'd-reset' && lang === 'multi'
  const sameSubject = kind === 'e-mixed' && lang === 'multi'
  const payload = sameSubject || rng.chance(0.6) ? pickPayload(rng) : null
  const waveId = `sixteenth-${kind[0]}-${lang}`
  const spec = {
    waveId,
    kind,
    langs,
    start,
    companies: rng.int(20, lang === 'multi' ? 60 : 40),
    minutes: slow ? 90 : rng.int(3, 45),
    slow,
    payload,
    payloadInEverySubject: sameSubject,
  }
  const wave = buildWave(rng, spec, blandName(rng))
  const around = emptyPart()
  hamPart(rng, around, ham, rng.int(30, 60), {
    from: start - 2 * DAY,
    to: start + DAY,
    prefix: waveId,
  })
  const inside = { from: start, to: wave.end, prefix: `${waveId}-in`, waveId }
  importantPart(rng, around, langs, rng.int(3, 6), inside)
  const outside = { from: wave.end + HOUR, to: wave.end + 8 * HOUR, prefix: `${waveId}-out` }
  importantPart(rng, around, langs, rng.int(2, 3), outside)
  return { scenario: combine(`${kind} ${lang}`, kind, seed, [wave, around]), wave }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 162_000 + l * 17
  const rng = seeded(seed)
  const start = dayStart(rng)
  const part = emptyPart()
  const prefix = `sixteenth-g-${lang}`
  ownBurst(rng, part, lang, start, prefix)
  ownSignups(rng, part, lang, start + 2 * DAY, prefix)
  hamPart(rng, part, ham, rng.int(30, 50), { from: start - DAY, to: start + 3 * DAY, prefix })
  importantPart(rng, part, [lang], 3, { from: start - DAY, to: start + 3 * DAY, prefix })
  return combine(`g-own ${lang}`, 'g-own', seed, [part])
}

export function buildScenarios(inputs: Inputs): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((__, l) => waveScenario(inputs.ham, k, l).scenario),
  )
  const own = LANGUAGES.map((_, l) => ownScenario(inputs.ham, l))
  return [...waves, ...own, quietScenario(inputs, 162_500)]
}

export async function allSixteenthScenarios(): Promise<Scenario[]> {
  return buildScenarios({ ham: await loadHam(), real: await loadRealCorpus() })
}
