// One wave mail's words: a product default, a company's hand-written text, or a text composed from
// this set's blocks (greeting, family sentence, next step, closing, subject); and its sender row.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, type Company } from './companies.ts'
import { PRODUCTS, productText, type Family, type Product } from './products.ts'
import { fill } from './records.ts'
import { WAVE_TEXT } from './wave-text/index.ts'
import type { Text } from './wave-text/types.ts'

export type Source = 'product' | 'handwritten' | 'composed'
export type SenderShape = NonNullable<MailLabel['sender']>

/** How one company of a wave writes: fixed for all its mails of that wave. */
export interface Voice {
  family: Family
  source: Source
  product: Product | null
  text: Text
  sender: SenderShape
  from: string
}

const LOCALS: Record<Family, readonly string[]> = {
  helpdesk: ['support', 'help', 'service', 'care', 'kundenservice', 'atendimento'],
  verification: ['no-reply', 'accounts', 'welcome', 'hello', 'team'],
  subscription: ['news', 'newsletter', 'hello', 'list', 'letters'],
  reset: ['no-reply', 'security', 'account', 'login', 'noreply'],
}

function composed(rng: Random, c: Company, family: Family): Text {
  const w = WAVE_TEXT[c.lang]
  const lines = [rng.pick(w.greet), rng.pick(w.body[family])]
  if (rng.chance(0.5)) lines.push(rng.pick(w.body[family]))
  lines.push(rng.pick(w.next[family]), rng.pick(w.close))
  const body = [...new Set(lines)].join(rng.chance(0.5) ? '\n\n' : '\n')
  return [rng.pick(w.subj[family]), body]
}

function senderRow(rng: Random, c: Company, family: Family, shape: SenderShape): string {
  const local = rng.pick(LOCALS[family])
  if (shape === 'display') return c.name
  if (shape === 'own') return `${c.name} <${local}@${c.domain}>`
  if (family === 'helpdesk')
    return `${c.name} Support <${local}@${c.slug}.${rng.pick(HELPDESK_HOSTS)}>`
  const host = rng.chance(0.6) ? `${c.slug}.${rng.pick(MAILING_HOSTS)}` : `mail.${c.domain}`
  return `${c.name} <${local}@${host}>`
}

/** `handCursor` spreads the hand-written texts over companies before any is reused. */
export function voiceOf(rng: Random, c: Company, family: Family, handCursor: number): Voice {
  const roll = rng.next()
  const source: Source = roll < 0.2 ? 'product' : roll < 0.6 ? 'handwritten' : 'composed'
  const shapeRoll = rng.next()
  const sender: SenderShape = shapeRoll < 0.25 ? 'display' : shapeRoll < 0.6 ? 'hosted' : 'own'
  let product: Product | null = null
  let text: Text
  if (source === 'product') {
    product = rng.pick(PRODUCTS.filter((p) => p.family === family))
    const t = productText(product, c.lang)
    text = [t.subject, t.body]
  } else if (source === 'handwritten') {
    const hand = WAVE_TEXT[c.lang].hand[family]
    text = hand[handCursor % hand.length]!
  } else text = composed(rng, c, family)
  return { family, source, product, text, sender, from: senderRow(rng, c, family, sender) }
}

export function render(text: Text, values: Readonly<Record<string, string>>): Text {
  return [fill(text[0], values), fill(text[1], values)]
}
