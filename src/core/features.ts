// Everything the rules need from one mail, computed once.
import { fingerprint, isHelpdeskMail } from './fingerprint.ts'
import { importantKind, type ImportantKind } from './important.ts'
import { relayIndicators } from './indicators.ts'
import { brandOf, senderDomains } from './sender.ts'
import type { Platform, TemplateKind } from './templates.ts'
import { normalisePayload } from './text.ts'
import type { ReasonCode } from './types.ts'

export interface MailInput {
  id: string
  date: number | null
  senderName: string
  senderAddress: string
  subject: string
  snippet: string
  /** Only when the message is opened (or in an offline scan). */
  body?: string | undefined
}

export interface MailFeatures {
  id: string
  date: number | null
  brand: string
  platform: Platform | null
  kind: TemplateKind | null
  helpdesk: boolean
  /** Normalised echoed title, for grouping the same payload across brands. */
  payload: string
  /** Fingerprint reasons followed by relay indicators. */
  reasons: ReasonCode[]
  indicatorCount: number
  important: ImportantKind | null
}

export function extractFeatures(mail: MailInput): MailFeatures {
  // The sender's domains are parsed once: both the fingerprint and the brand need them.
  const domains = senderDomains(mail.senderAddress)
  const match = fingerprint(mail, domains)
  const helpdesk = isHelpdeskMail(match)
  const indicators = helpdesk ? relayIndicators(match.payload, match.language) : []
  return {
    id: mail.id,
    date: mail.date,
    brand: brandOf(domains),
    platform: match.platform,
    kind: match.kind,
    helpdesk,
    payload: normalisePayload(match.payload),
    reasons: [...match.reasons, ...indicators],
    indicatorCount: indicators.length,
    // A helpdesk echo carries attacker text: "password changed" inside a ticket wrapper is not
    // an important mail, so important mail is judged only on non-helpdesk mail.
    important: helpdesk ? null : importantKind(mail.subject, mail.snippet),
  }
}
