// How real services answer a sign-up (README, "Flows"): each service keeps one flow, and the flow
// decides which mails arrive, when, and what a click changes. In a wave nobody clicks; in the
// person's own sign-ups some links are clicked within minutes and others forgotten.
import type { Random } from '../prng.ts'
import { DAY, HOUR, MINUTE } from './window.ts'

export const SIGNUP_FLOWS = [
  'verify-only',
  'verify-then-welcome',
  'welcome-with-verify',
  'delayed-welcome',
  'verify-reminders',
  'double-opt-in',
  'code-or-link',
] as const
/** Forms that are not sign-ups have one mail per submission: a ticket notice or a reset link. */
export const FLOWS = [...SIGNUP_FLOWS, 'ticket-ack', 'reset-link'] as const
export type Flow = (typeof FLOWS)[number]

export const STEPS = [
  'verify',
  'welcome',
  'reminder',
  'deleted',
  'series1',
  'series3',
  'optin',
  'optin-welcome',
  'code',
  'magic',
  'ack',
  'reset',
] as const
export type Step = (typeof STEPS)[number]

export interface Sent {
  step: Step
  at: number
}

/** Per service, fixed once: its marketing delay and whether it signs in by code or by link. */
export interface FlowService {
  flow: Flow
  delay: number
  magic: boolean
}

export const FLOW_OF_FAMILY: Record<string, readonly Flow[]> = {
  helpdesk: ['ticket-ack'],
  verification: [
    'verify-only',
    'verify-then-welcome',
    'welcome-with-verify',
    'delayed-welcome',
    'verify-reminders',
    'code-or-link',
  ],
  subscription: ['double-opt-in'],
  reset: ['reset-link'],
}

export function familyOfFlow(flow: Flow): string {
  return Object.keys(FLOW_OF_FAMILY).find((f) => FLOW_OF_FAMILY[f]!.includes(flow))!
}

const DELAYS = [5 * MINUTE, 20 * MINUTE, HOUR, DAY]

export function flowService(rng: Random, flow: Flow): FlowService {
  return { flow, delay: rng.pick(DELAYS), magic: rng.chance(0.5) }
}

const seconds = (rng: Random, max: number) => rng.int(2, max) * 1000

/** What a first submission triggers; `click` is when the person clicked, null when nobody did. */
export function schedule(rng: Random, s: FlowService, at: number, click: number | null): Sent[] {
  const out: Sent[] = []
  const after = (step: Step) => {
    if (click !== null) out.push({ step, at: click + seconds(rng, 90) })
  }
  switch (s.flow) {
    case 'verify-only':
      out.push({ step: 'verify', at: at + seconds(rng, 40) })
      break
    case 'verify-then-welcome':
      out.push({ step: 'verify', at: at + seconds(rng, 40) })
      after('welcome')
      break
    case 'welcome-with-verify': {
      const first = at + seconds(rng, 20)
      const order: Step[] = rng.chance(0.5) ? ['welcome', 'verify'] : ['verify', 'welcome']
      order.forEach((step, i) => out.push({ step, at: first + i * seconds(rng, 15) }))
      break
    }
    case 'delayed-welcome':
      out.push({ step: 'verify', at: at + seconds(rng, 40) })
      out.push({ step: 'welcome', at: at + s.delay + seconds(rng, 60) })
      out.push({ step: 'series1', at: at + s.delay + DAY + rng.int(0, 3) * HOUR })
      out.push({ step: 'series3', at: at + s.delay + 3 * DAY + rng.int(0, 3) * HOUR })
      break
    case 'verify-reminders':
      out.push({ step: 'verify', at: at + seconds(rng, 40) })
      if (click === null) {
        out.push({ step: 'reminder', at: at + rng.int(3, 26) * HOUR })
        out.push({ step: 'deleted', at: at + rng.int(3, 7) * DAY + rng.int(0, 5) * HOUR })
      } else after('welcome')
      break
    case 'double-opt-in':
      out.push({ step: 'optin', at: at + seconds(rng, 40) })
      after('optin-welcome')
      break
    case 'code-or-link':
      out.push({ step: s.magic ? 'magic' : 'code', at: at + seconds(rng, 20) })
      after('welcome')
      break
    case 'ticket-ack':
      out.push({ step: 'ack', at: at + seconds(rng, 60) })
      break
    case 'reset-link':
      out.push({ step: 'reset', at: at + seconds(rng, 30) })
      break
  }
  return out
}

/** A repeated submission (an attacker sending one form again) brings only the first mail again. */
export function repeat(rng: Random, s: FlowService, at: number): Sent[] {
  return schedule(rng, s, at, null).slice(0, 1)
}
