// Building blocks a company's own composed wording is drawn from: greeting, per-family subject
// and sentence, closing, and each language's everyday words for request / received / confirm /
// activate ({req} {recv} {conf} {act}), several per language, so companies differ.
import type { Family } from '../products/types.ts'

export interface Blocks {
  greet: readonly string[]
  subject: Record<Family, readonly string[]>
  sentence: Record<Family, readonly string[]>
  close: readonly string[]
  words: {
    req: readonly string[]
    recv: readonly string[]
    conf: readonly string[]
    act: readonly string[]
  }
}
