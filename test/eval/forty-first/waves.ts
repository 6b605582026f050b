// One wave: its companies (name, language, family, wording, sender row, sector), the payload
// typed into their forms, and its mails in arrival order, every one labelled `wave`.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { MINUTE } from './clock.ts'
import { companyCount, dripCount, offsets } from './arrival.ts'
import {
  companyDomain,
  companyName,
  HELPDESK_SERVICES,
  MAILING_SERVICES,
  STEMS,
} from './companies.ts'
import { BLAND, PAYLOAD_TEXT, styled } from './payloads.ts'
import { drawWording, type Usual, type Wording } from './products.ts'
import { WAVE_SECTOR_WORDS } from './providers.ts'
import type { FortyFirstLabel, PayloadKind, Shape, Style } from './types.ts'
import type { Family } from './wording.ts'

export interface WavePlan {
  waveId: string
  kind: string
  family: Family | 'mixed'
  lang: Lang | 'multi'
  shape: Shape
  start: number
  payload: { kind: PayloadKind; style: Style } | null
  person: { first: string; address: string }
}

interface Company {
  name: string
  domain: string
  lang: Lang
  family: Family
  wording: Wording
  sender: Usual
  from: string
  sectorMatch: boolean
}

const FAMILY_LIST: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']
const LOCAL: Record<Family, string> = {
  helpdesk: 'support',
  verification: 'no-reply',
  subscription: 'newsletter',
  reset: 'no-reply',
}

function senderOf(rng: Random, c: Omit<Company, 'sender' | 'from'>, stem: string): [Usual, string] {
  const usual = c.wording.usual
  const r = rng.next()
  const row: Usual =
    usual && rng.chance(0.7) ? usual : r < 0.25 ? 'display' : r < 0.6 ? 'own' : 'hosted'
  if (row === 'display') return [row, c.name]
  if (row === 'own') {
    const host = rng.chance(0.3) ? `mail.${c.domain}` : c.domain
    return [row, `${c.name} <${LOCAL[c.family]}@${host}>`]
  }
  if (c.family === 'helpdesk')
    return [row, `${c.name} <support@${stem}.${rng.pick(HELPDESK_SERVICES)}.com>`]
  const service = rng.pick(MAILING_SERVICES)
  return [
    row,
    rng.chance(0.5) ? `${c.name} <no-reply@${service}.net>` : `${c.name} <${stem}@${service}.net>`,
  ]
}

function company(rng: Random, plan: WavePlan, stem: string): Company {
  const lang = plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang
  const sectorMatch = rng.chance(0.12)
  const word = sectorMatch ? rng.pick(WAVE_SECTOR_WORDS) : ''
  let family = plan.family === 'mixed' ? rng.pick(FAMILY_LIST) : plan.family
  // A bank or shop in the person's sectors writing "verify" or "welcome" for an account nobody opened.
  if (sectorMatch && plan.family === 'mixed') family = 'verification'
  const base = {
    name: companyName(stem, word),
    domain: companyDomain(stem, lang, word),
    lang,
    family,
    wording: drawWording(rng, family, lang),
    sectorMatch,
  }
  const [sender, from] = senderOf(rng, base, stem)
  return { ...base, sender, from }
}

function payloadText(plan: WavePlan, lang: Lang): string | null {
  return plan.payload ? styled(PAYLOAD_TEXT[plan.payload.kind][lang], plan.payload.style) : null
}

function label(plan: WavePlan, c: Company): FortyFirstLabel {
  return {
    label: 'wave',
    lang: c.lang,
    family: c.family,
    product: c.wording.product,
    waveId: plan.waveId,
    sender: c.sender,
    payload: plan.payload ? `${plan.payload.kind}/${plan.payload.style}` : 'none',
    source: `wording:${c.wording.source}`,
    shape: plan.shape,
    sectorMatch: c.sectorMatch,
  }
}

export interface BuiltWave {
  part: Part
  end: number
  stems: string[]
}

export function buildWave(rng: Random, plan: WavePlan): BuiltWave {
  const count = plan.shape === 'drip' ? dripCount(rng) : companyCount(rng, plan.shape)
  const stems = rng.shuffle(STEMS.slice(0, 150)).slice(0, count)
  const companies = stems.map((stem) => company(rng, plan, stem))
  const repeats = companies.map(() => (plan.shape !== 'drip' && rng.chance(0.15) ? 2 : 1))
  const times = offsets(rng, plan.shape, companies.length)
  const part = emptyPart()
  let end = plan.start
  companies.forEach((c, i) => {
    for (let r = 0; r < repeats[i]!; r++) {
      const at = plan.start + times[i]! + r * rng.int(1, 6) * MINUTE
      end = Math.max(end, at)
      const payload = payloadText(plan, c.lang)
      const values = {
        company: c.name,
        name: payload && rng.chance(0.7) ? payload : plan.person.first,
        message: payload ?? BLAND[c.lang],
        ref: numeric(rng, rng.int(5, 7)),
        link: `https://${c.domain}/${c.family === 'reset' ? 'reset' : 'confirm'}?t=${token(rng, 24)}`,
        code: numeric(rng, 6),
        email: plan.person.address,
      }
      const [subject, body] = c.wording.text
      const mail = { id: `${plan.waveId}-w${i}-${r}`, at, from: c.from, to: plan.person.address }
      put(
        part,
        { ...mail, subject: fill(subject, values), body: fill(body, values) },
        label(plan, c),
      )
    }
  })
  return { part, end, stems }
}
