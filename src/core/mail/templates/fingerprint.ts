// Helpdesk fingerprints: which platform template a mail matches, in which language, and the
// payload the helpdesk echoed (the requester's title, which is the attacker's text in relay spam).
import {
  HELPDESK_SENDER_HOSTS,
  HELPDESK_TEMPLATES,
  type HelpdeskTemplate,
  type Language,
  type Platform,
  type TemplateKind,
} from './templates.ts'
import { senderDomains, type SenderDomains } from '../../sender/sender.ts'
import { bounded } from '../text.ts'
import { gateFor, matchGate, type Found, type Gate } from './template-gate.ts'
import type { ReasonCode } from '../../types.ts'

export interface HelpdeskMatch {
  platform: Platform | null
  language: Language | null
  kind: TemplateKind | null
  reasons: ReasonCode[]
  /** The subject without the helpdesk wrapper and ticket ids. */
  payload: string
}

export interface FingerprintInput {
  subject: string
  snippet: string
  senderAddress: string
  body?: string | undefined
}

// Wrappers removed to find the echoed title; they mirror the subject templates above.
const WRAPPERS: readonly RegExp[] = [
  /^(?:\[[^\]]{1,80}\]\s*)?\[?request received\]?:?\s*/iu,
  /^\[[^\]]{1,80}\]\s*re:\s*/iu,
  /^ticket (?:received|updated|resolved|closed) - (?:\[#\d{1,12}\]\s*)?/iu,
  /^(?:re|aw|fw|fwd|tr):\s*/iu,
  /\s*\[(?:ticket#:?\s?)?#?\d{3,20}\]\s*/giu,
  /^ticket #\d{3,12}:\s*/iu,
]

/** The templates the fingerprint knows, compiled once. */
export interface TemplateCatalogue {
  subject: Gate
  body: Gate
}

export function templateCatalogue(templates: readonly HelpdeskTemplate[]): TemplateCatalogue {
  return { subject: gateFor(templates, 'subject'), body: gateFor(templates, 'body') }
}

/** Every known template: what the product runs with. Evaluations build smaller catalogues. */
export const FULL_CATALOGUE = templateCatalogue(HELPDESK_TEMPLATES)

/** Zendesk's per-ticket reply address, support+id<ref>@… (docs/signals.md 2.1). */
const TICKET_REPLY_ADDRESS = /^[^@\s]{1,64}\+id[a-z0-9-]{1,40}@/iu

export function fingerprint(
  mail: FingerprintInput,
  domains: SenderDomains = senderDomains(mail.senderAddress),
  catalogue: TemplateCatalogue = FULL_CATALOGUE,
): HelpdeskMatch {
  const subject = bounded(mail.subject)
  const body = bounded(`${mail.snippet}\n${mail.body ?? ''}`, 8_000)
  const found: Found = { best: null, bestRank: -1, reasons: new Set() }
  matchGate(catalogue.subject, subject, found)
  matchGate(catalogue.body, body, found)
  const { best, reasons } = found
  const host = HELPDESK_SENDER_HOSTS[domains.registrableDomain]
  if (host || TICKET_REPLY_ADDRESS.test(mail.senderAddress.slice(0, 320)))
    reasons.add('helpdesk-sender')
  return {
    platform: best?.platform ?? host ?? null,
    language: best?.language ?? null,
    kind: best?.kind ?? null,
    reasons: [...reasons],
    payload: stripWrapper(subject),
  }
}

export function stripWrapper(subject: string): string {
  const text = subject.trim()
  // Zammad wraps the whole title: "Thanks for your inquiry (<title>)".
  let rest = ZAMMAD_WRAPPER.exec(text)?.[1] ?? text
  for (const wrapper of WRAPPERS) rest = rest.replace(wrapper, '')
  return rest.trim()
}

const ZAMMAD_WRAPPER = /^thanks for your (?:inquiry|follow-up) \((.*)\)$/iu
