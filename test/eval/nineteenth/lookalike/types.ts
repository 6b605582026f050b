// Everyday automated mail the person wants that shares words, links or shapes with relay mail.
// Each class has texts per language ([subject, body] with {slots}) and the label it carries.
import type { LabelClass, Lang } from '../../types.ts'

export type LookText = readonly [string, string]

export interface LookClass {
  name: string
  label: LabelClass
  /** Sender local parts this class uses. */
  locals: readonly string[]
  texts: Record<Lang, readonly LookText[]>
}
