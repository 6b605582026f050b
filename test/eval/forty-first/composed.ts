// Composed first mails: a greeting (never the name for a reset: the form asks for the address
// only), the family's title as a sentence, its action line and a closing, under one of three
// subject patterns (helpdesk notices mostly echo the message). 12 variants per family and language.
import type { Lang } from '../types.ts'
import { BLOCKS } from './composed-blocks.ts'
import type { Family, Text } from './wording.ts'

export const COMPOSED_VARIANTS = 12

function subjectOf(family: Family, title: string, variant: number): string {
  if (family === 'helpdesk' && variant % 3 !== 1) return `${title}: {message}`
  return [title, `{company}: ${title}`, `${title} | {company}`][variant % 3]!
}

export function composed(lang: Lang, family: Family, variant: number): Text {
  const b = BLOCKS[lang]
  const title = b.title[family]
  const greet = family === 'reset' ? b.greet[1] : b.greet[Math.floor(variant / 3) % 2]!
  const close = b.close[Math.floor(variant / 6) % 2]!
  const lines = [greet, `${title}.`, b.action[family], close]
  return [subjectOf(family, title, variant), lines.join('\n\n')]
}
