// Whether a mail is important (important.ts names the kinds), judged on what the sender wrote:
// never on a helpdesk echo, on account mail only by its subject, on a submitted form's copy never
// by its fields.
import type { Evidence } from '../evidence.ts'
import {
  importantKind,
  isSecurityNotice,
  isSettingsChange,
  namesAmount,
  namesPaymentOfAmount,
  namesPasswordChangeOnly,
  orderOnlyByPedido,
  saysChangeNotMade,
  saysPasswordChanged,
  type ImportantKind,
} from './important.ts'
import { isDisguised } from '../indicators/indicators.ts'
import { PICKUP } from '../lexicon/lexicon-day-of.ts'
import { foldForLexicon } from '../lexicon/lexicon.ts'
import { ORDER_ID } from '../codes/order-id.ts'
import {
  hasConfirmationLink,
  hasTicketId,
  isReplySubject,
  OPT_IN_PARTS,
  type SenderShape,
} from '../shape.ts'
import type { MailInput } from '../features.ts'
import type { TemplateKind } from '../templates/templates.ts'

/**
 * A helpdesk echo carries attacker text: "password changed" inside a ticket wrapper or an
 * acknowledgement is not an important mail, so important mail is judged only on mail from a real
 * sender that acknowledges no request, in a subject nobody disguised (the name typed into a
 * sign-up form may stand in a welcome's subject), and account mail only on its subject.
 */
export function importantOf(
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
 * 4471 … (#957815)", "pedido 8166889: test [8166889]"), or answers a subject someone typed
 * ("AW: Bestellung Nr. 44712 gesperrt").
 */
function onlyOrderNumbered(subject: string): boolean {
  if (isReplySubject(subject)) return false
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
  // A code that authorises a payment names the payment with its amount ("Votre code à usage
  // unique pour un paiement de 1.946,50 €"): no sign-up or sign-in sends one. An amount alone may
  // be a name typed into the form, or an offer ("Get €5,00 off – your code is 482913").
  if (evidence.confirmation === 'sign-in-code' && !PICKUP.test(foldForLexicon(mail.subject))) {
    if (isSettingsChange(mail.subject)) return 'account-security'
    return namesPaymentOfAmount(foldForLexicon(mail.subject)) ? 'payment' : null
  }
  // Account mail (verify, welcome, reset) carries typed-in names in its body: only its subject,
  // which the company wrote, can say it is important.
  // Neither may the fields of a submitted form: they were typed in by whoever filled it.
  // So may a body whose link asks to opt in or verify an address ("cliquez ici … /optin/…").
  const account =
    evidence.confirmation !== null ||
    (mail.snippet.includes('http') &&
      hasConfirmationLink(foldForLexicon(mail.snippet), OPT_IN_PARTS))
  const body = !account && !evidence.relayedBody ? mail.snippet : ''
  const kind =
    importantKind(mail.subject, body) ?? securityNotice(mail, account || evidence.relayedBody)
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
  // The body's reading counts only where the body itself may make the mail important, or names
  // what was paid ("your order #44712, total $54.20" over a link to join the shop's list).
  const paid = body === '' && account && namesAmount(foldForLexicon(mail.snippet))
  const transacts = body === '' && !paid ? evidence.subjectTransaction : evidence.transaction
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

/**
 * Someone tried the account, a breach, new recovery codes (important.ts isSecurityNotice): read
 * only on mail that confirms nothing and relays no form, whose subject and first lines the
 * service wrote; account mail may carry a typed-in name in its subject.
 */
function securityNotice(mail: MailInput, account: boolean): ImportantKind | null {
  if (account) return null
  const text = foldForLexicon(`${mail.subject.slice(0, 300)}\n${mail.snippet.slice(0, 300)}`)
  return isSecurityNotice(text) ? 'account-security' : null
}
