// A large burst the person caused without writing first: a new job, a move, a new phone, a
// student's first week, a shop opening online. Each service sends its first mail in its own
// one wording; some links are clicked (a welcome follows minutes later), some services send a
// welcome anyway, some left links bring a reminder, some a first newsletter days later.
import type { Random } from '../prng.ts'
import { DAY, HOUR, MINUTE } from '../nineteenth/clock.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { BURST_BLOCKS, type BurstAction } from './burst-blocks.ts'
import { BURST_HAND } from './burst-hand.ts'
import { capital, companyDomain, MAILING_SERVICES, OWN_STEMS } from './companies.ts'
import { CLOSINGS, GREETINGS } from './composed-blocks.ts'
import type { Person } from './people.ts'
import { orgName, ROLES, type Role } from './services.ts'
import { BURST_SIZES, type BurstKind, type FortySecondLabel, type Wording } from './types.ts'

export interface BurstPlan {
  kind: BurstKind
  person: Person
  start: number
  burstId: string
  /** Where this burst's services start in OWN_STEMS (0, 20 or 40: services take 12, the org the 15th). */
  stemOffset: number
}

export interface BuiltBurst extends Part {
  size: number
  end: number
}

/** First arrivals: within an hour or two, an evening, 20 minutes, two days, an afternoon. */
function arrivals(rng: Random, kind: BurstKind, start: number, n: number): number[] {
  const span: Record<BurstKind, number> = {
    job: rng.int(60, 120) * MINUTE,
    move: rng.int(120, 240) * MINUTE,
    phone: rng.int(10, 20) * MINUTE,
    student: 9 * HOUR,
    shop: rng.int(180, 300) * MINUTE,
  }
  const times = Array.from({ length: n }, (_, i) => {
    const day = kind === 'student' && i >= n / 2 ? DAY : 0
    return start + day + Math.floor(rng.next() * span[kind])
  })
  return times.sort((a, b) => a - b)
}

/** One service's wording for an action: its greeting and closing stay the same throughout. */
function serviceText(action: BurstAction, person: Person, g: number, c: number): Wording {
  const block = BURST_BLOCKS[person.lang][action]
  const greeting = GREETINGS[person.lang][g]!
  const closing = CLOSINGS[person.lang][c]!
  return { subject: block.subject, body: `${greeting}\n\n${block.body}\n\n${closing}` }
}

function firstText(kind: BurstKind, role: Role, person: Person, g: number, c: number): Wording {
  return role.first === 'hand'
    ? BURST_HAND[kind][person.lang]
    : serviceText(role.first, person, g, c)
}

function oneService(rng: Random, part: Part, plan: BurstPlan, i: number, at: number, n: number) {
  const { kind, person } = plan
  const role = ROLES[kind][i % ROLES[kind].length]!
  const stem = OWN_STEMS[(plan.stemOffset + i) % OWN_STEMS.length]!
  const service = `${capital(stem)} ${role.trade}`
  const domain = companyDomain(stem, person.lang)
  const hosted = rng.chance(0.15)
  const from = hosted
    ? `${service} <${stem}@${rng.pick(MAILING_SERVICES)}.net>`
    : `${service} <${rng.pick(['no-reply', 'hello', 'accounts', 'team'])}@${domain}>`
  const orgStem = OWN_STEMS[(plan.stemOffset + 14) % OWN_STEMS.length]!
  const [g, c] = [rng.int(0, 1), rng.int(0, 1)]
  const label: FortySecondLabel = {
    label: 'own',
    lang: person.lang,
    burstKind: kind,
    burstId: plan.burstId,
    burstSize: n,
    persona: person.persona,
  }
  const send = (action: BurstAction | 'first', when: number, s: number) => {
    const text =
      action === 'first' ? firstText(kind, role, person, g, c) : serviceText(action, person, g, c)
    const values = {
      service,
      first: person.first,
      name: person.first,
      company: service,
      org: orgName(kind, orgStem, person.lang),
      link: `https://${domain}/${action === 'first' ? 'start' : action}/${token(rng, 24)}`,
      code: numeric(rng, 6),
    }
    const mail = {
      id: `${plan.burstId}-s${i}-${s}`,
      at: when,
      from,
      to: person.address,
      subject: fill(text.subject, values),
      body: fill(text.body, values),
    }
    put(part, mail, { ...label, source: `own:${kind}:${action === 'first' ? role.first : action}` })
  }
  send('first', at, 0)
  if (rng.chance(0.3)) send('welcome', at + rng.int(10, 60) * 1000, 1)
  else if (rng.chance(0.55)) send('welcome', at + rng.int(1, 15) * MINUTE, 1)
  else if (rng.chance(0.5)) send('reminder', at + rng.int(1, 3) * DAY + rng.int(0, 5) * HOUR, 2)
  if (rng.chance(0.3)) send('newsletter', at + rng.int(3, 10) * DAY + rng.int(0, 8) * HOUR, 3)
}

export function buildBurst(rng: Random, plan: BurstPlan): BuiltBurst {
  const [min, max] = BURST_SIZES[plan.kind]
  const n = rng.int(min, max)
  const part = emptyPart()
  const times = arrivals(rng, plan.kind, plan.start, n)
  times.forEach((at, i) => oneService(rng, part, plan, i, at, n))
  return { ...part, size: n, end: Math.max(...times) }
}
