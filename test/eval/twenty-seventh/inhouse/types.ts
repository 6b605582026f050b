// In-house wordings: texts companies wrote themselves, as subject and body with slots
// ({brand} {p} {num} {code} {link} {list} {domain}).
import type { Lang } from '../../types.ts'
import type { Wording } from '../products/types.ts'

export type ByLang = Record<Lang, readonly Wording[]>

export const w = (subject: string, body: string): Wording => ({ subject, body })
