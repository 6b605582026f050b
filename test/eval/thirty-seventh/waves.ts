// Builds one wave: its companies (each with one wording and sender row for the whole wave), the
// arrival of every submission by the wave's shape, and each mail filled with the form's fields:
// the payload in the name, subject and message, the person's work address, a reference, a link.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { companyCount, dripOffsets, offsets, submissions, type Shape } from './arrival.ts'
import { STEMS } from './companies.ts'
import { subjectField, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { drawCompany, type WaveCompany } from './wave-company.ts'
import { FAMILIES, type Family, type Variant } from './wording.ts'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  person: Person
  start: number
  shape: Shape
  payload: Payload
  /** The set's largest wave (150 companies). */
  largest: boolean
}

export interface BuiltWave extends Part {
  plan: WavePlan
  companies: WaveCompany[]
  end: number
}

const KIND_FAMILY: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

const PATHS: Record<Variant, string> = {
  ticket: 'tickets',
  webcopy: 'contact',
  b2b: 'demo',
  signup: 'verify',
  forum: 'activate',
  optin: 'confirm',
  reset: 'reset',
}

function reference(rng: Random, company: WaveCompany): string {
  if (company.product === 'django-helpdesk') return `support-${numeric(rng, 4)}`
  if (company.variant === 'b2b') return `Q-2026-${numeric(rng, 5)}`
  return numeric(rng, rng.pick([5, 6, 7]))
}

function fields(rng: Random, plan: WavePlan, company: WaveCompany): Record<string, string> {
  return {
    company: company.name,
    site: company.domain,
    ref: reference(rng, company),
    link: `https://${company.row.host}/${PATHS[company.variant]}/${token(rng, 28)}`,
    code: numeric(rng, 6),
    email: plan.person.address,
    name: plan.payload.short,
    subject: subjectField(plan.payload, company.lang),
    message: plan.payload.long,
  }
}

function companiesOf(rng: Random, plan: WavePlan, count: number): WaveCompany[] {
  const stems = rng.shuffle(STEMS).slice(0, count)
  const family = KIND_FAMILY[plan.kind]
  return stems.map((stem, index) =>
    drawCompany(rng, {
      stem,
      index,
      lang: plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang,
      family: family ?? rng.pick(FAMILIES),
    }),
  )
}

/** Arrival offsets, one list per company. */
function schedule(rng: Random, plan: WavePlan): number[][] {
  if (plan.shape === 'drip') return rng.shuffle(dripOffsets(rng)).map((at) => [at])
  const count = companyCount(rng, plan.shape, plan.largest)
  const per = Array.from({ length: count }, () => submissions(rng, plan.shape))
  const times = offsets(
    rng,
    plan.shape,
    per.reduce((a, b) => a + b, 0),
  )
  let next = 0
  return per.map((n) => times.slice(next, (next += n)))
}

export function buildWave(rng: Random, plan: WavePlan): BuiltWave {
  const part = emptyPart()
  const times = schedule(rng, plan)
  const companies = companiesOf(rng, plan, times.length)
  let end = plan.start
  companies.forEach((company, c) => {
    times[c]!.forEach((offset, s) => {
      const at = plan.start + offset
      end = Math.max(end, at)
      const values = fields(rng, plan, company)
      const mail = {
        id: `${plan.waveId}-c${c}-${s}`,
        at,
        from: company.row.from,
        subject: fill(company.text.subject, values),
        body: fill(company.text.body, values),
        to: plan.person.address,
      }
      put(part, mail, {
        label: 'wave',
        lang: company.lang,
        family: company.family,
        product: company.product,
        waveId: plan.waveId,
        sender: company.row.sender,
        payload: plan.payload.label,
        source: `wording:${company.source}`,
      })
    })
  })
  return { ...part, plan, companies, end }
}
