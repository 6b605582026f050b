// Everything the rules need from one mail, computed once.
import { linksOnlyToSender } from './indicators/own-site-link.ts'
import { isAccessMail } from './codes/access.ts'
import { evidenceOf, kindOf, type Evidence } from './evidence.ts'
import { FULL_CATALOGUE, fingerprint, type TemplateCatalogue } from './templates/fingerprint.ts'
import { importantKind, type ImportantKind } from './important/important.ts'
import { importantOf } from './important/important-of.ts'
import { isTypedIn, relayIndicators } from './indicators/indicators.ts'
import { greetedPayload, greetsDisguisedTitle } from './indicators/greeted-title.ts'
import { joinsBySender } from './joining/sender-only.ts'
import { senderFacts } from '../sender/sender-facts.ts'
import type { SenderShape } from './shape.ts'
import type { Platform, TemplateKind } from './templates/templates.ts'
import { normalisePayload } from './text.ts'
import { welcomeCodeOf } from './codes/welcome-code.ts'
import { welcomesOnly } from './welcome-only.ts'
import type { ReasonCode } from '../types.ts'
import type { Confirmation } from './lexicon/lexicon.ts'

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
   * A candidate or joiner whose subject or opening is disguised (indicators.ts `isTypedIn`):
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
  /**
   * A shop's welcome code handed over (welcome-code.ts), folded: what a confirmation brings once
   * somebody answered it (wave/answered.ts). `asked` when a confirmation carries one, which then
   * answers nothing but tells a code typed into forms. Rows stored before it have none.
   */
  welcomeCode?: { code: string; asked: boolean }
  /**
   * A candidate that asks to confirm an address, an account or a subscription (the lexicon's
   * reading): what a click answers (wave/answered.ts). Absent on rows stored before it.
   */
  asksSignUp?: boolean
  /**
   * A candidate that welcomes and asks for nothing (welcome-only.ts): minutes after its company's
   * sign-up confirmation, somebody answered it (wave/answered.ts). Absent on rows stored before it.
   */
  welcomes?: boolean
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
  const mayJoin = !candidate && !evidence.conversation && !evidence.applied && important === null
  // An opening that greets a disguised title answers whoever typed it into a form, whatever the
  // rest says: such mail from a company (an automated mailbox, or a row showing only a name) may
  // join a wave under way. A person's mailbox may style what it likes.
  const greetsDisguise =
    mayJoin && (sender !== null || !mail.senderAddress) && greetsDisguisedTitle(opening)
  // Relay indicators judge every candidate and every mail that may join a wave: the wave's
  // payload rides in generic wording too.
  const indicators =
    candidate || (mayJoin && (evidence.weak || greetsDisguise || sender !== null))
      ? relayIndicators(match.payload, match.language).filter(
          (code) => code !== 'link-in-subject' || !linksOnlyToSender(match.payload, facts.brand),
        )
      : []
  const joiner =
    mayJoin &&
    (evidence.weak ||
      greetsDisguise ||
      (sender !== null && joinsBySender(mail.subject, opening, indicators)))
  // A candidate's are also those of the text its opening greets: a verification greets the name
  // typed into the form, which in a wave is the attacker's text (greeted-title.ts). Not a mail
  // that only may join: what joins is decided on its own words.
  const typed = candidate ? [...new Set([...indicators, ...greetedPayload(opening)])] : indicators
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
    // An application's subject is the employer's own, repeated by every employer on one system:
    // no typed-in title that other mail could repeat.
    payload: evidence.applied ? '' : normalisePayload(match.payload),
    reasons:
      candidate || joiner ? [...evidenceReasons(match.reasons, evidence, sender), ...typed] : [],
    indicatorCount: typed.length,
    important,
    ...(important !== null ? { echoable: importantKind('', mail.snippet) === null } : {}),
    ...(facts.nameBrand !== null ? { nameBrand: facts.nameBrand } : {}),
    ...welcomeCodeField(mail.subject, opening, candidate || joiner),
    ...(candidate && asksSignUp(evidence.confirmation) ? { asksSignUp: true } : {}),
    ...(candidate && welcomesOnly(evidence.confirmation, mail.subject, opening)
      ? { welcomes: true }
      : {}),
  }
}

/** How much of the opening a greeting and an echoed title take up. */
const OPENING_CHARS = 300

/**
 * Companies do not disguise their own words: a disguised opening greets a title typed into a form
 * ("Hi F<zero-width>R<zero-width>E<zero-width>E," ), and a confirmation's disguised subject echoes
 * one. A newsletter may style its own subject ("𝗦𝗔𝗟𝗘"): mail that only joins is judged on its
 * opening.
 */
function disguises(subject: string, opening: string, confirmation: boolean): boolean {
  return (confirmation && isTypedIn(subject)) || isTypedIn(opening.slice(0, OPENING_CHARS))
}

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

/** The welcome code a mail carries, marked when the mail asks for a confirmation itself. */
function welcomeCodeField(
  subject: string,
  opening: string,
  asks: boolean,
): Pick<MailFeatures, 'welcomeCode'> {
  const code = welcomeCodeOf(subject, opening)
  return code === null ? {} : { welcomeCode: { code, asked: asks } }
}

const SIGN_UPS: readonly (Confirmation | null)[] = [
  'verify-email',
  'verify-account',
  'confirm-subscription',
]

/** The confirmation asks to confirm an address, an account or a subscription. */
function asksSignUp(confirmation: Confirmation | null): boolean {
  return SIGN_UPS.includes(confirmation)
}
