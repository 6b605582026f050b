// The fifth set's labelled inboxes, all from fixed seeds: for every wave kind a–e one wave per
// language and one multilingual, each in a background inbox (SpamAssassin ham, a few personal
// notes, important mail inside and around the wave); one burst the person caused per language;
// and one quiet inbox of three weeks. Pure given the ham list, so the unit test runs it on a stub.
import { seeded } from '../prng.ts'
import { redate } from '../redate.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { hamLabel, hamPart, importantAround, notesPart } from './background.ts'
import { DAY, FIFTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayMail, everydayPart } from './quiet/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

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

/** The wave scenario of one kind and language (indexes into WAVE_KINDS and WAVE_LANGS). */
export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 51_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    FIFTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `fifth-${kind[0]}-${lang}`
  const wave = buildWave(rng, { waveId, kind, lang, start, person })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, start, wave.end, waveId, person)
  const notes = notesPart(rng, person, rng.int(2, 4), start - 2 * DAY, start + DAY, waveId)
  const scenario = combine(`${kind} ${lang}`, kind, seed, [wave, background, important, notes])
  return { scenario, shape: wave }
}

export function waveScenarios(ham: readonly HamMail[]): Scenario[] {
  return WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 52_000 + l * 19
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    FIFTH_WINDOW.start + rng.int(2, 12) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `fifth-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    start - DAY,
    start + 7 * DAY,
    prefix,
    person,
  )
  const notes = notesPart(rng, person, rng.int(3, 4), start - DAY, start + 7 * DAY, prefix)
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background, notes]), shape: own }
}

export function ownScenarios(ham: readonly HamMail[]): Scenario[] {
  return LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario)
}

export function quietScenario(ham: readonly HamMail[]): Scenario {
  const seed = 53_000
  const rng = seeded(seed)
  const person = QUIET_PERSON
  // Each mail keeps its time of day (give or take a few minutes) and the order of its days.
  const dates = redate(
    ham.map((m) => m.date),
    FIFTH_WINDOW,
  )
  const sa = emptyPart()
  ham.forEach((mail, i) => {
    const id = `fifth-h-ham-${i}`
    const at = dates[i]! + rng.int(-6, 6) * MINUTE
    add(
      sa,
      record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), person.address),
      hamLabel(mail),
    )
  })
  const daily = everydayPart(everydayMail(rng, person), person, 'fifth-h')
  return combine('h-quiet', 'h-quiet', seed, [sa, daily])
}

export function buildScenarios(ham: readonly HamMail[]): Scenario[] {
  return [...waveScenarios(ham), ...ownScenarios(ham), quietScenario(ham)]
}

/** Every scenario, on the SpamAssassin ham groups the shared harness loads. */
export async function allFifthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam())
}
