// Burst texts by language.
import type { Lang } from '../../types.ts'
import { DE, EN, ES, FR } from './texts-a.ts'
import { IT, NL, PT } from './texts-b.ts'
import type { BurstTexts } from './types.ts'

export const TEXTS: Record<Lang, BurstTexts> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}
