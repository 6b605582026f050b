// Builds one wave from its plan: companies, each answering one to four submissions with one
// wording (a product default, a hand-written or a composed text of its own, an auto-reply, or
// "verify to submit"), from its own domain, a hosted service or a display name alone.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import { company, HELPDESK_HOSTS, MAILING_HOSTS, STEMS, type Company } from './companies.ts'
import type { Person } from './people.ts'
import { arrivalOffset, type WavePlan } from './plans.ts'
import { FAMILIES, type Family, type Text } from './products.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { chooseWording, type Wording } from './wording/index.ts'

export interface BuiltWave extends Part {
  plan: WavePlan
  companyList: Company[]
  end: number
}

const KIND_FAMILY: Record<string, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}

function senderRow(
  rng: Random,
  c: Company,
  family: Family,
): { from: string; kind: 'own' | 'hosted' | 'display'; host: string } {
  const roll = rng.next()
  if (roll < 0.25)
    return {
      from: rng.chance(0.5) ? c.name : `${c.name} ${family === 'helpdesk' ? 'Support' : 'Team'}`,
      kind: 'display',
      host: c.domain,
    }
  if (roll < 0.6) {
    const host =
      family === 'subscription' || family === 'verification'
        ? `${c.stem}.${rng.pick(MAILING_HOSTS)}`
        : `${c.stem}.${rng.pick(HELPDESK_HOSTS)}`
    return {
      from: `${c.name} <${rng.pick(['support', 'no-reply', 'hello'])}@${host}>`,
      kind: 'hosted',
      host,
    }
  }
  const local = rng.pick([
    'no-reply',
    'noreply',
    'service',
    'info',
    'kundenservice',
    'contact',
    'support',
  ])
  return { from: `${c.name} <${local}@${c.domain}>`, kind: 'own', host: c.domain }
}

function text(w: Wording, rng: Random, values: Record<string, string>): Text {
  return { subject: fill(w.text.subject, values), body: fill(w.text.body, values) }
}

export function buildWave(rng: Random, plan: WavePlan, person: Person): BuiltWave {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS).slice(0, plan.companies)
  const companyList = stems.map((s) =>
    company(rng, s, plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang),
  )
  const subs = companyList.map(() => rng.int(1, plan.maxSubmissions))
  while (subs.reduce((a, b) => a + b, 0) > 400) subs[subs.indexOf(Math.max(...subs))]! -= 1
  for (let i = 0; subs.reduce((a, b) => a + b, 0) < 15; i++) subs[i % subs.length]! += 1
  const total = subs.reduce((a, b) => a + b, 0)
  let n = 0
  let end = plan.start
  companyList.forEach((c, ci) => {
    const lang: Lang = c.lang
    const family: Family =
      KIND_FAMILY[plan.kind] ?? (rng.chance(0.15) ? 'helpdesk' : rng.pick(FAMILIES))
    const wording = chooseWording(rng, plan, family, lang, ci)
    const sender = senderRow(rng, c, wording.family)
    for (let s = 0; s < subs[ci]!; s++) {
      const at = plan.start + arrivalOffset(rng, plan, n, total)
      end = Math.max(end, at)
      const values = {
        company: c.name,
        domain: c.domain,
        name: plan.payload.text,
        payload: plan.payload.text,
        ticket: numeric(rng, rng.pick([5, 6, 7])),
        code: numeric(rng, 6),
        link: `https://${sender.host}/${rng.pick(['confirm', 'verify', 'r', 'account/activate', 'tickets'])}/${token(rng, 24)}`,
      }
      const t = text(wording, rng, values)
      put(
        part,
        {
          id: `${plan.waveId}-${ci}-${s}`,
          at,
          from: sender.from,
          subject: t.subject,
          body: t.body,
          to: person.address,
        },
        {
          label: 'wave',
          waveId: plan.waveId,
          lang,
          family: wording.family,
          product: wording.product,
          sender: sender.kind,
          payload: plan.payload.label,
          source: `wording:${wording.source}`,
        },
      )
      n++
    }
  })
  return { ...part, plan, companyList, end }
}
