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
import { senderDomains, type SenderDomains } from './sender.ts'
import { bounded } from './text.ts'
import type { ReasonCode } from './types.ts'

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

interface Gate {
  any: RegExp
  templates: HelpdeskTemplate[]
  /** Per reason code, one pattern that matches wherever a template giving that reason matches. */
  byReason: Map<ReasonCode, RegExp>
}

/** One pattern matching wherever any of the templates matches. */
function combined(templates: readonly HelpdeskTemplate[]): RegExp {
  // An empty alternation would match everything: an empty catalogue matches nothing.
  const source = templates.map((template) => `(?:${template.pattern.source})`).join('|') || '(?!)'
  return new RegExp(source, 'iu')
}

/** The templates of one field, and one pattern that matches wherever any of them matches. */
function gateFor(all: readonly HelpdeskTemplate[], field: HelpdeskTemplate['field']): Gate {
  const templates = all.filter((template) => template.field === field)
  const byReason = new Map<ReasonCode, RegExp>()
  for (const reason of new Set(templates.map(reasonFor)))
    byReason.set(reason, combined(templates.filter((template) => reasonFor(template) === reason)))
  return { any: combined(templates), templates, byReason }
}

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
  const found: Found = { best: null, reasons: new Set() }
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

function reasonFor(template: HelpdeskTemplate): ReasonCode {
  if (template.kind === 'verification') return 'helpdesk-verification'
  return template.field === 'subject' ? 'helpdesk-subject' : 'helpdesk-body'
}

/** An acknowledgement outranks later notices; wording common to all notifications ranks last. */
function rank(template: HelpdeskTemplate): number {
  return RANKS[template.kind]
}

const RANKS: Readonly<Record<TemplateKind, number>> = {
  ack: 5,
  verification: 4,
  cc: 3,
  update: 2,
  solved: 1,
  notice: 0,
}

/** What the templates matched so far say: the best one, and the reasons in catalogue order. */
interface Found {
  best: HelpdeskTemplate | null
  reasons: Set<ReasonCode>
}

/**
 * The templates of one field that match `text`, in catalogue order. A template is tested only when
 * it can change the answer: when it would add a reason not yet found, or outrank the best so far.
 */
function matchGate(gate: Gate, text: string, found: Found): void {
  // Most mail matches no template: one combined test settles that before the per-template loop.
  if (!gate.any.test(text)) return
  // Whether any template of a reason matches here: one combined test per reason, when needed.
  const present = new Map<ReasonCode, boolean>()
  for (const template of gate.templates) {
    const reason = reasonFor(template)
    const known = found.reasons.has(reason)
    if (known && found.best && rank(template) <= rank(found.best)) continue
    if (!known && !(present.get(reason) ?? testReason(gate, reason, text, present))) continue
    if (!template.pattern.test(text)) continue
    found.reasons.add(reason)
    if (!found.best || rank(template) > rank(found.best)) found.best = template
  }
}

function testReason(
  gate: Gate,
  reason: ReasonCode,
  text: string,
  present: Map<ReasonCode, boolean>,
): boolean {
  const matches = gate.byReason.get(reason)!.test(text)
  present.set(reason, matches)
  return matches
}

export function stripWrapper(subject: string): string {
  const text = subject.trim()
  // Zammad wraps the whole title: "Thanks for your inquiry (<title>)".
  let rest = ZAMMAD_WRAPPER.exec(text)?.[1] ?? text
  for (const wrapper of WRAPPERS) rest = rest.replace(wrapper, '')
  return rest.trim()
}

const ZAMMAD_WRAPPER = /^thanks for your (?:inquiry|follow-up) \((.*)\)$/iu

/** A sender-domain match alone is weak: genuine tickets come from the same hosts. */
export function isHelpdeskMail(match: HelpdeskMatch): boolean {
  return match.kind !== null
}
