// The important notices of every language, and one drawn for a mail.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { notice, type Notice, type NoticeTable } from './kit.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'

const TABLES: Record<Lang, NoticeTable> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, it: IT, nl: NL }
const CURRENCY: Record<Lang, string> = {
  en: '£',
  de: '€',
  fr: '€',
  es: '€',
  pt: '€',
  it: '€',
  nl: '€',
}

export function importantNotice(rng: Random, lang: Lang): Notice {
  const n = notice(rng, TABLES[lang], CURRENCY[lang])
  return lang === 'en' ? { ...n, subject: n.subject, body: n.body.replace(/(£\d+),/u, '$1.') } : n
}
