// The fourth set's labelled inboxes, all from fixed seeds: for every wave kind a–e one wave per
// language and one multilingual, each in a background inbox (SpamAssassin ham, a few personal
// mails, important mail inside and around the wave); one burst the person caused per language;
// and one quiet inbox of three weeks. Pure given the ham list, so the unit test runs it on a stub.
import { seeded } from '../prng.ts'
import { redate } from '../redate.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import {
  LANGUAGES,
  WAVE_KINDS,
  type EvalRecord,
  type Lang,
  type MailLabel,
  type Scenario,
} from '../types.ts'
import { hamBetween, hamLabel, hamRecord, importantAround, type Part } from './background.ts'
import { DAY, FOURTH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { buildOwn } from './own.ts'
import { PEOPLE } from './people.ts'
import { everydayMail, everydayPart } from './quiet/index.ts'
import { notesBetween } from './quiet/personal.ts'
import { buildWave } from './waves.ts'

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
export function waveScenario(ham: readonly HamMail[], k: number, l: number): Scenario {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 41_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    FOURTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 20) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `fourth-${kind[0]}-${lang}`
  const wave = buildWave(rng, { waveId, kind, lang, start, person })
  const background = hamBetween(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, start, wave.end, waveId, person)
  const notes = notesBetween(
    rng,
    person.lang,
    person.first,
    rng.int(2, 4),
    start - 2 * DAY,
    start + DAY,
  )
  const daily = everydayPart(notes, person, waveId)
  return combine(`${kind} ${lang}`, kind, seed, [wave, background, important, daily])
}

export function waveScenarios(ham: readonly HamMail[]): Scenario[] {
  return WAVE_KINDS.flatMap((_, k) => WAVE_LANGS.map((_, l) => waveScenario(ham, k, l)))
}

export function ownScenarios(ham: readonly HamMail[]): Scenario[] {
  return LANGUAGES.map((lang, l) => {
    const seed = 42_000 + l * 17
    const rng = seeded(seed)
    const person = PEOPLE[lang]
    const start =
      FOURTH_WINDOW.start + rng.int(2, 13) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
    const prefix = `fourth-g-${lang}`
    const own = buildOwn(rng, lang, person, start, prefix)
    const background = hamBetween(
      rng,
      ham,
      rng.int(20, 35),
      start - DAY,
      start + 7 * DAY,
      prefix,
      person,
    )
    const notes = notesBetween(rng, lang, person.first, rng.int(3, 5), start - DAY, start + 7 * DAY)
    return combine(`g-own ${lang}`, 'g-own', seed, [
      own,
      background,
      everydayPart(notes, person, prefix),
    ])
  })
}

export function quietScenario(ham: readonly HamMail[]): Scenario {
  const seed = 43_000
  const rng = seeded(seed)
  const person = PEOPLE.en
  // Each mail keeps its time of day (give or take a few minutes) and the order of its days.
  const dates = redate(
    ham.map((m) => m.date),
    FOURTH_WINDOW,
  )
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  ham.forEach((mail, i) => {
    const id = `fourth-h-ham-${i}`
    records.push(hamRecord(mail, id, dates[i]! + rng.int(-5, 5) * MINUTE, person.address))
    labels.set(id, hamLabel(mail))
  })
  const daily = everydayPart(everydayMail(rng, person), person, 'fourth-h')
  return combine('h-quiet', 'h-quiet', seed, [{ records, labels }, daily])
}

export function buildScenarios(ham: readonly HamMail[]): Scenario[] {
  return [...waveScenarios(ham), ...ownScenarios(ham), quietScenario(ham)]
}

/** Every scenario, on the SpamAssassin ham groups the shared harness loads. */
export async function allFourthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam())
}
