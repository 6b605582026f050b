// The shape of a language's bank of fragments for composed in-house wordings.
import type { Ctx, Family } from '../wording.ts'

export type Frag = (c: Ctx) => string

export interface FamilyBank {
  subject: readonly Frag[]
  /** What was received or created. */
  core: readonly Frag[]
  /** What happens next. */
  next: readonly Frag[]
  /** The reference, link or code line. */
  action: readonly Frag[]
}

export interface Bank {
  greet: readonly Frag[]
  signoff: readonly Frag[]
  footer: readonly Frag[]
  family: Record<Family, FamilyBank>
}
