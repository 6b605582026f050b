// Burst texts by language.
import type { Lang } from '../../types.ts'
import { DE, EN } from './texts-en-de.ts'
import { ES, FR } from './texts-fr-es.ts'
import { IT, NL, PT } from './texts-pt-it-nl.ts'
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
