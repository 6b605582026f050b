// One company's mail in a wave: the wording (a product default, a hand-written in-house text or
// one composed from blocks), its subject (often not saying "received": the form's title, the
// company alone, the payload, "Re: <payload>", "Your message to …", a reference alone) and its
// sender row (own domain, a hosted service, or the display name alone).
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { BLOCKS } from './blocks.ts'
import { formTitle } from './forms.ts'
import { AGENTS, SUBJECT_BITS } from './subjects.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, type Company } from './companies.ts'
import { ACK_DE, ACK_EN, ACK_FR } from './hand-ack-1.ts'
import { ACK_ES, ACK_IT, ACK_NL, ACK_PT } from './hand-ack-2.ts'
import { ACK_SECTOR } from './hand-ack-3.ts'
import { RESET } from './hand-reset.ts'
import { SUBSCRIBE } from './hand-subscribe.ts'
import { VERIFY } from './hand-verify.ts'
import type { Hand } from './hand-types.ts'
import { PRODUCTS, type Family } from './products.ts'
import { fill, numeric, token } from './records.ts'

export type Source = 'product' | 'handwritten' | 'composed'
export type SenderShape = NonNullable<MailLabel['sender']>

const ACK: Record<Lang, readonly Hand[]> = {
  en: ACK_EN,
  de: ACK_DE,
  fr: ACK_FR,
  es: ACK_ES,
  pt: ACK_PT,
  it: ACK_IT,
  nl: ACK_NL,
}

export function handTexts(family: Family, lang: Lang): readonly Hand[] {
  if (family === 'helpdesk') return [...ACK[lang], ...ACK_SECTOR[lang]]
  return (family === 'verification' ? VERIFY : family === 'subscription' ? SUBSCRIBE : RESET)[lang]
}

/** How one company writes, fixed for the whole wave. */
export interface Voice {
  company: Company
  family: Family
  source: Source
  product: string
  hand: Hand | null
  sender: SenderShape
  from: string
  /** 0-6: which subject shape an in-house helpdesk text uses. */
  subjectShape: number
}

function senderRow(rng: Random, c: Company, family: Family, shape: SenderShape): string {
  if (shape === 'display') return c.display
  if (shape === 'own') {
    const local = rng.pick(['no-reply', 'info', 'contact', 'hello', 'servicedesk', 'web'])
    return `${c.display} <${local}@${c.domain}>`
  }
  if (family === 'helpdesk') return `${c.display} <support@${c.stem}.${rng.pick(HELPDESK_HOSTS)}>`
  return rng.chance(0.5)
    ? `${c.display} <news@mail.${c.domain}>`
    : `${c.display} <${c.stem}@${c.stem}.${rng.pick(MAILING_HOSTS)}>`
}

export function voiceFor(
  rng: Random,
  company: Company,
  family: Family,
  productShare: number,
): Voice {
  const products = PRODUCTS.filter((p) => p.family === family)
  const roll = rng.next()
  const source: Source =
    roll < productShare
      ? 'product'
      : roll < productShare + (1 - productShare) * 0.55
        ? 'handwritten'
        : 'composed'
  const product = source === 'product' ? rng.pick(products).product : 'in-house'
  const fitting = handTexts(family, company.lang).filter(
    (h) => h.sector === undefined || h.sector === company.sector,
  )
  const hand = source === 'handwritten' ? rng.pick(fitting) : null
  const s = rng.next()
  const sender: SenderShape = s < 0.3 ? 'display' : s < 0.62 ? 'own' : 'hosted'
  const from = senderRow(rng, company, family, sender)
  return { company, family, source, product, hand, sender, from, subjectShape: rng.int(0, 6) }
}

function composed(rng: Random, family: Family, lang: Lang): { subject: string; body: string } {
  const b = BLOCKS[lang]
  const parts = [rng.pick(b.greet), rng.pick(b.main[family])]
  if (rng.chance(0.7)) parts.push(rng.pick(b.next))
  parts.push(rng.pick(b.close))
  return { subject: '{company}', body: parts.join('\n\n') }
}

function inHouseSubject(v: Voice, own: string): string {
  const bits = SUBJECT_BITS[v.company.lang]
  switch (v.subjectShape) {
    case 0:
      return formTitle(v.company)
    case 1:
      return '{company}'
    case 2:
      return '{payload}'
    case 3:
      return 'Re: {payload}'
    case 4:
      return bits.yourMessage
    case 5:
      return v.company.stem.length % 2 ? '#{ref}' : '{ref}'
    default:
      return own
  }
}

export interface Rendered {
  subject: string
  body: string
}

export function renderVoice(
  rng: Random,
  v: Voice,
  payload: string,
  email: string,
  at: number,
): Rendered {
  const c = v.company
  const values = {
    company: c.display,
    payload,
    ref: rng.chance(0.5)
      ? numeric(rng, 6)
      : `${c.stem.slice(0, 3).toUpperCase()}-${numeric(rng, 5)}`,
    link: `https://${c.domain}/${v.family === 'helpdesk' ? 'ticket' : 'account'}/${token(rng)}`,
    email,
    date: new Date(at).toISOString().slice(0, 16).replace('T', ' '),
    agent: rng.pick(AGENTS[c.lang]),
    code: numeric(rng, 6),
    form: formTitle(c),
  }
  let text: Rendered
  if (v.source === 'product') {
    text = PRODUCTS.find((p) => p.product === v.product)!.texts[c.lang]
  } else if (v.hand) {
    const subject =
      v.family === 'helpdesk'
        ? inHouseSubject(v, v.hand.subject)
        : v.subjectShape === 1
          ? '{company}'
          : v.hand.subject
    text = { subject, body: v.hand.body }
  } else {
    const base = composed(rng, v.family, c.lang)
    const own = formTitle(c)
    text = {
      subject: v.family === 'helpdesk' ? inHouseSubject(v, own) : base.subject,
      body: base.body,
    }
  }
  return { subject: fill(text.subject, values), body: fill(text.body, values) }
}

/** A follow-up minutes later: an update on the enquiry, or a reminder to confirm. */
export function followUp(rng: Random, v: Voice, payload: string): Rendered {
  const bits = SUBJECT_BITS[v.company.lang]
  const subject = v.family === 'helpdesk' ? bits.followUp[0]! : bits.followUp[1]!
  const b = BLOCKS[v.company.lang]
  const values = {
    company: v.company.display,
    payload,
    ref: numeric(rng, 6),
    link: `https://${v.company.domain}/c/${token(rng)}`,
  }
  const body = [rng.pick(b.greet), rng.pick(b.main[v.family]), rng.pick(b.close)].join('\n\n')
  return { subject: fill(subject, values), body: fill(body, values) }
}
