// The shape of one language's in-house wave wordings: hand-written texts per family (each a
// company's own voice) and the blocks the composer joins (greeting, family sentence, next step,
// closing, subject). Slots: {name} typed-in name, {msg} typed message, {brand}, {ref}, {link},
// {code}, {email}.
import type { Family } from '../products.ts'

export type Text = readonly [subject: string, body: string]

export interface WaveLang {
  hand: Readonly<Record<Family, readonly Text[]>>
  greet: readonly string[]
  body: Readonly<Record<Family, readonly string[]>>
  next: Readonly<Record<Family, readonly string[]>>
  close: readonly string[]
  subj: Readonly<Record<Family, readonly string[]>>
  /** Subject prefixes of a follow-up sent minutes after the first mail. */
  remind: readonly string[]
}
