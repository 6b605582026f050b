// Important mail by language.
import type { Lang } from '../../types.ts'
import { importantDe } from './de.ts'
import { importantEn } from './en.ts'
import { importantEs } from './es.ts'
import { importantFr } from './fr.ts'
import { importantIt } from './it.ts'
import { importantNl } from './nl.ts'
import { importantPt } from './pt.ts'
import type { ImportantMail } from './types.ts'

export const IMPORTANT: Record<Lang, readonly ImportantMail[]> = {
  en: importantEn,
  de: importantDe,
  fr: importantFr,
  es: importantEs,
  pt: importantPt,
  it: importantIt,
  nl: importantNl,
}
