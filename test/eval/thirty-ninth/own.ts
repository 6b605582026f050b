// Sign-ups the person makes (label own): a few services within minutes, each answering with its
// own flow; the person clicks most links within 1-10 minutes of the mail and forgets others, so
// an unclicked service goes on to remind and delete exactly as in a wave. A job seeker applies
// after registering, and the portal confirms the application.
import type { Random } from '../prng.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, numeric, put, type Part } from '../nineteenth/records.ts'
import { MAILING_SERVICES } from './companies.ts'
import { flowService, schedule, type Sent } from './flows.ts'
import { APPLICATION } from './persona-texts.ts'
import type { Persona, Service } from './personas.ts'
import { link, split, textFor, type Wording } from './render.ts'
import { MINUTE } from './window.ts'

export type Placement = 'inside' | 'outside'

function fromOf(s: Service): string {
  // Newsletter tools send through a shared mailing platform under the list's name.
  return s.flow === 'double-opt-in'
    ? `${s.name} <no-reply@${MAILING_SERVICES[1]}.net>`
    : `${s.name} <no-reply@${s.domain}>`
}

const APPLIES = ['job portal', 'recruiting platform', 'company careers site', 'job board']

function application(
  rng: Random,
  p: Persona,
  s: Service,
  sent: Sent[],
  click: number | null,
): Sent[] {
  if (p.kind !== 'jobseeker' || !APPLIES.includes(s.role)) return []
  const ready =
    click ?? (s.flow === 'welcome-with-verify' || s.flow === 'delayed-welcome' ? sent[0]!.at : null)
  return ready === null ? [] : [{ step: 'ack', at: ready + rng.int(8, 30) * MINUTE }]
}

export interface Burst {
  persona: Persona
  start: number
  prefix: string
  where: Placement
  /** Indexes of the persona's services signed up to, in order. */
  services: readonly number[]
}

function oneService(rng: Random, part: Part, b: Burst, s: Service, at: number, i: number): void {
  const p = b.persona
  const service = flowService(rng, s.flow)
  const first = schedule(rng, service, at, null)[0]!
  const clicked = rng.chance(0.65)
  const click = clicked ? first.at + rng.int(1, 10) * MINUTE : null
  const sent = schedule(rng, service, at, click)
  const wording: Wording = { source: i % 2 === 0 ? 'handwritten' : 'composed', pattern: i }
  const state = clicked ? 'clicked' : 'left'
  const mails = [...sent, ...application(rng, p, s, sent, click)]
  mails.forEach((m, n) => {
    const values = {
      name: p.first,
      company: s.name,
      email: p.address,
      link: link(rng, s.domain, m.step),
      code: numeric(rng, 6),
      ref: numeric(rng, 7),
      item: 'Project Coordinator',
    }
    const isApplication = m.step === 'ack'
    const text = isApplication
      ? APPLICATION[LANGUAGES.indexOf(p.lang)]!
      : textFor(wording, m.step, p.lang, null)
    const { subject, body } = split(text, values)
    const step = isApplication ? 'application' : m.step
    put(
      part,
      { id: `${b.prefix}-own${i}-${n}`, at: m.at, from: fromOf(s), subject, body, to: p.address },
      {
        label: 'own',
        lang: p.lang,
        source: `own:${p.kind}:${s.flow}:${state}:${b.where};step:${step}`,
      },
    )
  })
}

/** The burst: sign-ups 1-8 minutes apart, each service's mail as its flow sends it. */
export function ownBurst(rng: Random, b: Burst): Part {
  const part = emptyPart()
  let at = b.start
  b.services.forEach((index, i) => {
    const s = b.persona.services[index % b.persona.services.length]!
    oneService(rng, part, b, s, at, i)
    at += rng.int(1, 8) * MINUTE
  })
  return part
}
