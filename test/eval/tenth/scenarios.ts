// The tenth set's labelled inboxes, all from fixed seeds (101,000–103,000): for every wave kind
// a–e one wave per language and one multilingual, each inside a background of SpamAssassin ham
// and important mail; one burst the person caused per language; and one quiet inbox of three
// weeks. Pure given the ham and real-corpus lists, so the unit test runs it on stubs.
import { seeded } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { ARRIVALS } from './arrival.ts'
import { hamLabel, hamPart, importantAround } from './background.ts'
import { DAY, HOUR, MINUTE, TENTH_WINDOW } from './clock.ts'
import { buildOwn, type OwnShape } from './own/index.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayMail, everydayPart, realPart } from './quiet/index.ts'
import { add, assemble, emptyPart } from './records.ts'
import { buildWave, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

export interface Sources {
  ham: readonly HamMail[]
  real: readonly RealMail[]
}

/** The wave scenario of kind `k` and language `l` (indexes into WAVE_KINDS and WAVE_LANGS). */
export function waveScenario(
  src: Sources,
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 101_000 + k * 113 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start =
    TENTH_WINDOW.start + rng.int(2, 18) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `tenth-${kind[0]}-${lang}`
  const arrival = ARRIVALS[(k + l) % ARRIVALS.length]!
  const wave = buildWave(rng, {
    waveId,
    kind,
    lang,
    start,
    person,
    arrival,
    bland: (k * 8 + l) % 4 === 1,
  })
  const background = hamPart(
    rng,
    src.ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantAround(rng, lang, start, wave.end, waveId, person)
  return {
    scenario: assemble(`${kind} ${lang}`, kind, seed, [wave, background, important]),
    shape: wave,
  }
}

export function ownScenario(src: Sources, l: number): { scenario: Scenario; shape: OwnShape } {
  const lang = LANGUAGES[l]!
  const seed = 102_000 + l * 23
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    TENTH_WINDOW.start + rng.int(1, 10) * DAY + rng.int(8, 18) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `tenth-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(
    rng,
    src.ham,
    rng.int(25, 40),
    start - DAY,
    start + 9 * DAY,
    prefix,
    person,
  )
  return { scenario: assemble(`g-own ${lang}`, 'g-own', seed, [own, background]), shape: own }
}

export function quietScenario(src: Sources): Scenario {
  const seed = 103_000
  const rng = seeded(seed)
  const person = QUIET_PERSON
  const dates = redate(
    src.ham.map((m) => m.date),
    TENTH_WINDOW,
  )
  const sa = emptyPart()
  src.ham.forEach((mail, i) => {
    add(
      sa,
      {
        id: `tenth-h-ham-${i}`,
        at: dates[i]! + rng.int(-9, 9) * MINUTE,
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      hamLabel(mail),
    )
  })
  const daily = everydayPart(everydayMail(rng, person), person, 'tenth-h')
  const real = realPart(rng, src.real, person, 'tenth-h')
  return assemble('h-quiet', 'h-quiet', seed, [sa, daily, real])
}

export function buildScenarios(src: Sources): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenario(src, k, l).scenario),
  )
  const own = LANGUAGES.map((_, l) => ownScenario(src, l).scenario)
  return [...waves, ...own, quietScenario(src)]
}

/** Every scenario, on the SpamAssassin ham groups and real corpus the shared harness loads. */
export async function allTenthScenarios(): Promise<Scenario[]> {
  return buildScenarios({ ham: await loadHam(), real: await loadRealCorpus() })
}
