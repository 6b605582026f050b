// A class of everyday mail the person wants that looks like a wave's: its label, how its sender
// looks, and its texts per language (subject, body; at least three per language).
import type { Lang } from '../../types.ts'

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

/** brand: a company's own address; person: a friend's; colleague: someone at a workplace;
 * via: a person's share sent by a service; support: a company's helpdesk. */
export type SenderKind = 'brand' | 'person' | 'colleague' | 'via' | 'support'

/** [subject, body] with {slots} (values.ts lists them). */
export type LookText = readonly [string, string]

export interface LookClass {
  name: string
  label: 'ham' | 'own' | 'important'
  sender: SenderKind
  /** Brand patterns, {Stem} being an invented stem. */
  brands: readonly string[]
  /** Local parts of the brand's address. */
  locals: readonly string[]
  /** The person's earlier sent mail this one answers, in the sent folder. */
  answers?: 'ooo' | 'ticket'
  texts: Record<Lang, readonly LookText[]>
}
