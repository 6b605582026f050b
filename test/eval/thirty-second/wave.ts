// One wave's mail: each abused company in its own wording (a product default for at most about a
// fifth of them, else hand-written or composed), its own sender row, one to four submissions,
// arriving in the plan's shape between its start and start + span.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { fill, numeric, token, put, emptyPart, type Part } from '../nineteenth/records.ts'
import { MINUTE } from './clock.ts'
import { company, HELPDESK_HOSTS, MAILING_HOSTS, STEMS, type Company } from './companies.ts'
import type { Person } from './people.ts'
import type { WavePlan } from './plan.ts'
import { productsOf } from './products/index.ts'
import type { Family, Text } from './products/types.ts'
import { composeText, handTexts } from './wording/index.ts'

export interface WaveCompany extends Company {
  family: Family
  text: Text
  product: string
  source: 'product' | 'handwritten' | 'composed'
  sender: 'own' | 'hosted' | 'display'
  from: string
}

export interface BuiltWave extends Part {
  plan: WavePlan
  companyList: WaveCompany[]
  end: number
}

function weighted<T>(rng: Random, items: readonly [T, number][]): T {
  let r = rng.next() * items.reduce((s, [, w]) => s + w, 0)
  for (const [item, w] of items) if ((r -= w) < 0) return item
  return items[items.length - 1]![0]
}

const LOCAL: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'service', 'kundenservice', 'atencion'],
  verification: ['no-reply', 'accounts', 'welcome', 'noreply'],
  subscription: ['news', 'newsletter', 'hello', 'info'],
  reset: ['security', 'no-reply', 'login', 'account'],
}

function senderRow(rng: Random, c: Company, family: Family, shape: WaveCompany['sender']): string {
  const display = `${c.name}${family === 'helpdesk' ? rng.pick([' Support', ' Service', '']) : ''}`
  if (shape === 'display') return display
  if (shape === 'own') return `${display} <${rng.pick(LOCAL[family])}@${c.domain}>`
  if (family === 'helpdesk') return `${display} <support@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  return rng.chance(0.5)
    ? `${display} <${c.slug}@${rng.pick(MAILING_HOSTS)}>`
    : `${display} <bounce-${numeric(rng, 4)}@${c.slug}.${rng.pick(MAILING_HOSTS)}>`
}

function waveCompany(
  rng: Random,
  plan: WavePlan,
  stem: string,
  usedHand: Set<string>,
): WaveCompany {
  const lang: Lang = plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang
  const c = company(rng, stem, lang)
  const family = weighted(rng, plan.families)
  const vts = family === 'helpdesk' && rng.chance(plan.verifyToSubmit)
  const roll = rng.next()
  if (roll < 0.2 && !vts) {
    const p = rng.pick(productsOf(family))
    const shape = p.sender
    return {
      ...c,
      family,
      text: p.texts[lang],
      product: p.product,
      source: 'product',
      sender: shape,
      from: senderRow(rng, c, family, shape),
    }
  }
  const shape = weighted<WaveCompany['sender']>(rng, [
    ['display', 0.27],
    ['hosted', 0.35],
    ['own', 0.38],
  ])
  const base = {
    ...c,
    family,
    product: 'in-house',
    sender: shape,
    from: senderRow(rng, c, family, shape),
  }
  if (roll < 0.62) {
    const hands = handTexts(family, lang, vts)
    const fresh = hands.filter((h) => !usedHand.has(h.subject + h.body))
    const h = rng.pick(fresh.length > 0 ? fresh : hands)
    usedHand.add(h.subject + h.body)
    return { ...base, text: { subject: h.subject, body: h.body }, source: 'handwritten' }
  }
  return { ...base, text: composeText(rng, family, lang, vts), source: 'composed' }
}

function offsets(rng: Random, n: number, plan: WavePlan): number[] {
  const span = plan.span * MINUTE
  const raw = Array.from({ length: n }, (_, i) => {
    const u = rng.next()
    if (plan.timing === 'burst') return u * u * span
    if (plan.timing === 'tail') return rng.chance(0.5) ? u * 0.15 * span : u * span
    if (plan.timing === 'slow') return ((i + rng.next()) / n) * span
    return u * span
  }).sort((a, b) => a - b)
  raw[0] = 0
  raw[n - 1] = span
  return raw.map((x) => Math.round(x / 1000) * 1000)
}

function submissions(rng: Random, plan: WavePlan): number {
  if (plan.oneEach) return 1
  return weighted(rng, [
    [1, 0.55],
    [2, 0.25],
    [3, 0.12],
    [4, 0.08],
  ])
}

export function buildWave(rng: Random, plan: WavePlan, person: Person): BuiltWave {
  const count = plan.oneEach ? Math.max(15, plan.companies) : plan.companies
  const usedHand = new Set<string>()
  const list = rng
    .shuffle(STEMS)
    .slice(0, count)
    .map((s) => waveCompany(rng, plan, s, usedHand))
  let items = list.flatMap((c) => Array.from({ length: submissions(rng, plan) }, () => c))
  while (items.length < 15) items.push(list[items.length % list.length]!)
  if (plan.lang === 'multi' && plan.kind === 'e-mixed') {
    const sent = new Map<WaveCompany, number>()
    for (const c of items) sent.set(c, (sent.get(c) ?? 0) + 1)
    for (const c of list)
      while (items.length < 400 && (sent.get(c) ?? 0) < 3) {
        items.push(c)
        sent.set(c, (sent.get(c) ?? 0) + 1)
      }
  }
  items = rng.shuffle(items).slice(0, 400)
  const times = offsets(rng, items.length, plan)
  const part: BuiltWave = {
    ...emptyPart(),
    plan,
    companyList: list,
    end: plan.start + times[times.length - 1]!,
  }
  items.forEach((c, i) => {
    const payloadInName = plan.payload.label !== 'none'
    const values = {
      company: c.name,
      name: payloadInName && c.family !== 'helpdesk' ? plan.payload.text : person.first,
      topic: plan.payload.text,
      ref: numeric(rng, rng.int(5, 8)),
      code: numeric(rng, 6),
      link: `https://${c.domain}/${c.family === 'helpdesk' ? 'tickets' : 'account'}/${token(rng, 24)}`,
      email: person.address,
      host: c.domain,
    }
    const label: MailLabel = {
      label: 'wave',
      waveId: plan.waveId,
      lang: c.lang,
      family: c.family,
      product: c.product,
      sender: c.sender,
      payload: plan.payload.label,
      source: `wording:${c.source}`,
    }
    const mail = {
      id: `${plan.waveId.split('~')[0]}-${i}`,
      at: plan.start + times[i]!,
      from: c.from,
      subject: fill(c.text.subject, values),
      body: fill(c.text.body, values),
      to: person.address,
    }
    put(part, mail, label)
  })
  return part
}
