// A company's own wording: hand-written whole texts, and blocks the composer joins.
import type { Lang } from '../../types.ts'

export type Hand = readonly [lang: Lang, subject: string, body: string]
