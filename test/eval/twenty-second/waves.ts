// One wave: the plan's companies each answer one to four submissions, some with a follow-up
// minutes later; at most a quarter product defaults, the rest each company's own wording.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel, type WaveKind } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { compose, followUp, HAND } from './inhouse.ts'
import type { Person } from './people.ts'
import { offsetOf, type WavePlan } from './plans.ts'
import { productsOf } from './products.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'
import { linkHost, pickSenderKind, senderRow, type SenderKind } from './senders.ts'
import { FAMILIES, type Family, type Text } from './wording.ts'

export interface WaveShape extends Part {
  plan: WavePlan
  companyList: Company[]
  /** Time of the last wave mail. */
  end: number
}

const FAMILY_OF: Record<Exclude<WaveKind, 'e-mixed'>, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}

const TOPIC: Record<Lang, readonly string[]> = {
  en: ['Question about my order', 'Account help'],
  de: ['Frage zu meiner Bestellung', 'Hilfe beim Konto'],
  fr: ['Question sur ma commande', 'Aide compte'],
  es: ['Duda sobre mi pedido', 'Ayuda con la cuenta'],
  pt: ['Dúvida sobre a encomenda', 'Ajuda com a conta'],
  it: ['Domanda sul mio ordine', 'Aiuto account'],
  nl: ['Vraag over mijn bestelling', 'Hulp bij account'],
}

interface Voice {
  text: (rng: Random) => Text
  product: string
  source: string
  sender: SenderKind
}

function voiceOf(rng: Random, family: Family, lang: Lang, used: Set<string>): Voice {
  const u = rng.next()
  if (u < 0.2) {
    const p = rng.pick(productsOf(family))
    return {
      text: () => p.texts[lang],
      product: p.product,
      source: 'wording:product',
      sender: p.sender,
    }
  }
  const sender = pickSenderKind(rng)
  if (u < 0.6) {
    const options = HAND[family].filter((h) => h.lang === lang)
    const fresh = options.filter((h) => !used.has(h.subject))
    const hand = rng.pick(fresh.length > 0 ? fresh : options)
    used.add(hand.subject)
    return { text: () => hand, product: 'in-house', source: 'wording:handwritten', sender }
  }
  const own = compose(rng, family, lang)
  return { text: () => own, product: 'in-house', source: 'wording:composed', sender }
}

export function buildWave(rng: Random, plan: WavePlan, person: Person): WaveShape {
  const lang = plan.lang
  const companyList = pickCompanies(rng, plan.companies, () =>
    lang === 'multi' ? rng.pick(LANGUAGES) : lang,
  )
  const part = emptyPart()
  const used = new Set<string>()
  let n = 0
  let end = plan.start
  const quota = companyList.map(() => 1)
  for (let extra = plan.cap - companyList.length * 1.3; extra > 0; extra--) {
    const i = rng.int(0, companyList.length - 1)
    if (quota[i]! < 4) quota[i]!++
  }
  for (const [i, c] of companyList.entries()) {
    const family = plan.kind === 'e-mixed' ? rng.pick(FAMILIES) : FAMILY_OF[plan.kind]
    const voice = voiceOf(rng, family, c.lang, used)
    const from = senderRow(rng, c, family, voice.sender)
    const label: MailLabel = {
      label: 'wave',
      waveId: plan.waveId,
      lang: c.lang,
      family,
      product: voice.product,
      sender: voice.sender,
      payload: plan.payload.label,
      source: voice.source,
    }
    const topic = plan.payload.label === 'none' ? rng.pick(TOPIC[c.lang]) : plan.payload.text
    for (let s = 0; s < quota[i]! && n < plan.cap; s++) {
      const values = {
        company: c.name,
        name: plan.payload.label === 'none' || rng.chance(0.7) ? plan.payload.text : person.first,
        topic,
        ref: numeric(rng, rng.int(5, 7)),
        code: numeric(rng, 6),
        email: person.address,
        link: `https://${linkHost(c, from)}/${rng.pick(['t', 'confirm', 'verify', 'r', 'u'])}/${token(rng)}`,
      }
      const at = plan.start + offsetOf(rng, plan)
      const texts: Text[] = [voice.text(rng)]
      if (s === 0 && rng.chance(0.15)) texts.push(followUp(family, c.lang))
      if (texts.length > 1 && rng.chance(0.3)) texts.push(followUp(family, c.lang))
      texts.forEach((text, j) => {
        if (n >= plan.cap) return
        const when = Math.min(plan.start + plan.span, at + j * rng.int(1, 6) * MINUTE)
        let subject = fill(text.subject, values)
        if (plan.sameSubject && !subject.includes(plan.payload.text))
          subject = `${plan.payload.text} – ${subject}`
        const id = `${plan.waveId}-w${n++}`
        put(
          part,
          { id, at: when, from, subject, body: fill(text.body, values), to: person.address },
          label,
        )
        end = Math.max(end, when)
      })
    }
  }
  return { ...part, plan, companyList, end }
}
