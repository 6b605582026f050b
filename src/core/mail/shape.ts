// Shape features of one mail that do not depend on its wording: who sent it (an automated or
// support mailbox, a hosted helpdesk tenant, a display name alone), whether it carries a ticket
// or request id, whether its subject wraps an echoed title, and whether it is a person's reply.
import { HELPDESK_HOSTS, type SenderDomains } from '../sender/sender.ts'

/**
 * Local parts of automated and support mailboxes, in the seven languages; a greeting (`hello@`,
 * `hallo@`, `hola@`, `ciao@` …) is the mailbox a small shop answers its contact form from.
 */
const AUTOMATED_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply|no_reply|support|help|helpdesk|service|services|customer|care|hello|hallo|hola|ola|ciao|hoi|bonjour|info|notification|notifications|notify|account|accounts|team|contact|servicedesk|feedback|mailer|verify|verification|security|confirm|confirmation|welcome|registration|register|signup|auth|members|member|community|kontakt|kundenservice|hilfe|servicio|soporte|ayuda|suporte|atendimento|assistenza|aiuto|klantenservice|aide|privacy|dpo|gdpr|legal|billing|tickets?)(?:[-_.+][a-z0-9._+-]{0,40})?@/iu

/** Display names of support and automated senders: "Discord Support", "Acme Team". */
const AUTOMATED_NAME =
  /(?<![\p{L}\p{N}])(?:support|help ?desk|helpdesk|team|no-?reply|customer (?:service|care)|service|kundenservice|kundendienst|equipe|équipe|servicio|soporte|suporte|atendimento|assistenza|klantenservice)(?![\p{L}\p{N}])/iu

/** Zendesk's per-ticket reply address, support+id<ref>@… (docs/signals.md 2.1). */
const TICKET_REPLY_ADDRESS = /^[^@\s]{1,64}\+id[a-z0-9-]{1,40}@/iu

export type SenderShape = 'helpdesk-host' | 'automated-mailbox' | 'display-name-only' | null

export function senderShape(
  senderName: string,
  senderAddress: string,
  domains: SenderDomains,
): SenderShape {
  if (HELPDESK_HOSTS.has(domains.registrableDomain)) return 'helpdesk-host'
  const address = senderAddress.trim().slice(0, 320)
  if (!domains.domain)
    return AUTOMATED_NAME.test(senderName.slice(0, 200)) ? 'display-name-only' : null
  if (AUTOMATED_LOCAL.test(address) || TICKET_REPLY_ADDRESS.test(address))
    return 'automated-mailbox'
  return null
}

/**
 * A ticket, case or request id: "[#12345]", "[Acme #12345]" (Request Tracker's queue tag; not a
 * bug tracker's "[Bug 739]" or "[Project - Bug #1234]": a bug's notice is a conversation about it),
 * "(#12345)", "Ticket #12345", "Vorfall #76172", "Anfrage Nr. 12345", "Protocolo 2026…", "ref: ABC-12345". Order
 * numbers are left out: they belong to purchases; so is a periodical's issue number ("Wochenpost
 * Nr. 84133", "Weekbrief nr. 11510").
 */
const TICKET_ID =
  /\[(?![^\]]{0,60}\bbug #?\d)(?:[^\]#]{1,60} )?#?\d{3,20}\]|\(#\d{3,20}\)|(?<![a-z0-9])(?:ticket|case|request|anfrage|vorgang|vorfall|demande|dossier|incident|incidente|incidencia|ocorrencia|segnalazione|solicitud|caso|chamado|protocolo|solicitacao|richiesta|pratica|aanvraag|melding|zaak|ref|reference|referenz|referencia|(?<!(?:post|brief|letter|lettre|bulletin|ausgabe|edition|issue|magazin|magazine|digest|journal|krant|zeitung|gazette|boletin|edicao|edizione) )nr)(?:\.|\s)?\s?(?:#|:|n[or°º]\.?|nummer|number|numero)?\s?(?:[a-z]{1,4}-)?\d{3,20}(?!\d)/u

/**
 * A ticket number given in a sentence: "Tu incidencia es la 147551", "Seu chamado é o 411237",
 * "Je melding heeft nummer 30930", "Ton dossier porte le numéro 359197", "your case is number
 * 8812345". Only a linking verb, then an article or a number mark, may stand between the noun and
 * a number of five digits or more: "request to transfer 25000 EUR" is no id.
 */
const TICKET_ID_SAID =
  /(?<![a-z0-9])(?:ticket|case|request|anfrage|vorgang|demande|dossier|incident|incidente|incidencia|ocorrencia|segnalazione|solicitud|caso|chamado|protocolo|solicitacao|richiesta|pratica|aanvraag|melding|zaak) (?:is|es|e|est|ist|heeft|porte|tem|tiene|ha|has|hat|lautet|draagt|carries)(?: (?:la|el|o|a|le|il|het|de|the|number|numero|nummer|n[o°º]\.?|nr\.?|#)){0,2} ?\d{5,20}(?![\d.,]?\d| ?(?:€|\$|£|eur|usd|gbp|chf|brl|points|punkte|pontos|punti|punten))/u

export function hasTicketId(folded: string): boolean {
  return TICKET_ID.test(folded) || TICKET_ID_SAID.test(folded)
}

/**
 * A link that asks to confirm, verify, activate, opt in, reset a password or sign in by magic
 * link, named so by a whole part of its path or query ("/users/confirmation?confirmation_token=",
 * "/email/verify/12/9f8e", "/subscribe/confirm?u=", "/accounts/confirm-email/KEY/", "/optin/x7",
 * "/password/reset/q1"): what every unasked confirmation is for, whatever its wording. A link
 * that manages or ends a subscription ("unsubscribe", "preferences", "manage", "opt-out") is a
 * newsletter's footer and never counts; a part must be the word itself, not a blog slug that
 * contains it ("how-we-verified", "reset-css-guide").
 */
const LINK = /https?:\/\/[^\s/]{1,120}(\/[^\s]{0,240})/gu
const FOOTER_LINK = /unsubscri|preferenc|manage|opt-?out|optout/u
/**
 * Parts of a link that ask to opt in to a list or to verify an address, and nothing else: a
 * shop's "/checkout/confirmation" and a carrier's "/track/confirm" name an order's page.
 */
export const OPT_IN_PARTS: ReadonlySet<string> = new Set([
  'optin',
  'opt-in',
  'doi',
  'double-opt-in',
  'confirm-subscription',
  'confirm-email',
  'confirm_email',
  'verify-email',
  'verify_email',
  'email-verification',
])

const CONFIRMING_PARTS: ReadonlySet<string> = new Set([
  ...OPT_IN_PARTS,
  'confirm',
  'confirmation',
  'confirmation_token',
  'verify',
  'verify-request',
  'verification',
  'activate',
  'activation',
  'activate-account',
  'account-activation',
  'reset',
  'reset-password',
  'reset_password',
  'password-reset',
  'password_reset',
  'reset_password_token',
  'magic-link',
  'magic_link',
  'magiclink',
])

export function hasConfirmationLink(
  folded: string,
  parts: ReadonlySet<string> = CONFIRMING_PARTS,
): boolean {
  if (!folded.includes('http')) return false
  for (const [, path] of folded.matchAll(LINK)) {
    if (FOOTER_LINK.test(path!)) continue
    if (path!.split(/[/?&=#]/u).some((part) => parts.has(part))) return true
  }
  return false
}

/**
 * An issue key at the start of a subject, as service desks built on issue trackers number their
 * requests ("HELP-7776 …", "SUP-12 …"). Read on the subject as written: the key is upper case.
 */
const ISSUE_KEY = /^\s*\[?[A-Z][A-Z0-9]{1,9}-\d{1,7}\]?(?![\w-])/u

export function hasIssueKey(subject: string): boolean {
  return ISSUE_KEY.test(subject.slice(0, 40))
}

/** "Re:", "AW:", "Fwd:"… after an optional list tag: a person answering. */
const REPLY_PREFIX =
  /^\s*(?:\[[^\]]{1,80}\]\s*)?(?:re|aw|sv|vs|antw|rif|r|fw|fwd|wg|tr|rv|enc)\s?:/iu

export function isReplySubject(subject: string): boolean {
  return REPLY_PREFIX.test(subject.slice(0, 200))
}

/** A subject that wraps another text: "Request received: …", "Confirm (…)", "… - Ticket". */
const ECHO_WRAPPER = /[:(\-–|]\s*\S.{2,}/u

export function wrapsTitle(subject: string): boolean {
  return ECHO_WRAPPER.test(subject.slice(0, 300))
}
