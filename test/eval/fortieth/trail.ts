// The trail a wave leaves: what each company's software sends after the first mail, hours to
// weeks later, because nobody answers, confirms or closes anything. Helpdesks remind, solve,
// survey and close for inactivity; unconfirmed sign-ups remind, warn and delete; unconfirmed
// newsletters remind once; forms that created an account send a welcome series and then their
// ordinary promotions a few times a week. Some of it comes from another address of the company.
import type { Random } from '../prng.ts'
import { fill, token, type Mail } from '../nineteenth/records.ts'
import type { Lang } from '../types.ts'
import { DAY, FORTIETH_WINDOW, HOUR, MINUTE } from './clock.ts'
import type { Company } from './roster.ts'
import type { SenderRow } from './senders.ts'
import { HELP_TRAIL, type HelpTrail } from './trail-a.ts'
import { SIGN_TRAIL_A, type Pair, type SignTrail } from './trail-b.ts'
import { OFFERS, SIGN_TRAIL_C } from './trail-c.ts'
import type { Delay, TrailKind } from './types.ts'
import { baseLabel, type BuiltWave, type Labelled } from './waves.ts'

const SIGN = { ...SIGN_TRAIL_A, ...SIGN_TRAIL_C }
const WINDOW_END = FORTIETH_WINDOW.start + FORTIETH_WINDOW.days * DAY

/** Hours after the wave mail each trail kind arrives (the brief's delays; checked by the test). */
export const TRAIL_HOURS: Record<TrailKind, readonly [number, number]> = {
  waiting: [24, 72],
  solved: [48, 168],
  survey: [49, 216],
  'auto-closed': [72, 240],
  unconfirmed: [3, 48],
  'last-chance': [72, 336],
  deleted: [72, 336],
  'confirm-reminder': [20, 72],
  welcome: [0, 52],
  promo: [48, 35 * 24],
}

export function delayOf(elapsed: number): Delay {
  return elapsed < DAY ? 'same-day' : elapsed < 4 * DAY ? '1-3 days' : '4+ days'
}

export function textOf(lang: Lang, step: HelpTrail | SignTrail): Pair {
  return step in HELP_TRAIL[lang]
    ? HELP_TRAIL[lang][step as HelpTrail]
    : SIGN[lang][step as SignTrail]
}

/** One planned follow-up: its text, its trail kind, its time and the address it comes from. */
export interface Step {
  step: HelpTrail | SignTrail
  kind: TrailKind
  at: number
  row: SenderRow
}

const hours = (rng: Random, lo: number, hi: number) =>
  Math.floor((lo + rng.next() * (hi - lo)) * HOUR)

function helpdeskSteps(rng: Random, c: Company, t0: number): Step[] {
  const same = () => (rng.chance(0.75) ? c.row : c.notice)
  const steps: Step[] = []
  if (c.profile !== 'ticket-solved')
    steps.push({ step: 'waiting', kind: 'waiting', at: t0 + hours(rng, 24, 72), row: same() })
  if (c.profile === 'ticket-inactive') {
    steps.push({
      step: 'auto-closed',
      kind: 'auto-closed',
      at: t0 + hours(rng, 96, 240),
      row: same(),
    })
    return steps
  }
  const solved = t0 + hours(rng, 76, 168)
  steps.push({ step: 'solved', kind: 'solved', at: solved, row: same() })
  const survey = solved + hours(rng, 1, 48)
  steps.push({
    step: 'survey',
    kind: 'survey',
    at: survey,
    row: rng.chance(0.6) ? c.notice : c.row,
  })
  return steps
}

function signupSteps(rng: Random, c: Company, t0: number): Step[] {
  const row = () => (rng.chance(0.6) ? c.row : c.notice)
  const steps: Step[] = [
    { step: 'unconfirmed', kind: 'unconfirmed', at: t0 + hours(rng, 3, 48), row: row() },
  ]
  if (c.profile === 'remind-full') {
    const warn = t0 + hours(rng, 72, 240)
    steps.push({ step: 'last-chance', kind: 'last-chance', at: warn, row: row() })
    steps.push({ step: 'deleted', kind: 'deleted', at: warn + hours(rng, 72, 96), row: row() })
  } else steps.push({ step: 'deleted', kind: 'deleted', at: t0 + hours(rng, 72, 336), row: row() })
  return steps
}

/** A welcome within the hour, a getting-started mail a day or two later, then promotions. */
function directSteps(rng: Random, c: Company, t0: number): Step[] {
  const first = rng.chance(0.5) ? c.row : c.marketing
  const steps: Step[] = [
    { step: 'welcome', kind: 'welcome', at: t0 + rng.int(1, 50) * MINUTE, row: first },
    { step: 'tips', kind: 'welcome', at: t0 + hours(rng, 24, 52), row: first },
  ]
  let at = t0 + hours(rng, 48, 96)
  for (let i = 0; at < WINDOW_END; i++) {
    steps.push({ step: i % 2 ? 'promo2' : 'promo', kind: 'promo', at, row: c.marketing })
    at += hours(rng, 48, 120)
  }
  return steps
}

/** The follow-ups of one company's first mail of a wave (a welcome series only the first time). */
export function stepsFor(rng: Random, c: Company, t0: number, seen: boolean): Step[] {
  switch (c.profile) {
    case 'ticket-full':
    case 'ticket-inactive':
    case 'ticket-solved':
      return helpdeskSteps(rng, c, t0)
    case 'remind-full':
    case 'remind-short':
      return signupSteps(rng, c, t0)
    case 'optin-reminder':
      return rng.chance(0.8)
        ? [
            {
              step: 'confirm-reminder',
              kind: 'confirm-reminder',
              at: t0 + hours(rng, 20, 72),
              row: c.row,
            },
          ]
        : []
    case 'direct':
      return seen ? [] : directSteps(rng, c, t0)
    default:
      return []
  }
}

/** Fills a step's text: helpdesk steps echo the ticket, others the name and a fresh link. */
export function stepMail(
  rng: Random,
  step: Step,
  c: Company,
  values: Record<string, string>,
  id: string,
  to: string,
): Mail {
  const [subject, body] = textOf(c.lang, step.step)
  // One draw whatever the step, so every later draw stays where it was.
  const path = rng.pick(['go', 'm', 'account', 'l'])
  const filled = {
    ...values,
    link: `https://${c.domain}/${step.kind === 'survey' ? 'survey' : path}/${token(rng, 20)}`,
    offer: rng.pick(OFFERS[c.lang]),
  }
  return {
    id,
    at: step.at,
    from: step.row.from,
    subject: fill(subject, filled),
    body: fill(body, filled),
    to,
  }
}

export function buildTrail(rng: Random, waves: readonly BuiltWave[], to: string): Labelled[] {
  const out: Labelled[] = []
  for (const wave of waves)
    for (const { slot, mail, values } of wave.firsts) {
      const c = slot.company
      stepsFor(rng, c, mail.at, slot.seen).forEach((step, i) => {
        const label = {
          ...baseLabel(c, wave.plan, slot),
          sender: step.row.kind,
          source: `trail:${step.kind}`,
          trail: step.kind,
          delay: delayOf(step.at - mail.at),
        }
        out.push({ mail: stepMail(rng, step, c, values, `${mail.id}-t${i}`, to), label })
      })
    }
  return out
}
