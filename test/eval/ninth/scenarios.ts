// The ninth set's labelled inboxes, all from fixed seeds (91,000-93,000): for every wave kind a-e
// one wave per language and one multilingual, each in a background inbox (SpamAssassin ham and
// important mail inside and around the wave); one burst the person caused per language; and one
// quiet inbox of three weeks. Pure given the ham list, so the unit test runs it on a stub.
import { seeded } from '../prng.ts'
import { redate } from '../redate.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import type { Arrival } from './arrival.ts'
import { hamLabel, hamPart, importantPart } from './background.ts'
import { DAY, HOUR, MINUTE, NINTH_WINDOW } from './clock.ts'
import { buildOwn, type OwnShape } from './own.ts'
import { PEOPLE, QUIET_PERSON } from './people.ts'
import { everydayPart } from './quiet.ts'
import { add, combine, emptyPart, record } from './records.ts'
import { buildWave, planPayload, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

/** Slow waves: the multilingual mixed wave and the Dutch reset wave. */
function arrivalOf(k: number, l: number): Arrival {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  if ((kind === 'e-mixed' && lang === 'multi') || (kind === 'd-reset' && lang === 'nl'))
    return 'slow'
  return (['burst', 'tail', 'even'] as const)[(k + l) % 3]!
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 91_000 + k * 103 + l * 13
  const rng = seeded(seed)
  const langs = lang === 'multi' ? rng.shuffle(LANGUAGES).slice(0, 4) : [lang]
  const person = PEOPLE[langs[0]!]
  const start =
    NINTH_WINDOW.start + rng.int(3, 17) * DAY + rng.int(6, 21) * HOUR + rng.int(0, 59) * MINUTE
  const waveId = `ninth-${kind[0]}-${lang}`
  const payload = planPayload(rng, (k * 8 + l) % 3 !== 0)
  const wave = buildWave(rng, {
    waveId,
    kind,
    langs,
    start,
    person,
    arrival: arrivalOf(k, l),
    payload,
  })
  const background = hamPart(
    rng,
    ham,
    rng.int(30, 60),
    start - 2 * DAY,
    start + DAY,
    waveId,
    person,
  )
  const important = importantPart(rng, langs, wave, waveId, person)
  return {
    scenario: combine(`${kind} ${lang}`, kind, seed, [wave, background, important]),
    shape: wave,
  }
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
  const seed = 92_000 + l * 19
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start =
    NINTH_WINDOW.start + rng.int(2, 12) * DAY + rng.int(8, 19) * HOUR + rng.int(0, 59) * MINUTE
  const prefix = `ninth-g-${lang}`
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
  return { scenario: combine(`g-own ${lang}`, 'g-own', seed, [own, background]), shape: own }
}

export function quietScenario(ham: readonly HamMail[]): Scenario {
  const seed = 93_000
  const rng = seeded(seed)
  const person = QUIET_PERSON
  const dates = redate(
    ham.map((m) => m.date),
    NINTH_WINDOW,
  )
  const sa = emptyPart()
  ham.forEach((mail, i) => {
    const at = dates[i]! + rng.int(-9, 9) * MINUTE
    add(
      sa,
      record(
        `ninth-h-ham-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      hamLabel(mail),
    )
  })
  return combine('h-quiet', 'h-quiet', seed, [sa, everydayPart(rng, person)])
}

export function buildScenarios(ham: readonly HamMail[]): Scenario[] {
  return [
    ...waveScenarios(ham),
    ...LANGUAGES.map((_, l) => ownScenarioWithShape(ham, l).scenario),
    quietScenario(ham),
  ]
}

/** Every scenario, on the SpamAssassin ham groups the shared harness loads. */
export async function allNinthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam())
}
