// One wave: each abused company answers the attacker's submissions in a product's default
// wording (at most a quarter) or its own (hand-written or composed), from its own domain, a
// hosted helpdesk or mailing-service subdomain, or a bare display name.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel } from '../types.ts'
import { fill, numeric, put, token, emptyPart, type Part } from '../nineteenth/records.ts'
import { companies, HELPDESK_HOSTS, MAILING_HOSTS, STEMS, type Company } from './companies.ts'
import type { Person } from './langs.ts'
import { arrival, type WavePlan } from './plans.ts'
import { productsOf } from './products/index.ts'
import { FAMILIES, type Family, type Product } from './products/types.ts'
import type { Form } from './wording/types.ts'
import { ownWording } from './wording/index.ts'

const KIND_FAMILY: Record<string, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

export interface Wave extends Part {
  plan: WavePlan
  companyList: Company[]
  start: number
  end: number
}

interface Voice {
  company: Company
  form: Form
  product: Product | null
  text: string
  source: string
  sender: 'own' | 'hosted' | 'display'
  lang: Lang
}

function formFor(rng: Random, plan: WavePlan): Form {
  const main = KIND_FAMILY[plan.kind] ?? null
  if (rng.chance(0.3)) return 'submit'
  if (main && rng.chance(0.8)) return main
  return rng.pick(FAMILIES)
}

function voiceOf(rng: Random, plan: WavePlan, company: Company, waveLang: Lang): Voice {
  const form = formFor(rng, plan)
  const seven = (LANGUAGES as readonly string[]).includes(company.lang)
  const lang = seven ? (company.lang as Lang) : waveLang
  if (form !== 'submit' && seven && rng.chance(0.22)) {
    const product = rng.pick(productsOf(form))
    return {
      company,
      form,
      product,
      text: product.texts[lang],
      source: 'product',
      sender: product.sender,
      lang,
    }
  }
  const wording = ownWording(rng, company.lang, form)
  const r = rng.next()
  const sender = r < 0.27 ? 'display' : r < 0.6 ? 'hosted' : 'own'
  return { company, form, product: null, text: wording.text, source: wording.source, sender, lang }
}

function fromRow(rng: Random, v: Voice): string {
  const { company: c } = v
  if (v.sender === 'display')
    return rng.pick([c.name, `${c.name} Support`, `${c.name} Team`, `${c.name} via ${c.stem}`])
  if (v.sender === 'own')
    return `${c.name} <${rng.pick(['no-reply', 'service', 'hello', 'accounts'])}@${c.domain}>`
  const hosts = v.form === 'subscription' ? MAILING_HOSTS : HELPDESK_HOSTS
  return `${c.name} <${rng.pick(['support', 'news', 'notify'])}@${c.stem.toLowerCase()}.${rng.pick(hosts)}>`
}

export function buildWave(rng: Random, plan: WavePlan, start: number, person: Person): Wave {
  const langOf = (i: number) => {
    if (plan.foreign && i % 3 === 0) return person.other
    return plan.lang === 'multi' ? LANGUAGES[i % LANGUAGES.length]! : plan.lang
  }
  const list = companies(rng, STEMS, plan.companies, langOf)
  const waveLang: Lang = plan.lang === 'multi' ? person.lang : plan.lang
  const voices = list.map((c) => voiceOf(rng, plan, c, waveLang))
  const sends: Voice[] = []
  for (const v of voices) {
    const times = rng.int(plan.submissions[0], plan.submissions[1])
    for (let t = 0; t < times; t++) sends.push(v)
  }
  const queue = [...voices, ...rng.shuffle(sends.slice(voices.length))].slice(0, plan.maxMails)
  const order = rng.shuffle(queue)
  const offsets = order.map((_, i) => arrival(rng, plan.shape, plan.span, i, order.length))
  offsets.sort((a, b) => a - b)
  const part: Wave = { ...emptyPart(), plan, companyList: list, start, end: start + plan.span }
  order.forEach((v, i) => {
    const slots = {
      company: v.company.name,
      name: plan.payload.text,
      ref: `${v.company.stem.slice(0, 3).toUpperCase()}-${numeric(rng, 6)}`,
      code: numeric(rng, 6),
      link: `https://${v.company.domain}/${rng.pick(['c', 'verify', 'r', 'optin'])}/${token(rng, 24)}`,
    }
    const [subject, body] = v.text.split(' || ') as [string, string]
    const foreign = (LANGUAGES as readonly string[]).includes(v.company.lang)
      ? ''
      : `/${v.company.lang}`
    const label: MailLabel = {
      label: 'wave',
      lang: v.lang,
      family: v.form === 'submit' ? 'helpdesk' : v.form,
      product: `${v.product?.product ?? (v.form === 'submit' ? 'verify-to-submit' : 'in-house')}${foreign}`,
      waveId: plan.waveId,
      sender: v.sender,
      payload: plan.payload.label,
      source: `wording:${v.source}`,
    }
    put(
      part,
      {
        id: `${plan.waveId}-${i}`,
        at: start + offsets[i]!,
        from: fromRow(rng, v),
        subject: fill(subject, slots),
        body: fill(body, slots),
        to: person.address,
      },
      label,
    )
  })
  return part
}
