// The important mails of every language.
import type { Lang } from '../../types.ts'
import { IMPORTANT_DE } from './de.ts'
import { IMPORTANT_EN } from './en.ts'
import { IMPORTANT_ES } from './es.ts'
import { IMPORTANT_FR } from './fr.ts'
import { IMPORTANT_IT } from './it.ts'
import type { ImportantMail } from './kit.ts'
import { IMPORTANT_NL } from './nl.ts'
import { IMPORTANT_PT } from './pt.ts'

export const IMPORTANT: Record<Lang, readonly ImportantMail[]> = {
  en: IMPORTANT_EN,
  de: IMPORTANT_DE,
  fr: IMPORTANT_FR,
  es: IMPORTANT_ES,
  pt: IMPORTANT_PT,
  it: IMPORTANT_IT,
  nl: IMPORTANT_NL,
}
