// The fresh set's labelled inboxes, all from fixed seeds: for every wave kind a–e one wave per
// language and one multilingual, each in its background inbox; one burst the person caused per
// language; and one quiet inbox. Pure given the ham list, so the unit test can run it on a stub.
import { seeded } from '../prng.ts'
import { redate, WINDOW } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import {
  LANGUAGES,
  WAVE_KINDS,
  type EvalRecord,
  type Lang,
  type MailLabel,
  type Scenario,
} from '../types.ts'
import { hamAround, hamLabel, hamRecord, importantAround } from './background.ts'
import { everyday } from './everyday.ts'
import { loadFreshHam } from './ham.ts'
import { buildOwn } from './own.ts'
import { PEOPLE } from './people.ts'
import { buildWave } from './waves.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

type Part = { records: EvalRecord[]; labels: Map<string, MailLabel> }

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

/** The wave scenario of one kind and language (index into WAVE_KINDS and WAVE_LANGS). */
export function waveScenario(ham: readonly HamMail[], k: number, l: number): Scenario {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 7_000 + k * 100 + l
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? 'en' : lang]
  const start =
    WINDOW.start + rng.int(3, 17) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * 60_000
  const prefix = `fresh-${kind[0]}-${lang}`
  const wave = buildWave(rng, { waveId: prefix, kind, lang, start, person })
  const background = hamAround(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    prefix,
    person,
  )
  const important = importantAround(rng, lang, start, wave.end, prefix, prefix, person)
  const daily = everyday(rng, person, [lang === 'multi' ? 'en' : lang], start - 2 * DAY, 3, prefix)
  return combine(`${kind} ${lang}`, kind, seed, [wave, background, important, daily])
}

export function waveScenarios(ham: readonly HamMail[]): Scenario[] {
  return WAVE_KINDS.flatMap((_, k) => WAVE_LANGS.map((_, l) => waveScenario(ham, k, l)))
}

export function ownScenarios(ham: readonly HamMail[]): Scenario[] {
  return LANGUAGES.map((lang, l) => {
    const seed = 8_000 + l
    const rng = seeded(seed)
    const person = PEOPLE[lang]
    const start = WINDOW.start + rng.int(2, 14) * DAY + rng.int(8, 20) * HOUR
    const prefix = `fresh-g-${lang}`
    const own = buildOwn(rng, lang, person, start, prefix)
    const background = hamAround(
      rng,
      ham,
      rng.int(20, 30),
      start - DAY,
      start + 4 * DAY,
      prefix,
      person,
    )
    return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
  })
}

export function quietScenario(ham: readonly HamMail[]): Scenario {
  const seed = 9_000
  const rng = seeded(seed)
  const person = PEOPLE.en
  const dates = redate(ham.map((m) => m.date))
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  ham.forEach((mail, i) => {
    const id = `fresh-h-ham-${i}`
    records.push(hamRecord(mail, id, dates[i]!, person.address))
    labels.set(id, hamLabel(mail))
  })
  const daily = everyday(rng, person, LANGUAGES, WINDOW.start, WINDOW.days, 'fresh-h')
  return combine('h-quiet', 'h-quiet', seed, [{ records, labels }, daily])
}

export function buildScenarios(ham: readonly HamMail[]): Scenario[] {
  return [...waveScenarios(ham), ...ownScenarios(ham), quietScenario(ham)]
}

export async function allFreshScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadFreshHam())
}
