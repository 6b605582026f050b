// The twenty-fifth set's labelled inboxes, all from fixed seeds (251,000-253,999): one wave per
// kind a-e and language, plus one multilingual wave per kind, each with SpamAssassin ham,
// look-alikes, earlier mail of known senders and the person's own activity around and inside it;
// one burst the person caused per language; one quiet inbox of four weeks. Pure given the ham and
// real lists, so the unit test runs it on stubs.
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../types.ts'
import { DAY, HOUR, MINUTE, TWENTY_FIFTH_WINDOW as W } from './clock.ts'
import { insideWave } from './inside.ts'
import { buildOwn } from './own.ts'
import { disguise, pickPayload } from './payloads.ts'
import { PEOPLE, QUIET_PERSON, type Person } from './people.ts'
import { corpusPart, everydayPart } from './quiet.ts'
import { combine, emptyPart, put, type Part } from './records.ts'
import { buildWave, type Arrival, type WavePlan, type WaveShape } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
/** Waves that run slowly over several hours (the brief's "some waves run slowly"). */
export const HOURS_WAVES: readonly string[] = ['c-subscription multi', 'b-verification pt']
/** The slow wave: 20 companies over 90 minutes. */
export const SLOW_WAVE = 'd-reset multi'
export const LARGEST_WAVE = 'e-mixed multi'

function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  const count = ham.length === 0 ? 0 : rng.int(18, 30)
  for (let i = 0; i < count; i++) {
    const m = rng.pick(ham)
    const source = m.listId ? `spamassassin-list/${m.group}` : `spamassassin/${m.group}`
    const at = from + Math.floor(rng.next() * (to - from))
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source },
    )
  }
  return part
}

function plan(rng: Random, k: number, l: number, start: number): WavePlan {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const name = `${kind} ${lang}`
  const index = k * WAVE_LANGS.length + l
  const arrival: Arrival = (['burst', 'tail', 'slow'] as const)[index % 3]!
  let companies = lang === 'multi' ? rng.int(60, 120) : rng.int(20, 70)
  let span =
    arrival === 'burst' ? rng.int(3, 20) : arrival === 'tail' ? rng.int(20, 90) : rng.int(30, 90)
  let payload = pickPayload(rng, index)
  let sameSubject = false
  let mails = Math.max(40, Math.min(380, Math.round(companies * (1.3 + rng.next() * 1.3))))
  let shape = arrival
  if (name === SLOW_WAVE) [companies, mails, span, shape] = [20, 40, 90, 'slow']
  if (name === LARGEST_WAVE) {
    ;[companies, mails, span, shape, sameSubject] = [150, 400, 25, 'burst', true]
    payload = {
      label: 'takedown/plain',
      text: disguise('CONTENT REMOVAL NOTICE - RESPOND WITHIN 12H', 'plain'),
    }
  }
  if (HOURS_WAVES.includes(name)) [span, shape] = [rng.int(180, 300), 'slow']
  const waveId = `t25-${kind.charAt(0)}-${lang}`
  return { waveId, kind, lang, start, companies, mails, span, arrival: shape, payload, sameSubject }
}

export function waveScenarioWithShape(
  ham: readonly HamMail[],
  k: number,
  l: number,
): { scenario: Scenario; shape: WaveShape } {
  const seed = 251_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const lang = WAVE_LANGS[l]!
  const person = PEOPLE[lang === 'multi' ? rng.pick(LANGUAGES) : lang]
  const start = W.start + rng.int(3, 24) * DAY + rng.int(7, 20) * HOUR + rng.int(0, 59) * MINUTE
  const wave = buildWave(rng, plan(rng, k, l, start), person)
  const index = k * WAVE_LANGS.length + l
  const inside = insideWave(
    rng,
    {
      waveId: wave.plan.waveId,
      lang: person.lang,
      person,
      start,
      end: wave.end,
      slot: lang === 'multi' ? -1 : k,
      companies: wave.companyList,
    },
    index,
    index % 3 === 0,
  )
  const background = hamPart(rng, ham, start - 2 * DAY, start + DAY, wave.plan.waveId, person)
  const name = `${WAVE_KINDS[k]!} ${lang}`
  return { scenario: combine(name, WAVE_KINDS[k]!, seed, [wave, inside, background]), shape: wave }
}

export function ownScenario(ham: readonly HamMail[], l: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 252_000 + l * 17
  const rng = seeded(seed)
  const person = PEOPLE[lang]
  const start = W.start + rng.int(2, 22) * DAY + rng.int(8, 17) * HOUR
  const prefix = `t25-g-${lang}`
  const own = buildOwn(rng, lang, person, start, prefix)
  const background = hamPart(rng, ham, start - DAY, start + 3 * DAY, prefix, person)
  return combine(`g-own ${lang}`, 'g-own', seed, [own, background])
}

export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 253_000
  const rng = seeded(seed)
  const parts = [corpusPart(rng, ham, real, QUIET_PERSON), everydayPart(rng, QUIET_PERSON)]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const waves = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).scenario),
  )
  return [...waves, ...LANGUAGES.map((_, l) => ownScenario(ham, l)), quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allTwentyFifthScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
