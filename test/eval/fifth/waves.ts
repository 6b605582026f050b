// One relay wave: 50–400 mails from 20–150 made-up companies within 3–120 minutes. Each company
// runs one product of the wave's family (any family for e-mixed), writes in the wave's language
// 70–90 % of the time (any language in a multilingual wave), keeps one sender row, answers at
// least once, and answers again for every repeated submission. The attacker's payload goes where
// the product echoes user input; products that echo nothing carry none.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { arrivalOffsets, planWave, type WavePlan } from './arrival.ts'
import { pickCompanies, type Company } from './companies.ts'
import type { Person } from './people.ts'
import { wavePayloads } from './payloads/index.ts'
import type { Payload } from './payloads/types.ts'
import type { Family, Product } from './product.ts'
import { BY_FAMILY, FAMILIES } from './products/index.ts'
import { add, digits, emptyPart, hexToken, record, type Part } from './records.ts'
import { fromLine, pickShape, type SenderShape } from './senders.ts'

export const KIND_FAMILY: Record<Exclude<WaveKind, 'e-mixed'>, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
}

export interface WaveShape {
  plan: WavePlan
  companies: number
  payloads: Payload[]
  start: number
  end: number
}

interface Sender {
  company: Company
  product: Product
  shape: SenderShape
  from: string
  nextRef: number
}

function companyLangs(rng: Random, lang: Lang | 'multi', count: number): Lang[] {
  const share = 0.7 + rng.next() * 0.2
  return Array.from({ length: count }, () => {
    if (lang === 'multi') return rng.pick(LANGUAGES)
    return rng.next() < share ? lang : rng.pick(LANGUAGES.filter((l) => l !== lang))
  })
}

function senders(rng: Random, spec: WaveSpec, count: number): Sender[] {
  const langs = companyLangs(rng, spec.lang, count)
  const taken = new Set<string>()
  const byLang = new Map<Lang, Company[]>()
  for (const l of LANGUAGES) {
    const needed = langs.filter((x) => x === l).length
    byLang.set(l, pickCompanies(rng, l, needed, taken))
  }
  return langs.map((l) => {
    const company = byLang.get(l)!.pop()!
    const family = spec.kind === 'e-mixed' ? rng.pick(FAMILIES) : KIND_FAMILY[spec.kind]
    const product = rng.pick(BY_FAMILY[family])
    const shape = pickShape(rng, product)
    const from = fromLine(rng, shape, product, company)
    return { company, product, shape, from, nextRef: rng.int(1_000, 98_000) }
  })
}

/** Which company answers each submission: every company once, the rest repeats. */
function order(rng: Random, companies: number, mails: number): number[] {
  const repeats = Array.from({ length: mails - companies }, () =>
    rng.chance(0.5) ? rng.int(0, Math.min(companies, 12) - 1) : rng.int(0, companies - 1),
  )
  return rng.shuffle([...Array.from({ length: companies }, (_, i) => i), ...repeats])
}

export function buildWave(rng: Random, spec: WaveSpec): Part & WaveShape {
  const plan = planWave(rng)
  const companies = rng.int(20, Math.min(150, plan.count))
  const offsets = arrivalOffsets(rng, plan)
  const all = senders(rng, spec, companies)
  const payloads = wavePayloads(rng, spec.lang)
  const part = emptyPart()
  order(rng, companies, plan.count).forEach((index, i) => {
    const s = all[index]!
    s.nextRef += rng.int(1, 37)
    const payload = i % 5 === 0 ? payloads[0]! : rng.pick(payloads)
    const echo = s.product.echo
    const typedName = rng.chance(0.7)
      ? spec.person.first
      : `${spec.person.first} ${spec.person.last}`
    const text = s.product.texts[s.company.lang]({
      company: s.company.name,
      domain: s.company.domain,
      name: echo === 'name' ? payload.short : typedName,
      field: echo === 'subject' ? payload.short : echo === 'message' ? payload.long : '',
      email: spec.person.address,
      ref: String(s.nextRef),
      code: digits(rng, 6),
      token: hexToken(rng),
    })
    const id = `${spec.waveId}-${String(i).padStart(3, '0')}`
    add(
      part,
      record(id, spec.start + offsets[i]!, s.from, text.subject, text.body, spec.person.address),
      {
        label: 'wave',
        lang: s.company.lang,
        family: s.product.family,
        product: s.product.product,
        waveId: spec.waveId,
        sender: s.shape,
        payload: echo === 'none' ? 'none' : `${payload.kind}/${payload.disguise}`,
      },
    )
  })
  return {
    ...part,
    plan,
    companies,
    payloads,
    start: spec.start,
    end: spec.start + offsets.at(-1)!,
  }
}
