// Mail from a conversation the person takes part in: an agent's reply or a later notice on a
// ticket, a person's out-of-office answer to what the person wrote, a site's notice that someone
// wrote to the person or answered them. A wave is made of first contacts (a form's
// acknowledgement, an account's first mail), never of conversations, so such mail neither joins
// a wave under way nor starts one, whoever sends it (evidence.ts, features.ts).
import { isDisguised } from '../indicators/indicators.ts'
import { foldForLexicon } from '../lexicon/lexicon.ts'
import { quotesSomeone, SOMEONE_TO_YOU } from './someone-to-you.ts'
import { tellsGroupActivity } from './group-activity.ts'
import { isTicketNotice } from './ticket-notice.ts'
import { isReplySubject } from '../shape.ts'

/**
 * A subject that names an automatic answer, as mail programs and service desks write it:
 * "Automatic reply:", "Abwesenheitsnotiz:", "Réponse automatique :", "Out of Office:".
 */
const AUTO_ANSWER_SUBJECT =
  /^\s*(?:\[[^\]]{1,80}\]\s*)?(?:automatic reply|auto ?reply|autoreply|automated response|out of (?:the )?office|abwesenheitsnotiz|abwesenheit|automatische antwort|reponse automatique|absence|respuesta automatica|fuera de la oficina|resposta automatica|ausencia|risposta automatica|fuori ufficio|automatisch antwoord|afwezig)(?![a-z])/u

/**
 * The writer says in the first person singular that they are away ("I'm out of the office until
 * Friday", "Ich bin bis Freitag abwesend", "je suis absente jusqu'au 28", "Sono fuori ufficio"):
 * a person's out-of-office answer. A company's automatic answer speaks for its team ("we are out
 * of the office, your mail is in our queue"): it acknowledges the mail, and stays one.
 */
const ABSENCE =
  /(?<![a-z])(?:i am|i'm|i will be|i'll be|ich bin|je suis|je serai|estoy|estare|estou|estarei|sono|saro|ik ben)(?![a-z])[^.!?\n]{0,40}?(?<![a-z])(?:out of (?:the )?office|away|on (?:vacation|holiday|leave|annual leave|parental leave)|abwesend|nicht im (?:buro|hause)|im urlaub|in elternzeit|absente?|en conge|en vacances|hors du bureau|fuera de la oficina|de vacaciones|ausente|de baja|fora do escritorio|de ferias|em ferias|fuori (?:ufficio|sede)|in ferie|assente|afwezig|niet op kantoor|met vakantie|op vakantie|niet aanwezig)(?![a-z])/u

/** How much of the opening is read for the absence: it is the answer's first sentence or two. */
const OPENING_CHARS = 300

/** `subject` folded (lexicon.ts foldForLexicon), `opening` as written. */
export function isOutOfOffice(subject: string, opening: string): boolean {
  if (!AUTO_ANSWER_SUBJECT.test(subject)) return false
  return ABSENCE.test(foldForLexicon(opening.slice(0, OPENING_CHARS)))
}

export interface ConversationInput {
  /** As written, and folded (lexicon.ts foldForLexicon). */
  rawSubject: string
  subject: string
  /** The start of the body as written. */
  opening: string
  /** The same, folded, when the caller has already folded it (evidence.ts reads it too). */
  foldedOpening?: string
  /** The wording confirms a request or an account by itself. */
  worded: boolean
  /**
   * A known product template matched: only the reply prefix before its ticket tag is read, as a
   * template's own text may carry whatever was typed into the form.
   */
  template: boolean
  /**
   * The sender is a person's mailbox (no automated or support mailbox, no helpdesk tenant) and
   * the mail carries no ticket id: only then may it be an out-of-office answer, as a company's
   * automatic answer may echo whatever was typed into its form ("I am away").
   */
  fromPerson: boolean
  /** The subject announces a new message ("Neue Nachricht aus der Klasse 4b"). */
  incoming?: boolean
}

/**
 * A reply on a numbered ticket, the number tagged right after the reply prefix as helpdesks
 * thread their answers: "RE: [#3357615] Factura incorrecta", "AW: [Ticket#2024…] …",
 * "Re: (#4411) …". A reply without one may be a mail helpdesk's first acknowledgement ("RE:
 * <typed subject>"), and a number further on may be typed-in text ("Re: POLICE NOTICE case 22-0916").
 */
const TICKET_REPLY =
  /^\s*(?:re|aw|sv|vs|antw|rif|r|wg|tr|rv|res)\s?:\s*(?:\[[^\]\d]{0,40}#?\s?\d{3,20}\]|\(#\d{3,20}\)|#\d{3,20}(?!\d))/iu

/**
 * A mail from a conversation: an out-of-office answer; or, when its wording confirms nothing
 * itself (then it is judged on that wording), a reply or a later notice on a numbered ticket (an
 * agent answering, a request solved), or a notice that someone wrote to the person.
 */
export function inConversation(input: ConversationInput): boolean {
  const away = input.fromPerson && !input.template && isOutOfOffice(input.subject, input.opening)
  if (input.worded || away) return away
  // An agent at work on "your request" greeting a disguised title by name answers whoever typed
  // it into a form: no conversation of the person's carries such text.
  return shapedAsConversation(input) && !isDisguised(input.opening.slice(0, OPENING_CHARS))
}

/**
 * A reply that opens by quoting the mail it answers, as mail programs write the line: "On Fri, Sep
 * 06, 2002 at 10:09, Ann wrote:", "Am 12.11.2026 um 09:14 schrieb Lutz:", "Le 3 déc. 2026, Odile a
 * écrit :", "El 2 dic 2026, Ana escribió:", "Em 2 de dez., Rui escreveu:", "Il giorno 2 dic, Sara
 * ha scritto:", "Op 2 dec. 2026 schreef Kees:": a date or a time in it, which "On Monday the CEO
 * wrote:" typed into a form lacks. Read on the folded opening.
 */
const QUOTES_EARLIER =
  /^[^\n]{0,80}?(?<![a-z])(?:on|am|le|el|em|il|op) (?=[^\n]{0,40}(?:\d{1,2}[./:]\d|\d{4}|\d{1,2}(?:st|nd|rd|th)?,? (?:jan|feb|fev|mar|apr|avr|abr|may|mai|mag|mei|jun|jui|giu|jul|lug|aug|ago|aou|sep|set|oct|okt|out|ott|nov|dec|dez|dic)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}))[^\n]{4,140}?(?:wrote|schrieb|a ecrit|escribio|escreveu|ha scritto|schreef)(?: [^\n:]{1,60})?\s?:/u

function shapedAsConversation(input: ConversationInput): boolean {
  if (TICKET_REPLY.test(input.rawSubject.slice(0, 120))) return !isDisguised(input.rawSubject)
  if (input.template) return false
  const opening = (
    input.foldedOpening || foldForLexicon(input.opening.slice(0, OPENING_CHARS))
  ).slice(0, OPENING_CHARS)
  if (isReplySubject(input.rawSubject) && QUOTES_EARLIER.test(opening)) return true
  if (isTicketNotice(input.subject, opening)) return true
  if (SOMEONE_TO_YOU.test(input.subject) || SOMEONE_TO_YOU.test(opening)) return true
  if (tellsGroupActivity(input.subject) || tellsGroupActivity(opening)) return true
  return quotesSomeone(input.rawSubject, input.opening, input.incoming)
}
