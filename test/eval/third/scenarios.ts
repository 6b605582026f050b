// The third set's labelled inboxes, all from fixed seeds: for every wave kind a–e one wave per
// language and one multilingual, each in a background inbox (SpamAssassin ham, everyday mail,
// important mail inside and around the wave); one burst the person caused per language; and one
// quiet inbox of three weeks. Pure given the ham list, so the unit test can run it on a stub.
import { seeded, type Random } from '../prng.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import {
  LANGUAGES,
  WAVE_KINDS,
  type EvalRecord,
  type Lang,
  type MailLabel,
  type Scenario,
} from '../types.ts'
import { everyday } from './everyday.ts'
import { loadThirdHam } from './ham.ts'
import { IMPORTANT } from './important.ts'
import { buildOwn } from './own.ts'
import { PEOPLE, type Person } from './people.ts'
import { record, ticketOf } from './render.ts'
import { buildWave } from './waves.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** The third set's window: three weeks from Monday 2026-04-06. */
export const THIRD_WINDOW = { start: Date.UTC(2026, 3, 6), days: 21 } as const

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

function hamRecord(mail: HamMail, id: string, at: number, to: string): EvalRecord {
  return record(id, at, mail.from, mail.subject, mail.text.slice(0, 2_000), to)
}

function hamLabel(mail: HamMail): MailLabel {
  return { label: 'ham', source: `${mail.group} ${mail.listId ? 'list' : 'direct'}` }
}

function hamAround(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  if (ham.length === 0) return { records, labels }
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    const id = `${prefix}-ham-${i}`
    records.push(hamRecord(mail, id, from + Math.floor(rng.next() * (to - from)), person.address))
    labels.set(id, hamLabel(mail))
  }
  return { records, labels }
}

/** 3–6 important mails inside [start, end] (labelled with the wave) and 2–3 the same day outside. */
function importantAround(
  rng: Random,
  lang: Lang | 'multi',
  start: number,
  end: number,
  waveId: string,
  person: Person,
): Part {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const inside = rng.int(3, 6)
  const outside = rng.int(2, 3)
  const used = new Set<string>()
  for (let i = 0; i < inside + outside; i++) {
    const mailLang = lang === 'multi' ? rng.pick(LANGUAGES) : lang
    let mail = rng.pick(IMPORTANT[mailLang])
    for (let tries = 0; used.has(mail.subject) && tries < 5; tries++)
      mail = rng.pick(IMPORTANT[mailLang])
    used.add(mail.subject)
    const inWave = i < inside
    const at = inWave
      ? start + Math.floor(rng.next() * Math.max(1, end - start))
      : rng.chance(0.5)
        ? start - rng.int(2, 7) * HOUR
        : end + rng.int(2, 7) * HOUR
    const id = `${waveId}-important-${i}`
    const fillIn = (text: string) =>
      text.replace(/\{name\}/gu, person.first).replace(/\{ticket\}/gu, ticketOf(rng, '@@##@#'))
    records.push(record(id, at, mail.from, fillIn(mail.subject), fillIn(mail.body), person.address))
    labels.set(
      id,
      inWave
        ? { label: 'important', lang: mailLang, waveId, source: mail.from }
        : { label: 'important', lang: mailLang, source: mail.from },
    )
  }
  return { records, labels }
}

/** The wave scenario of one kind and language (index into WAVE_KINDS and WAVE_LANGS). */
export function waveScenario(ham: readonly HamMail[], k: number, l: number): Scenario {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 31_000 + k * 97 + l * 7
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    THIRD_WINDOW.start + rng.int(3, 17) * DAY + rng.int(0, 23) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `third-${kind[0]}-${lang}`
  const wave = buildWave(rng, { waveId, kind, lang, start, person })
  const background = hamAround(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, start, wave.end, waveId, person)
  const daily = everyday(
    rng,
    person,
    [lang === 'multi' ? 'en' : lang],
    start - 2 * DAY,
    3,
    waveId,
    3,
    false,
  )
  return combine(`${kind} ${lang}`, kind, seed, [wave, background, important, daily])
}

export function waveScenarios(ham: readonly HamMail[]): Scenario[] {
  return WAVE_KINDS.flatMap((_, k) => WAVE_LANGS.map((_, l) => waveScenario(ham, k, l)))
}

export function ownScenarios(ham: readonly HamMail[]): Scenario[] {
  return LANGUAGES.map((lang, l) => {
    const seed = 32_000 + l * 13
    const rng = seeded(seed)
    const person = PEOPLE[lang]
    const start = THIRD_WINDOW.start + rng.int(2, 14) * DAY + rng.int(8, 19) * HOUR
    const prefix = `third-g-${lang}`
    const own = buildOwn(rng, lang, person, start, prefix)
    const background = hamAround(
      rng,
      ham,
      rng.int(20, 35),
      start - DAY,
      start + 5 * DAY,
      prefix,
      person,
    )
    const daily = everyday(rng, person, [lang], start - DAY, 6, prefix, 4, false)
    return combine(`g-own ${lang}`, 'g-own', seed, [own, background, daily])
  })
}

export function quietScenario(ham: readonly HamMail[]): Scenario {
  const seed = 33_000
  const rng = seeded(seed)
  const person = PEOPLE.en
  // Each mail keeps its time of day (give or take a few minutes) and the order of its days.
  const dates = redate(
    ham.map((m) => m.date),
    THIRD_WINDOW,
  )
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  ham.forEach((mail, i) => {
    const id = `third-h-ham-${i}`
    const jitter = rng.int(-5, 5) * MINUTE
    records.push(hamRecord(mail, id, dates[i]! + jitter, person.address))
    labels.set(id, hamLabel(mail))
  })
  const daily = everyday(rng, person, LANGUAGES, THIRD_WINDOW.start, THIRD_WINDOW.days, 'third-h')
  return combine('h-quiet', 'h-quiet', seed, [{ records, labels }, daily])
}

export function buildScenarios(ham: readonly HamMail[]): Scenario[] {
  return [...waveScenarios(ham), ...ownScenarios(ham), quietScenario(ham)]
}

export async function allThirdScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadThirdHam())
}
