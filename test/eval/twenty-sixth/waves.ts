// One relay wave: the plan (companies, shape, payload) and its mails. Each company answers one to
// four submissions, some with a follow-up minutes later; its sender row is its own domain, a
// hosted helpdesk or mailing-service subdomain, or a display name alone (about 30 %).
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { digits, emptyPart, fill, MINUTE, put, token, type Part } from './base.ts'
import {
  cap,
  HELPDESK_HOSTS,
  MAILING_HOSTS,
  MAILING_PREFIXES,
  pickCompanies,
  type Company,
} from './companies.ts'
import { composed } from './compose.ts'
import { HELPDESK, VERIFICATION } from './hand-a.ts'
import { RESET, SUBSCRIPTION } from './hand-b.ts'
import { pickPayload, type Payload } from './payloads.ts'
import { FAMILIES, productsOf, type Family } from './products.ts'
import type { Person } from './people.ts'

/** Wave numbers that run over several hours, and the slow wave of 20 companies over 90 min. */
export const HOURS_WAVES: readonly number[] = [12, 29]
export const SLOW_WAVE = 5

const HAND = {
  helpdesk: HELPDESK,
  verification: VERIFICATION,
  subscription: SUBSCRIPTION,
  reset: RESET,
}
const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}
const NEUTRAL = ['Question about my account', 'Help please', 'Order problem', 'Contact']

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  spanMinutes: number
  arrival: 'burst' | 'tail' | 'slow'
  payload: Payload
  companies: Company[]
}

export interface Wave extends Part {
  plan: WavePlan
  end: number
}

export function planWave(
  rng: Random,
  kind: WaveKind,
  lang: Lang | 'multi',
  start: number,
  n: number,
): WavePlan {
  const arrival =
    n === SLOW_WAVE || HOURS_WAVES.includes(n) ? 'slow' : n % 2 === 0 ? 'burst' : 'tail'
  const spanMinutes =
    n === SLOW_WAVE
      ? 90
      : HOURS_WAVES.includes(n)
        ? rng.int(180, 360)
        : arrival === 'burst'
          ? rng.int(3, 25)
          : rng.int(30, 90)
  const count = n === SLOW_WAVE ? 20 : rng.int(20, 150)
  const langOf = () => (lang === 'multi' ? rng.pick(LANGUAGES) : lang)
  return {
    waveId: `n26-w${n}`,
    kind,
    lang,
    start,
    spanMinutes,
    arrival,
    payload: pickPayload(rng, n),
    companies: pickCompanies(rng, count, langOf),
  }
}

function offset(rng: Random, plan: WavePlan): number {
  const u = rng.next()
  const shaped = plan.arrival === 'burst' ? u * u : plan.arrival === 'tail' ? u * u * u : u
  return Math.floor(shaped * plan.spanMinutes * MINUTE)
}

function senderOf(
  rng: Random,
  c: Company,
  family: Family,
): { from: string; kind: 'own' | 'hosted' | 'display' } {
  const roll = rng.next()
  if (roll < 0.3)
    return { from: `${c.name} ${family === 'helpdesk' ? 'Support' : ''}`.trim(), kind: 'display' }
  if (roll < 0.6) {
    if (family === 'helpdesk') {
      const host = rng.pick(HELPDESK_HOSTS)
      const brand = cap(host.split('.')[0]!)
      return { from: `${c.name} via ${brand} <${c.stem}@${c.stem}.${host}>`, kind: 'hosted' }
    }
    const host = `${rng.pick(MAILING_PREFIXES)}${c.stem}.${rng.pick(MAILING_HOSTS)}`
    return { from: `${c.name} <noreply@${host}>`, kind: 'hosted' }
  }
  const local =
    family === 'helpdesk'
      ? rng.pick(['support', 'help', 'service', 'care'])
      : rng.pick(['noreply', 'no-reply', 'account', 'hello'])
  return { from: `${c.name} <${local}@${c.domain}>`, kind: 'own' }
}

function wording(rng: Random, c: Company, family: Family, follow: boolean) {
  const roll = rng.next()
  if (!follow && roll < 0.2) {
    const product = rng.pick(productsOf(family))
    const text = product.texts[c.lang] ?? product.texts.en
    return { ...text, product: product.product, source: 'product' }
  }
  if (!follow && roll < 0.62) {
    const [, subject, body] = rng.pick(HAND[family][c.lang])
    return { subject, body, product: 'in-house', source: 'handwritten' }
  }
  return { ...composed(rng, c.lang, family, follow), product: 'in-house', source: 'composed' }
}

/** The wave's mails in the person's inbox, labelled `wave`. */
export function buildWave(rng: Random, plan: WavePlan, person: Person): Wave {
  const part = emptyPart()
  const fixed = FAMILY_OF[plan.kind]
  const slow = plan.waveId === `n26-w${SLOW_WAVE}`
  const subs = plan.companies.map(() =>
    slow ? rng.int(2, 3) : rng.pick([1, 1, 1, 1, 1, 1, 2, 2, 3, 4]),
  )
  while (subs.reduce((a, b) => a + b, 0) < 40) {
    const i = rng.int(0, subs.length - 1)
    subs[i] = Math.min(4, subs[i]! + 1)
  }
  let total = 0
  let last = plan.start
  const end = plan.start + plan.spanMinutes * MINUTE
  plan.companies.forEach((c, ci) => {
    const family = fixed ?? FAMILIES[ci % FAMILIES.length]!
    const sender = senderOf(rng, c, family)
    let prev = plan.start + offset(rng, plan)
    for (let s = 0; s < subs[ci]! && total < 400; s++) {
      const follow = s > 0 && rng.chance(0.35)
      const text = wording(rng, c, family, follow)
      const at =
        s === 0
          ? prev
          : follow
            ? Math.min(end, prev + rng.int(1, 5) * MINUTE)
            : plan.start + offset(rng, plan)
      prev = at
      const values = {
        company: c.name,
        name:
          plan.payload.text && family !== 'helpdesk'
            ? plan.payload.text
            : rng.pick([person.first, person.address.split('@')[0]!]),
        subject: plan.payload.text && family === 'helpdesk' ? plan.payload.text : rng.pick(NEUTRAL),
        ticket: digits(rng, rng.int(5, 7)),
        code: digits(rng, 6),
        link: `https://${c.domain}/${family === 'subscription' ? 'optin' : 'a'}/${token(rng)}`,
      }
      const id = `${plan.waveId}-${ci}-${s}`
      put(
        part,
        {
          id,
          at,
          from: sender.from,
          subject: fill(text.subject, values),
          body: fill(text.body, values),
          to: person.address,
        },
        {
          label: 'wave',
          waveId: plan.waveId,
          lang: c.lang,
          family,
          product: text.product,
          sender: sender.kind,
          payload: plan.payload.label,
          source: `wording:${text.source}`,
        },
      )
      total++
      last = Math.max(last, at)
    }
  })
  return { ...part, plan, end: last }
}
