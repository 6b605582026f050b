// The eighth set's labelled inboxes, all from fixed seeds (81,000-83,000): for every wave kind a-e
// one wave per language and one multilingual, each in a background inbox (SpamAssassin ham and
// important mail inside and around the wave); one burst the person caused per language; and one
// quiet inbox of three weeks. Pure given the ham list, so the unit test runs it on a stub.
import { seeded } from '../prng.ts'
import { redate } from '../redate.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { hamLabel, hamPart } from './background.ts'
import { DAY, EIGHTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { importantAround } from './important/index.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayPart } from './quiet/index.ts'
import { realPart } from './quiet/real.ts'
import { add, emptyPart, merge, record, type Part } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

function scenario(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  return { name, kind, seed, ...merge(parts) }
}

/** The wave scenario of one kind and language (indexes into WAVE_KINDS and WAVE_LANGS). */
export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 81_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    EIGHTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 22) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `eighth-${kind[0]}-${lang}`
  // One slow wave per kind, in a different language each time.
  const wave = buildWave(rng, {
    waveId,
    kind,
    lang,
    start,
    person,
    slow: l === (k * 3) % WAVE_LANGS.length,
  })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 50),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person.address,
  )
  const important = importantAround(rng, lang, start, wave.end, waveId, person.address)
  return {
    scenario: scenario(`${kind} ${lang}`, kind, seed, [wave, background, important]),
    shape: wave,
  }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 82_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    EIGHTH_WINDOW.start + rng.int(1, 8) * DAY + rng.int(8, 18) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `eighth-g-${lang}`
  const own = buildOwn(rng, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(25, 40),
    start - DAY,
    start + 10 * DAY,
    prefix,
    person.address,
  )
  const important = importantAround(
    rng,
    lang,
    start - 2 * DAY,
    start - 2 * DAY,
    `${prefix}-none`,
    person.address,
  )
  // No wave here: the important mail keeps its language but carries no wave id.
  for (const label of important.labels.values()) delete label.waveId
  return {
    scenario: scenario(`g-own ${lang}`, 'g-own', seed, [own, background, important]),
    shape: own,
  }
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[] = []): Scenario {
  const seed = 83_000
  const rng = seeded(seed)
  const dates = redate(
    ham.map((m) => m.date),
    EIGHTH_WINDOW,
  )
  const sa = emptyPart()
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-9, 9) * MINUTE
    add(
      sa,
      record(
        `eighth-h-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        QUIET_PERSON.address,
      ),
      hamLabel(mail),
    )
  })
  const daily = everydayPart(rng, QUIET_PERSON.address, 'eighth-h')
  const corpus = realPart(rng, real, QUIET_PERSON.address, 'eighth-h')
  return scenario('h-quiet', 'h-quiet', seed, [sa, daily, corpus])
}

export function buildScenarios(
  ham: readonly HamMail[],
  real: readonly RealMail[] = [],
): Scenario[] {
  return [
    ...WAVE_KINDS.flatMap((_, k) =>
      WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
    ),
    ...LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario),
    quietScenario(ham, real),
  ]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the shared harness loads. */
export async function allEighthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
