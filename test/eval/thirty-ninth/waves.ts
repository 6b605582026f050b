// One relay wave: the companies whose forms were filled with the victim's address, when each was
// submitted (the shape), and what each company's flow sends with nobody clicking: a verification
// and, for some services, a delayed welcome and series, reminders and a deletion notice days
// later. Each company keeps one wording and one sender row for the whole wave.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel, type WaveKind } from '../types.ts'
import { emptyPart, numeric, put, type Part } from '../nineteenth/records.ts'
import { companyDomain, companyName, STEMS } from './companies.ts'
import {
  FLOW_OF_FAMILY,
  flowService,
  repeat,
  schedule,
  type Flow,
  type FlowService,
} from './flows.ts'
import type { Payload } from './payloads.ts'
import { PRODUCTS } from './products.ts'
import { link, senderFor, split, textFor, type Sender, type Wording } from './render.ts'
import { MINUTE } from './window.ts'

export const SHAPES = ['burst', 'tail', 'slow', 'drip', 'small', 'large'] as const
export type Shape = (typeof SHAPES)[number]

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  shape: Shape
  start: number
  payload: Payload
  /** Address attacked, and the name typed when the payload is not in the name field. */
  address: string
  first: string
  large?: number
}

export interface WaveCompany {
  stem: string
  name: string
  lang: Lang
  family: string
  service: FlowService
  wording: Wording
  sender: Sender
  submissions: number[]
}

export interface BuiltWave extends Part {
  plan: WavePlan
  companies: WaveCompany[]
  /** Last first-contact mail of the wave (its span); follow-ups may come days later. */
  end: number
}

const MAIN: Record<WaveKind, string | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}
const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset']

function companyCount(rng: Random, plan: WavePlan): number {
  const counts: Record<Shape, [number, number]> = {
    burst: [25, 60],
    tail: [30, 70],
    slow: [30, 60],
    drip: [0, 0],
    small: [10, 20],
    large: [100, 140],
  }
  return plan.large ?? rng.int(...counts[plan.shape])
}

/** First-submission times, in order, for the plan's shape. */
export function submissionTimes(rng: Random, plan: WavePlan): number[] {
  const { start } = plan
  if (plan.shape === 'drip') {
    const until = start + rng.int(6 * 60, 12 * 60) * MINUTE
    const times: number[] = []
    for (let t = start; t <= until; t += rng.int(5, 20) * MINUTE) times.push(t)
    return times
  }
  const n = companyCount(rng, plan)
  const within = (minutes: number) => start + Math.floor(rng.next() * minutes * MINUTE)
  const span: Record<Shape, number> = {
    burst: rng.int(3, 25),
    tail: rng.int(5, 15),
    slow: rng.int(120, 360),
    drip: 0,
    small: rng.int(5, 30),
    large: rng.int(10, 40),
  }
  const times = Array.from({ length: n }, (_, i) =>
    plan.shape === 'tail' && i >= Math.ceil(n * 0.75)
      ? start + rng.int(60, 150) * MINUTE
      : within(span[plan.shape]),
  )
  times[0] = start
  return times.sort((a, b) => a - b)
}

function companyOf(rng: Random, plan: WavePlan, stem: string, i: number, at: number): WaveCompany {
  const lang = plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang
  const family = MAIN[plan.kind] && rng.chance(0.8) ? MAIN[plan.kind]! : rng.pick(FAMILIES)
  const products = PRODUCTS.filter((p) => p.family === family)
  const product = rng.chance(0.24) ? rng.pick(products) : undefined
  const flow: Flow = product?.flow ?? rng.pick(FLOW_OF_FAMILY[family]!)
  const service = {
    ...flowService(rng, flow),
    ...(product?.product === 'MojoAuth' ? { magic: true } : {}),
  }
  const wording: Wording = product
    ? { source: 'product', product, pattern: i }
    : { source: rng.chance(0.55) ? 'handwritten' : 'composed', pattern: rng.int(0, 5) }
  const rowDraw = rng.next()
  const row =
    product && rng.chance(0.7)
      ? product.sender
      : rowDraw < 0.27
        ? 'display'
        : rowDraw < 0.62
          ? 'own'
          : 'hosted'
  const name = companyName(stem, lang, i)
  const repeats = plan.shape === 'drip' || !rng.chance(0.25) ? 0 : rng.int(1, 2)
  const submissions = [at]
  for (let r = 0; r < repeats; r++) submissions.push(submissions[r]! + rng.int(1, 5) * MINUTE)
  return {
    stem,
    name,
    lang,
    family,
    service,
    wording,
    sender: senderFor(rng, name, stem, lang, family, row),
    submissions,
  }
}

function waveLabel(plan: WavePlan, c: WaveCompany, step: string): MailLabel {
  return {
    label: 'wave',
    lang: c.lang,
    family: c.family,
    product: c.wording.product?.product ?? `in-house:${c.wording.source}`,
    waveId: plan.waveId,
    sender: c.sender.row,
    payload: plan.payload.label,
    source: `wording:${c.wording.source};flow:${c.service.flow};step:${step}`,
  }
}

function companyMails(rng: Random, part: Part, plan: WavePlan, c: WaveCompany, n: number): void {
  const productStep = schedule(rng, c.service, 0, null)[0]!.step
  const payload = plan.payload.text(c.lang)
  const inName = plan.payload.label !== 'none' && rng.chance(0.6)
  const domain = companyDomain(c.stem, c.lang)
  c.submissions.forEach((at, s) => {
    const sent = s === 0 ? schedule(rng, c.service, at, null) : repeat(rng, c.service, at)
    sent.forEach((mail, m) => {
      const values = {
        name: inName ? payload : plan.first,
        message: payload,
        company: c.name,
        email: plan.address,
        link: link(rng, domain, mail.step),
        code: numeric(rng, 6),
        ref: numeric(rng, 6),
      }
      const { subject, body } = split(textFor(c.wording, mail.step, c.lang, productStep), values)
      const id = `${plan.waveId}-c${n}-s${s}-m${m}`
      const from = c.sender.from
      put(
        part,
        { id, at: mail.at, from, subject, body, to: plan.address },
        waveLabel(plan, c, mail.step),
      )
    })
  })
}

export function buildWave(rng: Random, plan: WavePlan, offset: number): BuiltWave {
  const times = submissionTimes(rng, plan)
  const stems = rng.shuffle(STEMS).slice(0, times.length)
  const part = emptyPart()
  const companies = times.map((at, i) =>
    companyOf(rng, plan, stems[(i + offset) % stems.length]!, i, at),
  )
  companies.forEach((c, n) => companyMails(rng, part, plan, c, n))
  const firsts = part.records.filter((r) => r.id.endsWith('-m0')).map((r) => Date.parse(r.date))
  return { ...part, plan, companies, end: Math.max(...firsts) }
}
