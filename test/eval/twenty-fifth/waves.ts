// One wave: its plan (companies, mails, span, arrival shape, payload) and the mails it brings,
// each company writing in one voice; some companies send a follow-up minutes after the first.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { render, voiceOf } from './compose.ts'
import { BLAND_NAMES, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { FAMILIES, type Family } from './products.ts'
import { emptyPart, numeric, put, token, type Part } from './records.ts'
import { WAVE_TEXT } from './wave-text/index.ts'

export type Arrival = 'burst' | 'tail' | 'slow'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  mails: number
  /** Minutes from the first mail to the last. */
  span: number
  arrival: Arrival
  payload: Payload | null
  /** Every mail's subject carries the payload (the largest wave). */
  sameSubject: boolean
}

export interface WaveShape extends Part {
  plan: WavePlan
  companyList: Company[]
  end: number
}

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

const BLAND_MSG: Record<Lang, string> = {
  en: 'Question about my order',
  de: 'Frage zu meiner Bestellung',
  fr: 'Question sur ma commande',
  es: 'Duda sobre mi pedido',
  pt: 'Dúvida sobre o meu pedido',
  it: 'Domanda sul mio ordine',
  nl: 'Vraag over mijn bestelling',
}

function offset(rng: Random, plan: WavePlan): number {
  const u = rng.next()
  const shaped = plan.arrival === 'burst' ? u * u : plan.arrival === 'tail' ? u * u * u : u
  return Math.round(shaped * plan.span * MINUTE)
}

export function buildWave(rng: Random, plan: WavePlan, person: Person): WaveShape {
  const langOf = (): Lang => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const companyList = pickCompanies(rng, plan.companies, langOf)
  const subs = companyList.map(() => 1)
  for (let extra = plan.mails - companyList.length; extra > 0;) {
    const i = rng.int(0, subs.length - 1)
    if (subs[i]! < 4) {
      subs[i]! += 1
      extra -= 1
    }
  }
  const part = emptyPart()
  const spanEnd = plan.start + plan.span * MINUTE
  let n = 0
  let followups = 0
  let end = plan.start
  companyList.forEach((c, ci) => {
    const family = FAMILY_OF[plan.kind] ?? (rng.chance(0.34) ? 'helpdesk' : rng.pick(FAMILIES))
    const voice = voiceOf(rng, c, family, ci)
    const typed = plan.payload?.text ?? rng.pick(BLAND_NAMES)
    const label = {
      label: 'wave' as const,
      waveId: plan.waveId,
      lang: c.lang,
      family,
      product: voice.product?.product ?? 'in-house',
      sender: voice.sender,
      payload: plan.payload?.label ?? 'none',
      source: `wording:${voice.source}`,
    }
    for (let s = 0; s < subs[ci]!; s++) {
      const ref = numeric(rng, rng.int(5, 8))
      const values = {
        name: typed,
        msg: plan.payload?.text ?? BLAND_MSG[c.lang],
        brand: c.name,
        ref,
        code: numeric(rng, 6),
        link: `https://${c.domain}/${rng.pick(['confirm', 'verify', 't', 'account/reset', 'optin'])}?k=${token(rng)}`,
        email: person.address,
      }
      const [first, body] = render(voice.text, values)
      let subject = first
      if (plan.sameSubject && plan.payload)
        subject = rng.pick([
          plan.payload.text,
          `Re: ${plan.payload.text}`,
          `[${ref}] ${plan.payload.text}`,
        ])
      const at = ci === 0 && s === 0 ? plan.start : plan.start + offset(rng, plan)
      const mail = { from: voice.from, subject, body, to: person.address }
      put(part, { ...mail, id: `${plan.waveId}-${n++}`, at }, label)
      end = Math.max(end, at)
      if (s === 0 && followups < Math.min(25, 400 - plan.mails) && rng.chance(0.12)) {
        followups += 1
        const later = Math.min(spanEnd, at + rng.int(1, 8) * MINUTE)
        const prefix = rng.pick(WAVE_TEXT[c.lang].remind)
        put(
          part,
          { ...mail, subject: prefix + subject, id: `${plan.waveId}-${n++}`, at: later },
          label,
        )
        end = Math.max(end, later)
      }
    }
  })
  return { ...part, plan, companyList, end }
}
