// The seventh set's labelled inboxes, all from fixed seeds (71,000-73,000): for every wave kind
// a-e one wave per language and one multilingual, each in a background inbox (SpamAssassin ham,
// important mail inside and around the wave); one burst the person caused per language; one
// quiet inbox of three weeks. Pure given the ham list and the real mails, so the unit test runs
// it on stubs.
import { seeded } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { loadRealCorpus } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import type { Arrival } from './arrival.ts'
import { hamLabel, hamPart, importantAround } from './background.ts'
import { DAY, HOUR, MINUTE, SEVENTH_WINDOW } from './clock.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayMail, everydayPart } from './quiet/index.ts'
import { add, combine, emptyPart, record } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** One wave in five is slow; the others alternate one burst with a tail and two bursts. */
export function arrivalOf(k: number, l: number): Arrival {
  const index = k * WAVE_LANGS.length + l
  return index % 5 === 2 ? 'slow' : index % 2 === 1 ? 'two-bursts' : 'burst-tail'
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 71_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    SEVENTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `seventh-${kind[0]}-${lang}`
  const wave = buildWave(rng, { waveId, kind, lang, start, person, arrival: arrivalOf(k, l) })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 50),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, start, wave.end, waveId, person)
  const scenario = combine(`${kind} ${lang}`, kind, seed, [wave, background, important])
  return { scenario, shape: wave }
}

export function ownScenarioWithShape(
  ham: readonly HamMail[],
  l: number,
): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 72_000 + l * 19
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    SEVENTH_WINDOW.start + rng.int(2, 10) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `seventh-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    ham,
    rng.int(20, 35),
    start - DAY,
    start + 9 * DAY,
    prefix,
    person,
  )
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background]), shape: own }
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 73_000
  const rng = seeded(seed)
  const person = QUIET_PERSON
  const dates = redate(
    ham.map((m) => m.date),
    SEVENTH_WINDOW,
  )
  const sa = emptyPart()
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-9, 9) * MINUTE
    add(
      sa,
      record(
        `seventh-h-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  })
  // The real mails keep their time of day and their order; their days move into the window.
  const realPart = emptyPart()
  real.forEach((mail, i) => {
    const timeOfDay = mail.date === null ? 12 * HOUR : ((mail.date % DAY) + DAY) % DAY
    const at = SEVENTH_WINDOW.start + (1 + i) * DAY + timeOfDay
    const source = mail.source === 'helpdesk' ? 'real-helpdesk' : 'real-reply'
    add(
      realPart,
      record(
        `seventh-h-real-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      { label: 'ham', source },
    )
  })
  const daily = everydayPart(everydayMail(rng, person), person, 'seventh-h')
  return combine('h-quiet', 'h-quiet', seed, [sa, realPart, daily])
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  return [
    ...WAVE_KINDS.flatMap((_, k) =>
      WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
    ),
    ...LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario),
    quietScenario(ham, real),
  ]
}

/** Every scenario, on the SpamAssassin ham groups and the real mails the shared harness loads. */
export async function allSeventhScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
