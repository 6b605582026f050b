// One relay wave: its companies (each with one sender row and one wording: a product default, a
// hand-written text, a composed one, or a short line), one to four submissions each, some
// follow-ups within minutes, arriving in the plan's shape. Every mail labelled `wave`.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import type { Person } from './people.ts'
import type { WavePlan } from './plans.ts'
import { productsOf } from './products.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'
import { followUp as secondOf } from './wording/follow.ts'
import { composed, HAND, shortLine } from './wording/index.ts'
import { FAMILIES, type Family, type Wording } from './wording/types.ts'

export interface WaveShape {
  plan: WavePlan
  companyList: Company[]
  end: number
}

const FAMILY_OF: Record<string, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}
const LOCAL: Record<Family, string> = {
  helpdesk: 'support',
  verification: 'no-reply',
  subscription: 'newsletter',
  reset: 'accounts',
}
const DISPLAY: Record<Family, string> = {
  helpdesk: 'Support',
  verification: 'Accounts',
  subscription: 'Newsletter',
  reset: 'Security',
}

interface Writer {
  company: Company
  family: Family
  wording: Wording
  product: string
  source: string
  sender: NonNullable<MailLabel['sender']>
  from: string
}

function writerOf(rng: Random, plan: WavePlan, company: Company, usedHand: Set<Wording>): Writer {
  const family = FAMILY_OF[plan.kind] ?? rng.pick(FAMILIES)
  const roll = rng.next()
  let wording: Wording
  let product = 'in-house'
  let source = 'wording:handwritten'
  let hosted = false
  if (plan.shortOnly && family === 'helpdesk') wording = shortLine(rng, company.lang)
  else if (roll < 0.22) {
    const p = rng.pick(productsOf(family))
    wording = { lang: company.lang, subject: p.subject, body: p.body }
    product = p.product
    source = 'wording:product'
    hosted = p.sender === 'hosted'
  } else if (roll < 0.6) {
    const hand = HAND[family].filter((w) => w.lang === company.lang)
    const fresh = hand.filter((w) => !usedHand.has(w))
    wording = rng.pick(fresh.length > 0 ? fresh : hand)
    usedHand.add(wording)
  } else {
    wording = composed(rng, family, company.lang)
    source = 'wording:composed'
  }
  const shape = rng.next()
  const sender = shape < 0.3 ? 'display' : hosted || shape < 0.62 ? 'hosted' : 'own'
  const host = family === 'helpdesk' ? company.helpdesk : company.mailing
  const from =
    sender === 'display'
      ? `${company.name} ${DISPLAY[family]}`
      : sender === 'hosted'
        ? `${company.name} <${LOCAL[family]}@${host}>`
        : `${company.name} <${LOCAL[family]}@${company.domain}>`
  return { company, family, wording, product, source, sender, from }
}

function arrivalTimes(rng: Random, plan: WavePlan, count: number): number[] {
  const span = plan.spanMinutes * MINUTE
  const times = Array.from({ length: count }, (_, i) => {
    if (i === 0) return 0
    if (i === count - 1) return span
    const u = rng.next()
    return plan.arrival === 'tail'
      ? span * u * u * u
      : plan.arrival === 'burst'
        ? span * u * u
        : span * u
  })
  return times.sort((a, b) => a - b).map((t) => plan.start + Math.round(t))
}

export function buildWave(
  rng: Random,
  plan: WavePlan,
  person: Person,
  taken: ReadonlySet<string> = new Set(),
): Part & WaveShape {
  const langOf = (): Lang => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const companyList = pickCompanies(rng, plan.companies, langOf, taken)
  const usedHand = new Set<Wording>()
  const writers = companyList.map((c) => writerOf(rng, plan, c, usedHand))
  // every company's first submission first, so trimming to the plan keeps every company
  const jobs: Writer[] = [...writers]
  const count = new Map<Writer, number>(writers.map((w) => [w, 1]))
  for (const w of writers) for (let s = rng.pick([1, 1, 1, 2, 2, 3, 4]); s > 1; s--) add(w)
  const least = plan.maxMails < 40 ? 0 : 40
  while (jobs.length < least) add(rng.pick(writers))
  function add(w: Writer): void {
    if ((count.get(w) ?? 0) >= 4) return
    count.set(w, (count.get(w) ?? 0) + 1)
    jobs.push(w)
  }
  const fitted = jobs.slice(0, Math.max(plan.companies, plan.maxMails - 30))
  const times = arrivalTimes(rng, plan, fitted.length)
  const order = rng.shuffle(fitted.map((_, i) => i))
  const part = emptyPart()
  let n = 0
  const followed = new Set<Writer>()
  const room = () => plan.maxMails - part.records.length
  order.forEach((jobIndex, slot) => {
    const w = fitted[jobIndex]!
    const at = times[slot]!
    emit(w, w.wording, w.source, at)
    const followUp = rng.chance(0.12) && room() > 0 && at + 6 * MINUTE <= times[times.length - 1]!
    const second = followUp ? secondOf(w.family, w.company.lang) : null
    if (second && !followed.has(w)) {
      followed.add(w)
      emit(w, second, 'wording:handwritten', at + rng.int(1, 5) * MINUTE)
    }
  })
  function emit(w: Writer, wording: Wording, source: string, at: number): void {
    const payload = plan.payload.text
    const values = {
      name: payload,
      topic: payload,
      company: w.company.name,
      domain: w.company.domain,
      ref: numeric(rng, rng.int(5, 8)),
      code: numeric(rng, 6),
      email: person.address,
      link: `https://${w.company.domain}/${w.family}/${token(rng, 22)}`,
    }
    let subject = fill(wording.subject, values)
    if (plan.sameSubject && !subject.includes(payload)) subject = `${subject} – ${payload}`
    put(
      part,
      {
        id: `${plan.waveId}-${n++}`,
        at,
        from: w.from,
        to: person.address,
        subject,
        body: fill(wording.body, values),
      },
      {
        label: 'wave',
        waveId: plan.waveId,
        lang: w.company.lang,
        family: w.family,
        product: w.product,
        sender: w.sender,
        payload: plan.payload.label,
        source,
      },
    )
  }
  return { ...part, plan, companyList, end: plan.start + plan.spanMinutes * MINUTE }
}
