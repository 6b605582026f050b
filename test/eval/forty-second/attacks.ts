// One attack as it lands: every company the attacker fed the address to answers once (a seventh
// twice, 1-6 minutes apart), in its own wording and sender row, echoing the payload the attacker
// typed into the name and message fields. Used for full waves, small attacks and cut ones alike.
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import { companyDomain, companyName } from './companies.ts'
import { blandText, payloadText, PROBES, styled } from './payloads.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { MINUTE } from '../nineteenth/clock.ts'
import { pickSenderKind, senderRow } from './senders.ts'
import {
  FAMILIES,
  type Attack,
  type Family,
  type FortySecondLabel,
  type PayloadKind,
  type Shape,
  type SmallKind,
  type Style,
} from './types.ts'
import { chooseWording } from './wording.ts'

export interface Payload {
  kind: PayloadKind | 'none'
  style?: Style
  /** Why there is none, for small attacks. */
  smallKind?: SmallKind
}

export interface AttackPlan {
  waveId: string
  attack: Attack
  shape?: Shape
  kind: WaveKind
  /** One language, or all seven for a multilingual wave. */
  langs: readonly Lang[]
  person: Person
  /** One first arrival per company, same order as stems. */
  times: readonly number[]
  stems: readonly string[]
  payload: Payload
  smallSize?: number
}

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

export function payloadLabel(p: Payload): string {
  return p.kind === 'none' ? 'none' : `${p.kind}/${p.style ?? 'plain'}`
}

/** What the attacker typed: [name field, message field]. */
function fields(rng: Random, plan: AttackPlan, lang: Lang): [string, string] {
  const p = plan.payload
  const first = plan.person.first
  if (p.kind !== 'none') {
    const text = styled(payloadText(p.kind, lang), p.style ?? 'plain')
    return [rng.chance(0.7) ? text : first, text]
  }
  if (p.smallKind === 'probe') return [rng.pick(PROBES), rng.pick(PROBES)]
  return [first, blandText(rng, lang)]
}

function oneCompany(rng: Random, part: Part, plan: AttackPlan, index: number): void {
  const stem = plan.stems[index]!
  const lang = rng.pick(plan.langs)
  const family = FAMILY_OF[plan.kind] ?? rng.pick(FAMILIES)
  const wording = chooseWording(rng, family, lang)
  const sender = pickSenderKind(rng, wording.productSender)
  const name = companyName(stem)
  const from = senderRow(rng, sender, family, stem, name, lang)
  const [nameField, message] = fields(rng, plan, lang)
  const label: FortySecondLabel = {
    label: 'wave',
    lang,
    family,
    product: wording.product,
    waveId: plan.waveId,
    sender,
    payload: payloadLabel(plan.payload),
    source: `wording:${wording.source}`,
    attack: plan.attack,
    ...(plan.shape ? { shape: plan.shape } : {}),
    ...(plan.smallSize ? { smallSize: plan.smallSize } : {}),
    ...(plan.payload.smallKind ? { smallKind: plan.payload.smallKind } : {}),
  }
  const twice = plan.attack !== 'pieces' && plan.shape !== 'drip' && rng.chance(1 / 7)
  for (let s = 0; s < (twice ? 2 : 1); s++) {
    const values = {
      company: name,
      name: nameField,
      message,
      ref: numeric(rng, rng.int(5, 8)),
      link: `https://${companyDomain(stem, lang)}/${family === 'reset' ? 'reset' : 'confirm'}?t=${token(rng, 28)}`,
      code: numeric(rng, 6),
      email: plan.person.address,
    }
    const at = plan.times[index]! + s * rng.int(1, 6) * MINUTE + rng.int(0, 50) * 1000
    const mail = {
      id: `${plan.waveId}-c${index}-${s}`,
      at,
      from,
      subject: fill(wording.subject, values),
      body: fill(wording.body, values),
      to: plan.person.address,
    }
    put(part, mail, label)
  }
}

export interface BuiltAttack extends Part {
  start: number
  end: number
}

export function buildAttack(rng: Random, plan: AttackPlan): BuiltAttack {
  const part = emptyPart()
  plan.stems.forEach((_, i) => oneCompany(rng, part, plan, i))
  const dates = part.records.map((r) => Date.parse(r.date))
  return { ...part, start: Math.min(...dates), end: Math.max(...dates) }
}
