// Important notices in all seven languages.
import type { Lang } from '../../types.ts'
import { SOUTH } from './south.ts'
import type { Notice } from './types.ts'
import { WEST } from './west.ts'

export const IMPORTANT: Record<Lang, Notice[]> = {
  en: WEST.en!,
  de: WEST.de!,
  fr: WEST.fr!,
  es: WEST.es!,
  pt: SOUTH.pt!,
  it: SOUTH.it!,
  nl: SOUTH.nl!,
}
