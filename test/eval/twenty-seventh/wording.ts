// How one company words its mail in a wave: a product default (at most about a fifth), a
// hand-written or short text of its own, or one composed from blocks; and its sender row.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { cap, HELPDESK_HOSTS, MAILING_HOSTS, type Company } from './companies.ts'
import { BLOCKS, HAND, SHORT } from './inhouse/index.ts'
import { productsOf } from './products/index.ts'
import type { Family, Wording } from './products/types.ts'

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface CompanyVoice {
  wording: Wording
  source: WordingSource
  product: string
}

function compose(rng: Random, lang: Lang, family: Family): Wording {
  const b = BLOCKS[lang]
  const parts = [rng.pick(b.core[family]), rng.pick(b.next[family])]
  const lines = rng.chance(0.7) ? [rng.pick(b.greet), ...parts] : parts
  if (rng.chance(0.6)) lines.push(rng.pick(b.close))
  return { subject: rng.pick(b.subject[family]), body: lines.join('\n') }
}

export function voiceOf(rng: Random, lang: Lang, family: Family, short: boolean): CompanyVoice {
  if (short)
    return { wording: rng.pick(SHORT[lang][family]), source: 'handwritten', product: 'in-house' }
  const roll = rng.next()
  if (roll < 0.24) {
    const product = rng.pick(productsOf(family))
    return { wording: product.texts[lang], source: 'product', product: product.product }
  }
  if (roll < 0.6)
    return { wording: rng.pick(HAND[family][lang]), source: 'handwritten', product: 'in-house' }
  return { wording: compose(rng, lang, family), source: 'composed', product: 'in-house' }
}

const LIST_WORDS: Record<Lang, readonly string[]> = {
  en: ['Weekly', 'Letter', 'Digest', 'Club News', 'Podcast Notes'],
  de: ['Newsletter', 'Wochenpost', 'Vereinsbrief', 'Blog-Update'],
  fr: ['Lettre', 'Hebdo', 'Gazette', 'Infos du club'],
  es: ['Boletín', 'Novedades', 'Semanal', 'Podcast'],
  pt: ['Newsletter', 'Novidades', 'Boletim', 'Podcast'],
  it: ['Newsletter', 'Notizie', 'Settimanale', 'Podcast'],
  nl: ['Nieuwsbrief', 'Weekbrief', 'Clubnieuws', 'Podcast'],
}

export function listName(rng: Random, c: Company): string {
  return `${cap(c.stem)} ${rng.pick(LIST_WORDS[c.lang])}`
}

export type SenderKind = 'own' | 'hosted' | 'display'

const DISPLAY_TAIL = ['', ' Support', ' Team', ' Service', ' via Kestrin', ' (no-reply)']

/** The From row of a company's mail, by the kind of row it uses. */
export function senderRow(rng: Random, c: Company, family: Family, kind: SenderKind): string {
  if (kind === 'display') return `${c.name}${rng.pick(DISPLAY_TAIL)}`
  if (kind === 'own') {
    const local = rng.pick(['noreply', 'no-reply', 'support', 'hello', 'info', 'account'])
    return `${c.name} <${local}@${c.domain}>`
  }
  if (family === 'helpdesk' || (family !== 'subscription' && rng.chance(0.4))) {
    const host = rng.pick(HELPDESK_HOSTS)
    return rng.chance(0.5)
      ? `${c.name} <support@${c.stem}.${host}>`
      : `${c.name} via ${cap(host.split('.')[0]!)} <help+${c.stem}@${host}>`
  }
  const host = rng.pick(MAILING_HOSTS)
  return `${c.name} <${rng.pick(['news', 'bounce', 'hello'])}-${c.stem}@${c.stem}.${host}>`
}

export function pickSenderKind(rng: Random): SenderKind {
  const roll = rng.next()
  return roll < 0.25 ? 'display' : roll < 0.6 ? 'hosted' : 'own'
}
