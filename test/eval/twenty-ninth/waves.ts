// One wave: the abused companies, each with its own wording (at most about a quarter product
// defaults), one to four submissions each, some companies sending a follow-up within minutes,
// arriving in the plan's shape.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { arrivalFraction, type WavePlan } from './plans.ts'
import { productsOf } from './products/index.ts'
import { FAMILIES, type Family, type Text } from './products/types.ts'
import { digits, emptyPart, fill, put, token, type Part } from './records.ts'
import { senderRow, senderShape, type SenderShape } from './senders.ts'
import { composedText, handText } from './wording/index.ts'

const KIND_FAMILY: Record<string, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

interface Voice {
  company: Company
  family: Family
  text: Text
  product: string
  source: 'product' | 'handwritten' | 'composed'
  shape: SenderShape
  from: string
}

function voiceOf(rng: Random, company: Company, family: Family): Voice {
  const u = rng.next()
  if (u < 0.2) {
    const product = rng.pick(productsOf(family))
    const from = senderRow(rng, company, product.sender, family)
    return {
      company,
      family,
      text: product.texts[company.lang],
      product: product.product,
      source: 'product',
      shape: product.sender,
      from,
    }
  }
  const shape = senderShape(rng)
  const from = senderRow(rng, company, shape, family)
  const source = u < 0.6 ? 'handwritten' : 'composed'
  const text =
    source === 'handwritten'
      ? handText(rng, family, company.lang)
      : composedText(rng, family, company.lang)
  return { company, family, text, product: 'in-house', source, shape, from }
}

export interface WaveShape extends Part {
  plan: WavePlan
  companyList: Company[]
  end: number
  first: number
}

/** Mails per company: one each, the rest spread up to four submissions a company. */
function submissions(rng: Random, companies: number, mails: number): number[] {
  const counts = Array.from({ length: companies }, () => 1)
  let left = Math.max(0, mails - companies)
  while (left > 0) {
    const i = rng.int(0, companies - 1)
    if (counts[i]! < 4) {
      counts[i]! += 1
      left -= 1
    } else if (counts.every((c) => c >= 4)) break
  }
  return counts
}

function times(rng: Random, plan: WavePlan, count: number): number[] {
  if (plan.arrival === 'drip') {
    const out: number[] = []
    for (let h = 0; h < 24; h++)
      for (let i = rng.int(1, 3); i > 0; i--)
        out.push(plan.start + h * HOUR + rng.int(0, 59) * MINUTE)
    return out.sort((a, b) => a - b)
  }
  return Array.from({ length: count }, (_, i) =>
    i === 0
      ? plan.start
      : plan.start + Math.floor(arrivalFraction(rng, plan.arrival) * plan.span * MINUTE),
  ).sort((a, b) => a - b)
}

export function buildWave(
  rng: Random,
  plan: WavePlan,
  to: string,
  taken: ReadonlySet<string> = new Set(),
): WaveShape {
  const langOf = (): Lang => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const companyList = pickCompanies(rng, plan.companies + taken.size, langOf)
    .filter((c) => !taken.has(c.stem))
    .slice(0, plan.companies)
  const fixed = KIND_FAMILY[plan.kind]
  const voices = companyList.map((c) => voiceOf(rng, c, fixed ?? rng.pick(FAMILIES)))
  // some companies follow up within minutes (an acknowledgement then a follow-up, a
  // verification then a reminder): one extra mail, or two
  const followers = new Map(
    voices.filter(() => rng.chance(0.12)).map((v) => [v.company.stem, rng.chance(0.3) ? 2 : 1]),
  )
  const followUps = [...followers.values()].reduce((a, b) => a + b, 0)
  const counts = submissions(rng, voices.length, Math.max(plan.companies, plan.mails - followUps))
  const slots = rng.shuffle(voices.flatMap((v, i) => Array.from({ length: counts[i]! }, () => v)))
  const when = times(rng, plan, slots.length)
  const part = emptyPart()
  const span = plan.span * MINUTE
  let n = 0
  const send = (v: Voice, at: number, text: Text) => {
    const values = {
      c: v.company.name,
      p: plan.payload.text,
      ref: `${rng.pick(['', '#', 'T-', 'REQ-'])}${digits(rng, rng.int(5, 8))}`,
      link: `https://${v.company.domain}/${rng.pick(['t', 'verify', 'confirm', 'reset', 'c'])}/${token(rng)}`,
      code: digits(rng, 6),
    }
    const id = `${plan.waveId}-${n++}`
    put(
      part,
      {
        id,
        at,
        from: v.from,
        subject: fill(text.subject, values),
        body: fill(text.body, values),
        to,
      },
      {
        label: 'wave',
        waveId: plan.waveId,
        lang: v.company.lang,
        family: v.family,
        product: v.product,
        sender: v.shape,
        payload: plan.payload.label,
        source: `wording:${v.source}`,
      },
    )
  }
  const lastOf = new Map<string, number>()
  // the drip wave keeps its hourly schedule, so its companies take turns through the day
  const order = plan.arrival === 'drip' ? when.map((_, i) => voices[i % voices.length]!) : slots
  order.forEach((v, i) => {
    send(v, when[i]!, v.text)
    lastOf.set(v.company.stem, when[i]!)
  })
  for (const v of voices) {
    let at = lastOf.get(v.company.stem)!
    for (let f = followers.get(v.company.stem) ?? 0; f > 0; f--) {
      at = Math.min(plan.start + span, at + rng.int(1, 5) * MINUTE)
      const again =
        v.source === 'composed'
          ? handText(rng, v.family, v.company.lang)
          : composedText(rng, v.family, v.company.lang)
      send({ ...v, source: v.source === 'composed' ? 'handwritten' : 'composed' }, at, again)
    }
  }
  const dates = part.records.map((r) => Date.parse(r.date))
  return { ...part, plan, companyList, first: Math.min(...dates), end: Math.max(...dates) }
}
