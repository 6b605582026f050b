// Everything the rules need from one mail, computed once.
import { isAccessMail } from './access.ts'
import { evidenceOf, kindOf, type Evidence } from './evidence.ts'
import { FULL_CATALOGUE, fingerprint, type TemplateCatalogue } from './fingerprint.ts'
import {
  importantKind,
  isSettingsChange,
  namesPasswordChangeOnly,
  orderOnlyByPedido,
  saysChangeNotMade,
  saysPasswordChanged,
  type ImportantKind,
} from './important.ts'
import { isDisguised, relayIndicators } from './indicators.ts'
import { PICKUP } from './lexicon-day-of.ts'
import { foldForLexicon } from './lexicon.ts'
import { joinsBySender } from './sender-only.ts'
import { ORDER_ID } from './order-id.ts'
import { senderFacts } from '../sender/sender-facts.ts'
import { hasConfirmationLink, hasTicketId, OPT_IN_PARTS, type SenderShape } from './shape.ts'
import type { Platform, TemplateKind } from './templates.ts'
import { normalisePayload } from './text.ts'
import type { ReasonCode } from '../types.ts'

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
  /** The template kind, or the kind generic confirmation wording stands for (ack, verification). */
  kind: TemplateKind | null
  /**
   * A wave candidate: automated confirmation mail by the evidence model (evidence.ts), or a
   * later notice of a ticket (update, solved). Stored as "helpdesk" since schema version 1.
   */
  helpdesk: boolean
  /**
   * Weak evidence of automated confirmation mail (evidence.ts `weak`), or a sender shaped like a
   * company's automated mailbox (shape.ts): never starts a wave, joins one under way when its
   * sender is new to the inbox.
   */
  joiner: boolean
  /**
   * Important by its subject alone, the body saying nothing important by itself: such a notice
   * may be the wave's typed-in text when its subject repeats the wave's (engine.ts). Absent on
   * rows stored before it existed: read as false, the safe side.
   */
  echoable?: boolean
  /**
   * A sign-in code, sign-in link or password reset read from its wording: it joins a wave only
   * in a crowd of such mail (wave/access-mail.ts). Absent on stored rows: read as false.
   */
  access?: boolean
  /**
   * A candidate or joiner whose subject or opening is disguised (indicators.ts `isDisguised`):
   * text typed into a form, which joins the wave under way even from a sender the inbox knew.
   * Absent on stored rows: read as false.
   */
  disguised?: boolean
  /** Normalised echoed title, for grouping the same payload across brands. */
  payload: string
  /** Fingerprint reasons followed by relay indicators. */
  reasons: ReasonCode[]
  indicatorCount: number
  important: ImportantKind | null
  /**
   * The company the display name names, when the mail has an address too: a shared sender
   * (`noreply@jotform.com`, `acme@crisp.email`) writes for the company its name says. Matched
   * only against companies the user wrote to (outgoing.ts).
   */
  nameBrand?: string
}

/** One argument, so it can be handed to map(). */
export function extractFeatures(mail: MailInput): MailFeatures {
  return extractFeaturesWith(mail, FULL_CATALOGUE)
}

/** Features with a given template catalogue: evaluations hold some templates out. */
export function extractFeaturesWith(mail: MailInput, catalogue: TemplateCatalogue): MailFeatures {
  // The sender is read once per sender: the fingerprint, the shape and the brand need it.
  const facts = senderFacts(mail.senderName, mail.senderAddress)
  const match = fingerprint(mail, facts.domains, catalogue)
  const sender = facts.shape
  const opening = mail.snippet || (mail.body ?? '')
  const evidence = evidenceOf({
    subject: mail.subject,
    opening,
    templateKind: match.kind,
    sender,
    closing: mail.body,
  })
  const notice = match.kind === 'update' || match.kind === 'solved'
  const candidate = evidence.candidate || notice
  const important = importantOf(mail, match.kind, evidence, sender)
  // A wave is many first-time senders of automated mail: one whose sender is shaped like a
  // company's automated mailbox may join a wave under way in wording nobody taught the lexicon.
  // Neither may mail from a conversation (conversation.ts): a wave is made of first contacts.
  const mayJoin = !candidate && !evidence.conversation && important === null
  // An opening that greets a disguised title answers whoever typed it into a form, whatever the
  // rest says and whoever sends it: such mail may join a wave under way.
  const greetsDisguise = mayJoin && greetsDisguisedTitle(opening)
  // Relay indicators judge every candidate and every mail that may join a wave: the wave's
  // payload rides in generic wording too.
  const indicators =
    candidate || (mayJoin && (evidence.weak || greetsDisguise || sender !== null))
      ? relayIndicators(match.payload, match.language)
      : []
  const joiner =
    mayJoin &&
    (evidence.weak ||
      greetsDisguise ||
      (sender !== null && joinsBySender(mail.subject, opening, indicators)))
  return {
    id: mail.id,
    date: mail.date,
    brand: facts.brand,
    platform: match.platform,
    kind: match.kind ?? kindOf(evidence.confirmation),
    helpdesk: candidate,
    joiner,
    ...((candidate || joiner) && isAccessMail(evidence, mail.subject, opening)
      ? { access: true }
      : {}),
    ...((candidate || joiner) && disguises(mail.subject, opening, candidate)
      ? { disguised: true }
      : {}),
    payload: normalisePayload(match.payload),
    reasons:
      candidate || joiner
        ? [...evidenceReasons(match.reasons, evidence, sender), ...indicators]
        : [],
    indicatorCount: indicators.length,
    important,
    ...(important !== null ? { echoable: importantKind('', mail.snippet) === null } : {}),
    ...(facts.nameBrand !== null ? { nameBrand: facts.nameBrand } : {}),
  }
}

/** How much of the opening a greeting and an echoed title take up. */
const OPENING_CHARS = 300

/** Most openings are plain ASCII, which disguises nothing: only the others are read. */
function greetsDisguisedTitle(opening: string): boolean {
  const head = opening.slice(0, OPENING_CHARS)
  return NOT_ASCII.test(head) && isDisguised(head)
}

const NOT_ASCII = /[^\0-\x7f]/u

/**
 * Companies do not disguise their own words: a disguised opening greets a title typed into a form
 * ("Hi F<zero-width>R<zero-width>E<zero-width>E," ), and a confirmation's disguised subject echoes
 * one. A newsletter may style its own subject ("𝗦𝗔𝗟𝗘"): mail that only joins is judged on its
 * opening.
 */
function disguises(subject: string, opening: string, confirmation: boolean): boolean {
  return (confirmation && isDisguised(subject)) || isDisguised(opening.slice(0, OPENING_CHARS))
}

/**
 * A helpdesk echo carries attacker text: "password changed" inside a ticket wrapper or an
 * acknowledgement is not an important mail, so important mail is judged only on mail from a real
 * sender that acknowledges no request, in a subject nobody disguised (the name typed into a
 * sign-up form may stand in a welcome's subject), and account mail only on its subject.
 */
function importantOf(
  mail: MailInput,
  templateKind: TemplateKind | null,
  evidence: Evidence,
  sender: SenderShape,
): ImportantKind | null {
  // An order, booking or receipt number reads like a ticket id: with transaction wording, or
  // alone in the body of a mail that confirms nothing, it is one.
  const ticketShaped =
    evidence.ticketId &&
    !evidence.transaction &&
    !onlyOrderNumbered(mail.subject) &&
    (evidence.ticketInSubject || evidence.confirmation !== null)
  const helpdeskShaped = templateKind !== null || sender === 'helpdesk-host' || ticketShaped
  if (helpdeskShaped || evidence.confirmation === 'ack') return null
  const kind = importantByWording(mail, evidence)
  // Checked last, as most mail is not important: a disguise costs a Unicode normalisation. A
  // body that greets a disguised title answers whoever typed it into a form.
  if (kind === null || isDisguised(mail.subject)) return null
  return isDisguised((mail.snippet || (mail.body ?? '')).slice(0, 400)) ? null : kind
}

/**
 * The subject's only ticket-like number is an order's ("Ihre Bestellung Nr. 8520309 ist
 * unterwegs"). An order number typed into a form comes with the ticket's own ("TAKE DOWN ORDER
 * 4471 … (#957815)", "pedido 8166889: test [8166889]").
 */
function onlyOrderNumbered(subject: string): boolean {
  const folded = foldForLexicon(subject.slice(0, 300))
  const order = ORDER_ID.exec(folded)
  if (!order) return false
  return !hasTicketId(folded.slice(0, order.index) + folded.slice(order.index + order[0].length))
}

/** What the wording says, for mail that is no helpdesk echo. */
function importantByWording(mail: MailInput, evidence: Evidence): ImportantKind | null {
  // "Changement de mot de passe" over "Pour changer votre mot de passe, cliquez ici": a change
  // named, not said to be made ("Sua senha foi alterada"), is what a reset anyone can ask for
  // sends, whatever the rest of the mail reads as.
  if (namesPasswordChangeOnly(mail.subject) && !saysPasswordChanged(mail.snippet)) return null

  // A sign-in code is what a login attempt sends ("new device: enter this code"), asked for or
  // not; such mail is important only as a notice that a security setting changed.
  // A subject that names a parcel waiting for pickup makes the code beside it the pickup code.
  if (evidence.confirmation === 'sign-in-code' && !PICKUP.test(foldForLexicon(mail.subject)))
    return isSettingsChange(mail.subject) ? 'account-security' : null
  // Account mail (verify, welcome, reset) carries typed-in names in its body: only its subject,
  // which the company wrote, can say it is important.
  // Neither may the fields of a submitted form: they were typed in by whoever filled it.
  // So may a body whose link asks to opt in or verify an address ("cliquez ici … /optin/…").
  const account =
    evidence.confirmation !== null ||
    (mail.snippet.includes('http') &&
      hasConfirmationLink(foldForLexicon(mail.snippet), OPT_IN_PARTS))
  const body = !account && !evidence.relayedBody ? mail.snippet : ''
  const kind = importantKind(mail.subject, body)
  if (kind === 'account-security' && saysChangeNotMade(mail.subject)) return null
  // A password-reset mail is important only as a notice that the reset was done, never when its
  // subject names a request ("Change Password Request", "Request received: password changed").
  if (evidence.confirmation === 'password-reset')
    return kind === 'account-security' && !REQUESTED.test(foldForLexicon(mail.subject))
      ? kind
      : null
  // "Confirm password change", "Conferma il cambio password": a change still to be confirmed is
  // asked for, as unasked resets ask; a notice says the change was made.
  if (kind === 'account-security' && opensWithConfirm(mail.subject)) return null
  // "Pedido n.º 688373" in a mail that asks to verify an address or a request is that request.
  if (kind === 'purchase' && verifies(evidence) && orderOnlyByPedido(mail.subject, body))
    return null
  // The body's reading counts only where the body itself may make the mail important.
  const transacts = body === '' ? evidence.subjectTransaction : evidence.transaction
  return kind ?? (transacts ? 'purchase' : null)
}

/** The mail asks to confirm an address, an account or a request. */
function verifies(evidence: Evidence): boolean {
  const { confirmation } = evidence
  return (
    confirmation === 'verify-email' ||
    confirmation === 'verify-account' ||
    confirmation === 'confirm-request'
  )
}

/** The subject opens by telling the reader to confirm something (the verb, not the noun). */
const CONFIRM_FIRST =
  /^\s*(?:please )?(?:confirm|confirmar|confirme|confirmer|confirmez|conferma|confermare|bestatige|bestatigen sie|bevestig)(?![a-z])/u

function opensWithConfirm(subject: string): boolean {
  return CONFIRM_FIRST.test(foldForLexicon(subject.slice(0, 120)))
}

const REQUESTED =
  /(?<![a-z])(?:request|solicit|pedido|demande|anfrage|angefordert|richiest|verzoek|aanvraag|aangevraagd)/u

/** The reason codes of the evidence that made a mail a candidate. */
function evidenceReasons(
  templateReasons: readonly ReasonCode[],
  evidence: Evidence,
  sender: SenderShape,
): ReasonCode[] {
  const reasons = new Set(templateReasons)
  const verification = evidence.confirmation !== null && evidence.confirmation !== 'ack'
  if (evidence.subjectWording)
    reasons.add(verification ? 'helpdesk-verification' : 'helpdesk-subject')
  if (evidence.bodyWording) reasons.add(verification ? 'helpdesk-verification' : 'helpdesk-body')
  if (sender) reasons.add('helpdesk-sender')
  return [...reasons]
}
