// First-cut helpdesk fingerprints on what a webmail list shows. Each pattern cites its source in
// ../shared/SIGNALS.md. The full catalogue (platforms, languages, body templates) grows from here.
import type { MailRow, ReasonCode } from './types.ts'
import { HELPDESK_HOSTS, senderDomains } from './sender.ts'

/** Subject wrappers that helpdesks put around the requester's (attacker's) title. */
const HELPDESK_SUBJECTS: readonly RegExp[] = [
  /^\s*(\[[^\]]{1,80}\]\s*)?\[?request received\]?/iu, // Zendesk default triggers (SIGNALS 1.2)
  /^\s*ticket received - /iu, // Freshdesk (SIGNALS 3)
  /^\s*support ticket opened \[#\d+\]/iu, // osTicket ticket.autoresp.yaml (SIGNALS 3)
  /^\s*thanks for your inquiry \(/iu, // Zammad triggers.rb (SIGNALS 3)
  /\[ticket#:?\s?\d+\]/iu, // Zammad / OTRS ticket hook (SIGNALS 3)
]

/** Acknowledgement sentences that land in the list snippet (SIGNALS 8.1 A2). */
const HELPDESK_SNIPPETS: readonly RegExp[] = [
  /##- please type your reply above this line -##/iu, // Zendesk delimiter (SIGNALS 1.3)
  /your request \(#?\d{1,12}\) has been received/iu, // Zendesk, Zammad (SIGNALS 1.2, 3)
  /we would like to acknowledge that we have received your request/iu, // Freshdesk (SIGNALS 3)
  /a request for support has been created and assigned #/iu, // osTicket (SIGNALS 3)
]

/** Longest text the rules look at: attacker-controlled strings can be huge. */
export const MAX_SCANNED_CHARS = 2_000

export function helpdeskReasons(
  row: Pick<MailRow, 'subject' | 'snippet' | 'senderAddress'>,
): ReasonCode[] {
  const reasons: ReasonCode[] = []
  const subject = row.subject.slice(0, MAX_SCANNED_CHARS)
  const snippet = row.snippet.slice(0, MAX_SCANNED_CHARS)
  if (HELPDESK_SUBJECTS.some((pattern) => pattern.test(subject))) reasons.push('helpdesk-subject')
  if (HELPDESK_SNIPPETS.some((pattern) => pattern.test(snippet))) reasons.push('helpdesk-snippet')
  if (HELPDESK_HOSTS.has(senderDomains(row.senderAddress).registrableDomain)) {
    reasons.push('helpdesk-sender')
  }
  return reasons
}

/** A sender-domain match alone is weak (genuine tickets come from the same hosts). */
export function isHelpdeskMail(reasons: readonly ReasonCode[]): boolean {
  return reasons.includes('helpdesk-subject') || reasons.includes('helpdesk-snippet')
}
