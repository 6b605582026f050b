// The hand-written in-house texts of the four families, parsed from their one-line form.
import type { Lang } from '../../types.ts'
import type { Family } from '../compose/types.ts'
import { HELPDESK_TEXTS } from './helpdesk.ts'
import { RESET_TEXTS } from './reset.ts'
import { SUBSCRIPTION_TEXTS } from './subscription.ts'
import { VERIFICATION_TEXTS } from './verification.ts'

export interface Wording {
  /** e.g. `hand/helpdesk/12`, `composed/reset/es/0.2.1.0`, `product/Seafile`. */
  id: string
  family: Family
  lang: Lang
  /** The regional locale (`pt-BR`, `nl-BE`...) or the language. */
  locale: string
  subject: string
  body: string
}

function parse(family: Family, lines: readonly string[]): Wording[] {
  return lines.map((line, i) => {
    const [locale = '', subject = '', body = ''] = line.split('|')
    const lang = locale.slice(0, 2) as Lang
    return {
      id: `hand/${family}/${i}`,
      family,
      lang,
      locale,
      subject,
      body: body.replace(/\\n/gu, '\n'),
    }
  })
}

export const HAND_TEXTS: readonly Wording[] = [
  ...parse('helpdesk', HELPDESK_TEXTS),
  ...parse('verification', VERIFICATION_TEXTS),
  ...parse('subscription', SUBSCRIPTION_TEXTS),
  ...parse('reset', RESET_TEXTS),
]
