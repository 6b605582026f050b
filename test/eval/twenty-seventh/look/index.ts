// Look-alike texts of every language.
import type { Lang } from '../../types.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'
import type { LangLook } from './types.ts'

export const LOOK_TEXT: Record<Lang, LangLook> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}
export { LOOK_CLASS_NAMES, labelOf, type LookClass } from './types.ts'
