// Builds one wave: its companies (each with a fixed sender row and wording), one to four
// submissions per company, some companies answering twice within minutes, arrival as a burst, a
// tail or a slow spread; every mail labelled with wave, language, family, product and payload.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { MINUTE } from './clock.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, pickCompanies, type Company } from './companies.ts'
import { type WavePayload } from './payloads.ts'
import type { Person } from './people.ts'
import { FAMILIES, type Family } from './products.ts'
import { emptyPart, fill, numeric, put, split, token, type Part } from './records.ts'
import { chooseWording, pickSource } from './wordings.ts'

export type Arrival = 'burst' | 'tail' | 'slow'

export interface WavePlan {
  waveId: string
  lang: Lang | 'multi'
  families: readonly Family[]
  start: number
  companies: number
  minutes: number
  arrival: Arrival
  payload: WavePayload
  person: Person
  /** Stems the inbox already knows (prior customers), used first. */
  known: readonly Company[]
}

export interface WaveShape extends Part {
  plan: WavePlan
  companyList: Company[]
  end: number
}

const LOCAL: Record<Family, string> = {
  helpdesk: 'support',
  verification: 'no-reply',
  subscription: 'newsletter',
  reset: 'accounts',
}

function senderRow(
  rng: Random,
  c: Company,
  family: Family,
): { from: string; kind: MailLabel['sender'] } {
  const u = rng.next()
  if (u < 0.25) return { from: c.name, kind: 'display' }
  if (u < 0.6) {
    const host =
      family === 'subscription'
        ? `${c.stem}.${rng.pick(MAILING_HOSTS)}`
        : family === 'helpdesk'
          ? `${c.stem}.${rng.pick(HELPDESK_HOSTS)}`
          : `mail.${c.domain}`
    return { from: `${c.name} <${LOCAL[family]}@${host}>`, kind: 'hosted' }
  }
  return { from: `${c.name} <${LOCAL[family]}@${c.domain}>`, kind: 'own' }
}

function offset(rng: Random, arrival: Arrival, span: number): number {
  const u = rng.next()
  const f = arrival === 'burst' ? u * u * 0.6 : arrival === 'tail' ? -Math.log(1 - u * 0.95) / 3 : u
  return Math.floor(Math.min(1, f) * span)
}

export function buildWave(rng: Random, plan: WavePlan): WaveShape {
  const part = emptyPart()
  const langOf = (): Lang => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const fresh = pickCompanies(
    rng,
    plan.companies - plan.known.length,
    langOf,
    new Set(plan.known.map((k) => k.stem)),
  )
  const companyList = [...plan.known, ...fresh]
  const span = plan.minutes * MINUTE
  const name = plan.payload.bland ? plan.person.first : plan.payload.text
  const subj = plan.payload.text
  let n = 0
  let end = plan.start
  const budget = 400
  companyList.forEach((c, ci) => {
    const left = companyList.length - ci - 1
    const family = rng.pick(plan.families)
    const sender = senderRow(rng, c, family)
    const wording = chooseWording(rng, family, c.lang, pickSource(rng))
    const wanted = rng.pick(companyList.length < 30 ? [2, 2, 3, 4] : [1, 1, 1, 2, 2, 3, 4])
    const submissions = Math.max(1, Math.min(wanted, budget - n - left - 1))
    const first = offset(rng, plan.arrival, span)
    for (let s = 0; s < submissions; s++) {
      const at = Math.min(span, first + s * rng.int(0, 4) * MINUTE + rng.int(0, 50) * 1000)
      const twice = s === 0 && rng.chance(0.15) && at + 6 * MINUTE < span && n + left + 2 < budget
      const texts = twice ? [wording, chooseWording(rng, family, c.lang, 'composed')] : [wording]
      texts.forEach((w, t) => {
        const when = plan.start + at + t * rng.int(1, 5) * MINUTE
        const values = {
          company: c.name,
          name,
          subj,
          ref: numeric(rng, rng.int(5, 8)),
          code: numeric(rng, 6),
          link: `https://${c.domain}/${family === 'reset' ? 'reset' : 'confirm'}?t=${token(rng)}`,
        }
        const text = split(fill(w.text, values))
        const label: MailLabel = {
          label: 'wave',
          lang: c.lang,
          family,
          product: w.product,
          waveId: plan.waveId,
          sender: sender.kind,
          payload: plan.payload.label,
          source: `wording:${w.source}`,
        }
        put(
          part,
          {
            id: `${plan.waveId}-m${n++}`,
            at: when,
            from: sender.from,
            subject: text.subject,
            body: text.body,
            to: plan.person.address,
          },
          label,
        )
        end = Math.max(end, when)
      })
    }
  })
  return { ...part, plan, companyList, end }
}

export function familiesOf(kindIndex: number): readonly Family[] {
  return kindIndex < 4 ? [FAMILIES[kindIndex]!] : FAMILIES
}
