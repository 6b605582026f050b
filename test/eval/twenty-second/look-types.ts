// The look-alike classes: everyday mail the person wants, written as "subject | body" lines per
// language with {slots} (first, brand, code, link, amount, n, ref, day, time, who, subj).
import type { LabelClass, Lang } from '../types.ts'

export type LookTexts = Record<Lang, readonly string[]>

export interface LookClass {
  id: string
  label: LabelClass
  /** How the sender row looks: a brand's automated address, or a person. */
  from: 'brand' | 'person'
  /** Needs the person's earlier sent mail with the same subject (out-of-office, ticket reply). */
  sentFirst: boolean
  texts: LookTexts
}
