// Every language's in-house wave wordings.
import type { Lang } from '../../types.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'
import type { WaveLang } from './types.ts'

export const WAVE_TEXT: Readonly<Record<Lang, WaveLang>> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}
