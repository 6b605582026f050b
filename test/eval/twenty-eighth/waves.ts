// Builds one wave: its companies, one to four form submissions each (some followed minutes later
// by a follow-up or reminder), every mail in a product default (at most a quarter), a hand-written
// or a composed wording, from the company's own domain, a hosted service or a display name alone.
import type { Random } from '../prng.ts'
import type { WaveKind } from '../types.ts'
import { offsets } from './arrival.ts'
import { pickCompanies, type Company } from './companies.ts'
import { MINUTE } from './clock.ts'
import { companyLang, type WavePlan } from './plans.ts'
import { productsOf } from './products/index.ts'
import { FAMILIES, type Family, type Text } from './products/types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'
import { senderFor, type SenderShape } from './senders.ts'
import { composedText, followUpText, handText, type Used } from './wording/index.ts'

export interface WaveShape extends Part {
  plan: WavePlan
  companyList: Company[]
  /** Form submissions per company (one to four; follow-ups come on top). */
  submissions: number[]
  end: number
}

const FAMILY: Record<Exclude<WaveKind, 'e-mixed'>, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}

interface Draft {
  c: Company
  family: Family
  text: Text
  product: string
  source: 'product' | 'handwritten' | 'composed'
  shape: SenderShape
  followUp: boolean
  /** Index of the submission a follow-up answers. */
  origin?: number
}

function draft(rng: Random, c: Company, family: Family, event: boolean, used: Used): Draft {
  const roll = rng.next()
  let shape: SenderShape = rng.chance(0.35) ? 'display' : rng.chance(0.45) ? 'hosted' : 'own'
  const base = { c, family, followUp: false }
  if (roll < 0.2 && !event) {
    const p = rng.pick(productsOf(family))
    if (shape !== 'display') shape = p.sender
    return { ...base, text: p.texts[c.lang], product: p.product, source: 'product', shape }
  }
  if (event || roll < 0.6)
    return {
      ...base,
      text: handText(rng, c, family, used, event),
      product: 'in-house',
      source: 'handwritten',
      shape,
    }
  return {
    ...base,
    text: composedText(rng, c, family, c.lang),
    product: 'in-house',
    source: 'composed',
    shape,
  }
}

function subjectOf(rng: Random, plan: WavePlan, d: Draft, ref: string, subject: string): string {
  const p = plan.payload
  if (p.none) return subject
  if (plan.sameSubject) return rng.chance(0.5) ? p.text : `[${d.c.name}] ${p.text}`
  if (!rng.chance(0.25)) return subject
  return rng.pick([p.text, `Re: ${p.text}`, `[${d.c.name}] ${p.text}`, `${p.text} #${ref}`])
}

export function buildWave(rng: Random, plan: WavePlan): WaveShape {
  const companyList = pickCompanies(rng, plan.companies, companyLang(rng, plan))
  const used: Used = new Set()
  const drafts: Draft[] = []
  const firsts: { d: Draft; count: number }[] = []
  for (const c of companyList) {
    const family = plan.kind === 'e-mixed' ? rng.pick(FAMILIES) : FAMILY[plan.kind]
    const event = plan.kind === 'e-mixed' && family === 'verification' && rng.chance(0.5)
    const d = draft(rng, c, family, event, used)
    const submissions = rng.pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4])
    const origin = drafts.length
    for (let i = 0; i < submissions; i++) drafts.push(d)
    if (rng.chance(0.15)) drafts.push({ ...d, followUp: true, origin })
    firsts.push({ d, count: submissions })
  }
  // a wave is at least 40 mails: more submissions (never past four) from its companies
  while (drafts.length < 40) {
    const open = firsts.filter((f) => f.count < 4)
    const f = rng.pick(open)
    f.count++
    drafts.push(f.d)
  }
  const kept = drafts.slice(0, 400)
  const times = offsets(rng, kept.length, plan.arrival, plan.span)
  const part = emptyPart()
  kept.forEach((d, i) => {
    const ref = numeric(rng, rng.int(5, 8))
    const sender = senderFor(rng, d.c, d.family, d.shape)
    const p = plan.payload
    const local = plan.person.address.split('@')[0]!
    const values = {
      name: d.family === 'helpdesk' || rng.chance(0.7) ? p.text : local,
      message: p.text,
      company: d.c.name,
      ref,
      code: numeric(rng, 6),
      email: plan.person.address,
      site: `www.${d.c.domain}`,
      link: `https://${d.c.domain}/${d.family}/${token(rng)}`,
    }
    const text = d.followUp ? followUpText(rng, d.c, d.text.subject) : d.text
    const minute = d.origin !== undefined ? times[d.origin]! + rng.int(1, 6) : times[i]!
    const at = plan.start + Math.round(minute * MINUTE)
    put(
      part,
      {
        id: `${plan.waveId}-${i}`,
        at: Math.min(at, plan.start + plan.span * MINUTE),
        name: sender.name,
        address: sender.address,
        subject: subjectOf(rng, plan, d, ref, fill(text.subject, values)),
        body: fill(text.body, values),
        to: plan.person.address,
        outlook: d.shape === 'display',
      },
      {
        label: 'wave',
        waveId: plan.waveId,
        lang: d.c.lang,
        family: d.family,
        product: d.product,
        sender: d.shape,
        payload: p.label,
        source: `wording:${d.source}`,
      },
    )
  })
  return {
    ...part,
    plan,
    companyList,
    submissions: firsts.map((f) => f.count),
    end: plan.start + plan.span * MINUTE,
  }
}
