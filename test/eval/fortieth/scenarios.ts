// The fortieth set's labelled inboxes, all from fixed seeds: one campaign per wave kind a-e and
// language plus a multilingual one per kind (seeds 401,000 + 101 k + 11 l), each with its trail,
// look-alikes, the persona's own mail and SpamAssassin ham; each persona's own days in every
// language (402,000 + 17 l + p); one quiet inbox of five weeks (403,000). Pure given the ham and
// real lists, so the unit test runs it on stubs.
import { toRecord } from '../nineteenth/records.ts'
import { seeded, type Random } from '../prng.ts'
import { loadRealCorpus, type RealMail } from '../real-corpus.ts'
import { loadHam, type HamMail } from '../spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type MailLabel, type Scenario } from '../types.ts'
import { hamAround, hamRedated, quietLookalikes, realRedated } from './background.ts'
import { planCampaign, type CampaignPlan } from './campaign.ts'
import { DAY, FORTIETH_WINDOW, HOUR, MINUTE } from './clock.ts'
import { lookalikesInCampaign } from './inside.ts'
import { burstTypes, ownBurst } from './own.ts'
import { PERSONA_KINDS, personOf, type Person } from './people.ts'
import { personaStreams } from './personas.ts'
import { buildTrail } from './trail.ts'
import { buildWaves, type BuiltWave, type Labelled } from './waves.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']

export function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Labelled[],
): Scenario {
  const records = parts
    .map((p) => toRecord(p.mail))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>(parts.map((p) => [p.mail.id, p.label]))
  return { name, kind, seed, records, labels }
}

const dayOf = (at: number) => Math.floor(at / DAY) * DAY

/** A burst of the person's own: inside one of the campaign's waves, or the day after the last. */
function ownInCampaign(
  rng: Random,
  waves: readonly BuiltWave[],
  k: number,
  person: Person,
  prefix: string,
): Labelled[] {
  const inside = k % 2 === 0
  const wave = rng.pick(waves)
  const start = inside
    ? wave.plan.start + Math.floor(rng.next() * Math.max(MINUTE, wave.end - wave.plan.start))
    : dayOf(waves[waves.length - 1]!.end) + DAY + rng.int(9, 18) * HOUR
  return ownBurst(rng, { person, start, prefix: `${prefix}-own`, types: burstTypes(rng) })
}

export interface BuiltCampaign {
  scenario: Scenario
  campaign: CampaignPlan
  waves: BuiltWave[]
}

export function campaignScenario(ham: readonly HamMail[], k: number, l: number): BuiltCampaign {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const seed = 401_000 + k * 101 + l * 11
  const rng = seeded(seed)
  const person = personOf(
    PERSONA_KINDS[(k + l) % 4]!,
    lang === 'multi' ? rng.pick(LANGUAGES) : lang,
  )
  const prefix = `n40-${'abcde'[k]}-${lang}`
  const campaign = planCampaign(rng, { kind, lang, index: k * 8 + l, prefix })
  const waves = buildWaves(rng, campaign, person)
  const from = dayOf(waves[0]!.plan.start) - 2 * DAY
  const to = dayOf(waves[waves.length - 1]!.end) + 3 * DAY
  const parts = [
    ...waves.flatMap((w) => w.mails),
    ...buildTrail(rng, waves, person.address),
    ...lookalikesInCampaign(rng, waves, k, person),
    ...ownInCampaign(rng, waves, k, person, prefix),
    ...personaStreams(rng, person, from, to, `${prefix}-p`),
    ...hamAround(rng, ham, rng.int(30, 50), from, to, prefix, person),
  ]
  return { scenario: combine(`${kind} ${lang}`, kind, seed, parts), campaign, waves }
}

/** A persona's two weeks in one language: its streams, two or three own bursts, some ham. */
export function ownScenario(ham: readonly HamMail[], l: number, p: number): Scenario {
  const lang = LANGUAGES[l]!
  const seed = 402_000 + l * 17 + p
  const rng = seeded(seed)
  const person = personOf(PERSONA_KINDS[p]!, lang)
  const prefix = `n40-g-${person.persona}-${lang}`
  const from = FORTIETH_WINDOW.start + rng.int(0, 14) * DAY
  const bursts = Array.from({ length: rng.int(2, 3) }, (_, b) => {
    const start = from + (1 + b * 4 + rng.int(0, 2)) * DAY + rng.int(8, 20) * HOUR
    return ownBurst(rng, { person, start, prefix: `${prefix}-b${b}`, types: burstTypes(rng) })
  })
  const parts = [
    ...bursts.flat(),
    ...personaStreams(rng, person, from, from + 14 * DAY, `${prefix}-p`),
    ...hamAround(rng, ham, rng.int(20, 35), from, from + 14 * DAY, prefix, person),
  ]
  return combine(`g-own ${person.persona} ${lang}`, 'g-own', seed, parts)
}

export const QUIET_PERSON = personOf('freelancer', 'en')

/** The freelancer's five weeks: ham, the real corpus, look-alikes, streams, four own bursts. */
export function quietScenario(ham: readonly HamMail[], real: readonly RealMail[]): Scenario {
  const seed = 403_000
  const rng = seeded(seed)
  const person = QUIET_PERSON
  const start = FORTIETH_WINDOW.start
  const bursts = [3, 10, 17, 24].map((day, b) =>
    ownBurst(rng, {
      person,
      start: start + day * DAY + rng.int(9, 17) * HOUR,
      prefix: `n40-q-own${b}`,
      types: burstTypes(rng),
    }),
  )
  const parts = [
    ...hamRedated(ham, person),
    ...realRedated(rng, real, person),
    ...quietLookalikes(rng, person),
    ...personaStreams(rng, person, start, start + 35 * DAY, 'n40-q-p'),
    ...bursts.flat(),
  ]
  return combine('h-quiet', 'h-quiet', seed, parts)
}

export function buildScenarios(ham: readonly HamMail[], real: readonly RealMail[]): Scenario[] {
  const campaigns = WAVE_KINDS.flatMap((_, k) =>
    WAVE_LANGS.map((_, l) => campaignScenario(ham, k, l).scenario),
  )
  const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(ham, l, p)))
  return [...campaigns, ...own, quietScenario(ham, real)]
}

/** Every scenario, on the SpamAssassin ham groups and the real corpus the harness loads. */
export async function allFortiethScenarios(): Promise<Scenario[]> {
  return buildScenarios(await loadHam(), await loadRealCorpus())
}
