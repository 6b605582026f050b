// A payload text: per language a short line (fits a name, subject or title field) and a further
// sentence that follows it where the product echoes a free-text message. English is always given.
import type { Lang } from '../../types.ts'

export type PayloadText = { en: readonly [string, string] } & Partial<
  Record<Lang, readonly [string, string]>
>

/** A payload as one wave carries it: its kind, disguise and the (disguised) texts. */
export interface Payload {
  kind: string
  disguise: string
  lang: Lang
  short: string
  long: string
}
