// The per-mail model: named features, each with a weight, summed into a score that says whether a
// mail is automated confirmation mail (a wave candidate). A known product template is strong
// evidence on its own; generic evidence (confirmation wording, sender shape, ticket id, echoed
// title) reaches the bar without any template. Whether candidates make a wave is the engine's
// part (many unrelated first-time senders within minutes). docs/DESIGN.md explains each feature.
import { withoutMaskedAccounts } from './codes/masked-account.ts'
import { linkSpans, namesPageInLink } from './boilerplate/in-link.ts'
import { legalFooterSpans } from './boilerplate/legal-footer.ts'
import { closingWindow } from './boilerplate/closing-window.ts'
import {
  asLexiconText,
  conceptHits,
  foldForLexicon,
  transacts,
  type Concept,
  type Confirmation,
  type ConceptHit,
  type Reading,
} from './lexicon/lexicon.ts'
import { inConversation } from './conversation/conversation.ts'
import { footerReasonSpans } from './boilerplate/footer-reason.ts'
import { bodyReading, subjectReading } from './lexicon/done-confirmation.ts'
import { invitesToRead } from './joining/invitation.ts'
import { isFormCopy } from './form-copy.ts'
import { acknowledgesApplication } from './conversation/job-application.ts'
import { opensWithReceived, saysMessageBecameTicket } from './message-made-ticket.ts'
import { saysOneTimeCode } from './codes/one-time-code.ts'
import { confirmsWantedMail } from './wanted-mail.ts'
import { someoneSignedUp } from './someone-signed-up.ts'
import { withOrderIds } from './codes/order-id.ts'
import {
  hasConfirmationLink,
  hasIssueKey,
  hasTicketId,
  isReplySubject,
  wrapsTitle,
  type SenderShape,
} from './shape.ts'
import type { TemplateKind } from './templates/templates.ts'

export const WEIGHTS = Object.freeze({
  /** A known helpdesk product template (acknowledgement, verification, CC, delimiter, footer). */
  template: 3,
  /** Confirmation wording in the subject. */
  subjectWording: 2,
  /** Confirmation wording at the start of the body (the list snippet). */
  bodyWording: 1.5,
  /** Both: the body confirms what the subject says. */
  bothWording: 0.5,
  /** An automated or support mailbox, a hosted helpdesk tenant, a support display name. */
  senderShape: 1,
  /** A ticket, case or request id. */
  ticketId: 1,
  /** The subject wraps another text around its confirmation ("Request received: <title>"). */
  payloadEcho: 0.5,
  /** "Re:" from a person's mailbox, with no ticket id or template: a conversation. */
  personalReply: -2,
})

/** The score a mail needs to be a wave candidate. */
export const CANDIDATE_SCORE = 2

export interface Evidence {
  score: number
  /** The confirmation the wording makes, from the subject first. */
  confirmation: Confirmation | null
  subjectWording: boolean
  bodyWording: boolean
  ticketId: boolean
  /** The id is in the subject, where a helpdesk puts the ticket's number. */
  ticketInSubject: boolean
  payloadEcho: boolean
  personalReply: boolean
  /**
   * The mail confirms an order, a booking, a purchase or a payment, and nothing in it acknowledges
   * a request: mail a flood is sent to bury, never confirmation wording.
   */
  transaction: boolean
  /** The subject itself names the transaction; `transaction` may come from the body alone. */
  subjectTransaction: boolean
  /**
   * The subject announces a submitted web form ("Contact Us Form submitted on …"): the body is
   * the form's fields, someone else's typed-in text.
   */
  relayedBody: boolean
  /**
   * Mail from a conversation the person takes part in (conversation.ts): an out-of-office answer,
   * a ticket's reply or a notice that someone wrote, confirming nothing itself. Neither a
   * candidate nor weak evidence, and no joiner (features.ts).
   */
  conversation: boolean
  /** Acknowledges the person's application for a job (job-application.ts): their own, no wave's. */
  applied: boolean
  candidate: boolean
  /**
   * Some evidence of automated confirmation mail, short of a candidate: wording under a reply
   * prefix, wording without a support sender, a ticket id alone. Such a mail never starts a wave;
   * it joins one under way when its sender is new (engine.ts, joiners.ts).
   */
  weak: boolean
}

export interface EvidenceInput {
  subject: string
  /** The start of the body as the list shows it. */
  opening: string
  templateKind: TemplateKind | null
  sender: SenderShape
  /** The end of the body, when the body is known: web forms sign their copies there. */
  closing?: string
}

const OPENING_CHARS = 400

export function evidenceOf(input: EvidenceInput): Evidence {
  const template = input.templateKind !== null
  const subject = foldForLexicon(input.subject.slice(0, 300))
  // A known template already makes a candidate: its wording needs no second reading.
  const subjectWords = template ? null : wordingOf(subject, true)
  // Wording in the subject already reaches the bar: the body is read only when it does not.
  // An account named by its last digits is a payment's, not an account being confirmed.
  const opening =
    template || confirmed(subjectWords)
      ? ''
      : withoutMaskedAccounts(foldForLexicon(input.opening.slice(0, OPENING_CHARS)))
  const bodyReading =
    wordingOf(opening, false) ??
    (template || confirmed(subjectWords) || !input.closing ? null : closingWording(input.closing))
  // A bare number titles a one-time code, or a ticket whose body says the message was received
  // and names no code or sign-in ("We received a request to sign in. Your code is …" is a code).
  // The body is read for codes again only for such a subject, not for every acknowledgement.
  const codeOnly =
    subjectWords === null &&
    CODE_ONLY.test(subject) &&
    (input.sender !== null || namesCode(opening, true))
  const ticketNumber = codeOnly && bodyReading === 'ack' && !namesCode(opening)
  const subjectReading = codeOnly && !ticketNumber ? 'sign-in-code' : subjectWords
  const inSubject = confirmed(subjectReading)
  const inBody = confirmed(bodyReading)
  const ticketInSubject = hasTicketId(subject) || hasIssueKey(input.subject)
  const ticketId = ticketInSubject || hasTicketId(opening)
  const payloadEcho = inSubject !== null && wrapsTitle(input.subject)
  const personalReply =
    isReplySubject(input.subject) && !ticketId && !template && input.sender === null
  const score =
    (template ? WEIGHTS.template : 0) +
    (inSubject ? WEIGHTS.subjectWording : 0) +
    (inBody ? WEIGHTS.bodyWording : 0) +
    (inSubject && inBody ? WEIGHTS.bothWording : 0) +
    (input.sender ? WEIGHTS.senderShape : 0) +
    (ticketId ? WEIGHTS.ticketId : 0) +
    (payloadEcho ? WEIGHTS.payloadEcho : 0) +
    (personalReply ? WEIGHTS.personalReply : 0)
  const worded = template || inSubject !== null || inBody !== null
  const conversation = inConversation({
    rawSubject: input.subject,
    subject,
    opening: input.opening,
    foldedOpening: opening,
    worded: inSubject !== null || inBody !== null,
    template,
    fromPerson: input.sender === null && !ticketId,
    incoming: subjectReading === 'incoming',
  })
  const applied = !template && appliedForJob(input, subject, opening)
  const candidate = !conversation && !applied && worded && score >= CANDIDATE_SCORE
  return {
    score,
    confirmation: inSubject ?? inBody,
    subjectWording: inSubject !== null,
    bodyWording: inBody !== null,
    ticketId,
    ticketInSubject,
    payloadEcho,
    personalReply,
    // A form's copy echoes typed-in text as its subject: a body that acknowledges a request
    // outweighs a subject that names a booking.
    transaction: !worded && (subjectReading === 'transaction' || bodyReading === 'transaction'),
    subjectTransaction: !worded && subjectReading === 'transaction',
    relayedBody: subjectReading === 'submission',
    conversation,
    applied,
    candidate,
    // "New message from <site>" is what a form sends its submitter too: weak, never a candidate.
    weak:
      !candidate &&
      !conversation &&
      !applied &&
      (worded ||
        ticketId ||
        (!invitedToRead(subjectReading, opening) &&
          (isWeak(subjectReading) || isWeak(bodyReading))) ||
        linksToConfirm(opening, input.closing)),
  }
}

/** The text names a code or a sign-in: the number a subject holds alone is a one-time code. */
function namesCode(folded: string, strict = false): boolean {
  return conceptHits(folded).some(
    (hit) =>
      CODE_CONCEPTS.has(hit.concept) &&
      !(strict && hit.concept === 'signin' && SECURITY.test(folded.slice(hit.at, hit.at + 12))),
  )
}

const CODE_CONCEPTS: ReadonlySet<Concept> = new Set(['code', 'otp', 'signin', 'signinVerb'])
/**
 * Whatever the sender shows, a sign-in's word for security names no code: "Sicherheit" beside a
 * number in a person's mail ("Rechnung 123-4567 für die Sicherheitsschlösser") is none.
 */
const SECURITY = /^(?:security|sicherheit|securite|seguridad|seguranca|sicurezza|beveiliging)/u

/** A confirmation link at the start or the end of the body (shape.ts hasConfirmationLink). */
function linksToConfirm(opening: string, closing: string | undefined): boolean {
  if (hasConfirmationLink(opening)) return true
  return closing !== undefined && hasConfirmationLink(foldForLexicon(closingWindow(closing)))
}

/**
 * "New message in the parents' app: log in to read it" (invitation.ts): a portal keeps the message
 * and the mail only points there, where a form's copy to its submitter carries the message.
 */
function invitedToRead(subjectReading: Reading | null, opening: string): boolean {
  return subjectReading === 'incoming' && invitesToRead(opening) && !isFormCopy(opening)
}

/**
 * The person's own application for a job (job-application.ts): neither a candidate nor a joiner.
 * Named in the body in the mail's own words; or in a subject that wraps no title, over a body
 * naming no request (a support form's acknowledgement under a typed-in "Bewerbung als …" subject
 * is a wave's). Mail asking to confirm an address, a subscription, a code or a password is what
 * it asks, whatever it says of an application.
 */
function appliedForJob(input: EvidenceInput, subject: string, opening: string): boolean {
  const body = opening || foldForLexicon(input.opening.slice(0, OPENING_CHARS))
  const inBody = acknowledgesApplication(body)
  const inSubject = !inBody && !wrapsTitle(input.subject) && acknowledgesApplication(subject)
  // Every mail passes here: the body's concepts are read only once an application is named.
  if (!inBody && !inSubject) return false
  const bodyHits = conceptHits(body)
  if (inSubject && bodyHits.some((hit) => hit.concept === 'request')) return false
  return !asksMore(bodyHits)
}

/** Concepts that ask for something of their own: a subscription, a code, a password. */
const ASKS_MORE: ReadonlySet<Concept> = new Set([
  'verifyCompound',
  'subscription',
  'code',
  'otp',
  'password',
  'reset',
  'resetCompound',
])

/** An address to confirm is asked for when "confirm" or "verify" stands just before it. */
const CONFIRM_TO_ADDRESS = 30

function asksMore(hits: readonly ConceptHit[]): boolean {
  return hits.some(
    (hit, i) =>
      ASKS_MORE.has(hit.concept) ||
      (hit.concept === 'verify' &&
        hits
          .slice(i + 1)
          .some((next) => next.concept === 'email' && next.at - hit.at <= CONFIRM_TO_ADDRESS)),
  )
}

/** A message waiting in a portal or a site, or the "did not request this" closing: weak. */
function isWeak(reading: Reading | null): reading is WeakReading {
  return reading === 'incoming' || reading === 'submission' || reading === 'unasked'
}

type WeakReading = 'incoming' | 'submission' | 'unasked'

/** A transaction, an incoming message, a form submission, an unasked closing: none confirms. */
function confirmed(reading: Reading | null): Confirmation | null {
  if (reading === 'transaction' || isWeak(reading)) return null
  return reading
}

/** Wording in the last lines of a long body, read only when the start said nothing. */
function closingWording(closing: string): Reading | null {
  return wordingOf(withoutMaskedAccounts(foldForLexicon(closingWindow(closing))), false, true)
}

/**
 * A subject that tells the reader to sign in somewhere ("Sign in to Acme", "Accedi a Acme", "Bei
 * Acme anmelden", "Entrar em Acme"): the subject of a sign-in link, what a sign-in form sends to
 * any address typed into it.
 */
const SIGN_IN_SUBJECT =
  /^\s*(?:(?:sign[- ]?in|log[- ]?in) (?:to|into|at)|(?:accedi|accedere) (?:a|al|all|alla)|(?:inloggen|log in|aanmelden) (?:bij|op)|entrar (?:em|no|na)(?! conta[ct])|aceder (?:a|ao)|(?:connexion|connectez-vous|se connecter) (?:a|au)|inicia(?:r)? sesion en|(?:acceder|accede) a|(?:anmelden|einloggen|anmeldung|login) bei|bei [^\n]{1,80} (?:anmelden|einloggen)$)(?![a-z])/u

/** `closing`: the text is a body's end, where a newsletter's footer stands. */
function wordingOf(folded: string, subject: boolean, closing = false): Reading | null {
  if (!folded) return null
  const hits = hitsOf(folded, closing)
  const reading = readingOf(hits, folded, subject)
  // "Your code: 385584. If this wasn't you, ignore this email": the code is what the mail is
  // for; the closing beside it only says nobody may have asked.
  if (reading !== null && !isWeak(reading)) return reading
  if (saysOneTimeCode(folded)) return 'sign-in-code'
  if (reading === null && confirmsWantedMail(folded)) return 'confirm-subscription'
  const signedUp = reading === null ? someoneSignedUp(folded) : null
  if (signedUp) return signedUp
  if (reading === null && (subject ? opensWithReceived(folded) : saysMessageBecameTicket(folded)))
    return 'ack'
  // A form's fields listed back ("Name: … E-mail: … Message: …") are its copy to the submitter;
  // an order's or a booking's details list a name and a message too ("Card message:").
  if (!subject && (reading === null || isWeak(reading)) && !transacts(hits) && isFormCopy(folded))
    return 'ack'
  return reading ?? aroundQuotes(folded, subject) ?? (subject ? subjectForm(hits, folded) : null)
}

/**
 * Text in quotes is what someone typed (a form's subject, a name), and it may part the words
 * that confirm: "votre demande « <typed title> » est arrivée". When the text as written says
 * nothing, it is read again with each quotation cut to its marks. Quoted button labels ("click
 * “Confirm”") are read the first time, so this only adds readings.
 */
const QUOTED = /[«“„"][^«»“”„"\n]{1,240}[»”“"]|(?<=\s)'[^'\n]{1,240}'(?![a-z])/gu

function aroundQuotes(folded: string, subject: boolean): Reading | null {
  const cut = folded.replace(QUOTED, '«»')
  if (cut === folded) return null
  const reading = readingOf(hitsOf(cut, false), cut, subject)
  return reading !== null && !isWeak(reading) ? reading : null
}

/** A subject's reading leaves out a bare "confirmed" (done-confirmation.ts). */
function readingOf(hits: readonly ConceptHit[], folded: string, subject: boolean): Reading | null {
  return subject ? subjectReading(hits, folded) : bodyReading(hits, folded)
}

/**
 * The lexicon's hits, with an order named by its number read as a transaction (order-id.ts). In
 * a body's closing, words inside a footer that says why the reader gets the mail or how to stop
 * it (footer-reason.ts: "You have received this message because you subscribed … To stop
 * receiving these messages"), inside a legal or antivirus footer (legal-footer.ts), or naming a
 * page inside a link (in-link.ts: "http://…/my/messages/") confirm nothing. Only there: an
 * opening's "To stop receiving …" may be a name typed into a form ("Hi To stop receiving orders,
 * please confirm your email"), and an acknowledgement's only request may be its status link
 * ("We got it! Status: https://…/my/requests/4411").
 */
function hitsOf(folded: string, closing: boolean): ConceptHit[] {
  const hits = withOrderIds(conceptHits(folded), folded)
  if (!closing || hits.length === 0) return hits
  const text = asLexiconText(folded)
  const footers = [...footerReasonSpans(text), ...legalFooterSpans(text)]
  const links = linkSpans(text)
  return hits.filter(
    (hit) =>
      !footers.some(([start, end]) => hit.at >= start && hit.at < end) &&
      !namesPageInLink(links, hit.at, hit.concept),
  )
}

/**
 * A subject that is only a code ("661704", "315 729") from an automated sender, or over a body that
 * names a code or a sign-in ("Tu código. Vale 10 minutos.") whoever the sender shows: what
 * one-time-code mails are titled. Alone from a person it may be an order or a phone number.
 */
const CODE_ONLY = /^\s*\d{3}[ -]?\d{3,5}\s*$/u

/**
 * What a subject says by its form alone: an order to sign in somewhere is a sign-in link; a
 * question about subscribing ("Wirklich abonnieren?", "Did you mean to subscribe?", "Wil je onze
 * nieuwsbrief echt ontvangen?") is a double opt-in asking to be confirmed.
 */
function subjectForm(hits: readonly ConceptHit[], folded: string): Reading | null {
  if (SIGN_IN_SUBJECT.test(folded)) return 'sign-in-code'
  const asks = folded.trimEnd().endsWith('?')
  return asks && hits.some((hit) => hit.concept === 'subscription') ? 'confirm-subscription' : null
}

/** The template kind a generic confirmation stands for: a request acknowledged, or account mail. */
export function kindOf(confirmation: Confirmation | null): TemplateKind | null {
  if (confirmation === null) return null
  return confirmation === 'ack' ? 'ack' : 'verification'
}
