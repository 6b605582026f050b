// Turning a wording ("subject\nbody" with {slots}) into a mail, and the sender rows companies
// use: their own domain, a hosted helpdesk or mailing service (several companies sending through
// one shared platform under their own names), or a display name alone.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { fill, token } from '../nineteenth/records.ts'
import { companyDomain, HELPDESK_SERVICES, MAILING_SERVICES } from './companies.ts'
import { composed } from './composed.ts'
import type { Step } from './flows.ts'
import type { Product } from './products.ts'
import { HAND_A } from './steps-a.ts'
import { HAND_B } from './steps-b.ts'
import { LANGUAGES } from '../types.ts'

export type SenderRow = NonNullable<MailLabel['sender']>
export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface Wording {
  source: WordingSource
  product?: Product
  /** A composed company's fixed subject pattern and greeting. */
  pattern: number
}

export function handText(step: Step, lang: Lang): string {
  const list = HAND_A[step] ?? HAND_B[step]
  if (!list) throw new Error(`no hand-written text for ${step}`)
  return list[LANGUAGES.indexOf(lang)]!
}

/** The wording a company uses for a step: a product's text covers its flow's first step. */
export function textFor(w: Wording, step: Step, lang: Lang, productStep: Step | null): string {
  if (w.source === 'product' && w.product && step === productStep) return w.product.texts[lang]
  if (w.source === 'composed') return composed(step, lang, w.pattern)
  return handText(step, lang)
}

export function split(text: string, values: Readonly<Record<string, string>>) {
  const [subject, ...body] = fill(text, values).split('\n')
  return { subject: subject!, body: body.join('\n') }
}

export function link(rng: Random, domain: string, path: string): string {
  return `https://${domain}/${path}?token=${token(rng, 28)}`
}

export interface Sender {
  row: SenderRow
  from: string
}

const SHARED_PLATFORM = 1

/** One company's sender row, fixed for the wave; helpdesk mail goes through a helpdesk. */
export function senderFor(
  rng: Random,
  name: string,
  stem: string,
  lang: Lang,
  family: string,
  row: SenderRow,
): Sender {
  const domain = companyDomain(stem, lang)
  if (row === 'display') return { row, from: rng.chance(0.5) ? name : `${name} Team` }
  if (row === 'own') {
    const local = rng.pick(['no-reply', 'hello', 'info', 'accounts'])
    return { row, from: `${name} <${local}@${rng.chance(0.3) ? `mail.${domain}` : domain}>` }
  }
  if (family === 'helpdesk')
    return { row, from: `${name} Support <support@${stem}.${rng.pick(HELPDESK_SERVICES)}.com>` }
  // Several companies share one platform's sending address and differ only by display name.
  if (rng.chance(0.5))
    return { row, from: `${name} <no-reply@${MAILING_SERVICES[SHARED_PLATFORM]}.net>` }
  return { row, from: `${name} <${stem}@${rng.pick(MAILING_SERVICES)}.net>` }
}
