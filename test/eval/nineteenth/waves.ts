// One relay wave: companies of the wave's language(s) each answer the attacker's submissions
// (one to four per company) in their chosen wording, from their sender shape, over 3-90 min.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { arrivals, type ArrivalShape } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { chooseWording, type Chosen } from './inhouse/index.ts'
import { FAMILIES, type Family, type Wording } from './inhouse/types.ts'
import type { Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'
import { drawShape, senderOf, shapeLabel, type SenderShape } from './senders.ts'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  payload: Payload
  companies: number
  mails: number
  minutes: number
  arrival: ArrivalShape
  /** Every mail's subject carries the payload. */
  sameSubject: boolean
}

export interface WaveShape extends Part {
  plan: WavePlan
  end: number
  companyList: Company[]
}

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

const BLAND_ECHO: Record<Lang, string> = {
  en: 'Question',
  de: 'Frage',
  fr: 'Question',
  es: 'Consulta',
  pt: 'Dúvida',
  it: 'Domanda',
  nl: 'Vraag',
}

interface Sender {
  company: Company
  family: Family
  chosen: Chosen
  shape: SenderShape
}

function sendersOf(rng: Random, plan: WavePlan, companies: Company[]): Sender[] {
  const used = new Set<Wording>()
  const fixed = FAMILY_OF[plan.kind]
  return companies.map((company) => {
    const family = fixed ?? rng.pick(FAMILIES)
    const chosen = chooseWording(rng, family, company.lang, used)
    const def = chosen.productDef
    const shape: SenderShape =
      def?.sender === 'display' ? 'display' : def?.host ? 'hosted' : drawShape(rng)
    return { company, family, chosen, shape }
  })
}

function subjectOf(plan: WavePlan, text: string): string {
  return plan.sameSubject && !text.includes(plan.payload.text)
    ? `${plan.payload.text} - ${text}`
    : text
}

export function buildWave(rng: Random, plan: WavePlan): WaveShape {
  const langOf = () => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const companies = pickCompanies(rng, plan.companies, langOf)
  const senders = sendersOf(rng, plan, companies)
  // Every company answers at least once; the rest are repeated submissions.
  const order = [
    ...senders,
    ...Array.from({ length: plan.mails - senders.length }, () => rng.pick(senders)),
  ]
  const times = arrivals(rng, order.length, plan.start, plan.minutes * MINUTE, plan.arrival)
  const part = emptyPart()
  rng.shuffle(order).forEach((s, i) => {
    const c = s.company
    const values = {
      company: c.name,
      name: plan.payload.text,
      echo: plan.payload.tag === 'none' ? BLAND_ECHO[c.lang] : plan.payload.text,
      ref: numeric(rng, rng.pick([5, 6, 8])),
      code: numeric(rng, 6),
      email: plan.person.address,
      link: `https://${rng.chance(0.3) ? 'links.' : ''}${c.domain}/${rng.pick(['verify', 'confirm', 'a', 'reset', 't'])}/${token(rng)}`,
    }
    const id = `${plan.waveId}-${i}`
    const subject = subjectOf(plan, fill(s.chosen.wording.subject, values))
    const from = senderOf(rng, c, s.shape, s.chosen.productDef)
    put(
      part,
      {
        id,
        at: times[i]!,
        from,
        subject,
        body: fill(s.chosen.wording.body, values),
        to: plan.person.address,
      },
      {
        label: 'wave',
        lang: c.lang,
        family: s.family,
        product: s.chosen.source === 'product' ? s.chosen.product : `in-house ${s.chosen.source}`,
        waveId: plan.waveId,
        sender: shapeLabel(s.shape),
        payload: plan.payload.tag,
        source: `wording:${s.chosen.source}`,
      },
    )
  })
  return { ...part, plan, end: times[times.length - 1] ?? plan.start, companyList: companies }
}
