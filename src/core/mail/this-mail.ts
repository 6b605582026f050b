// Words that name the mail itself, not the person's message: "this message was sent to",
// "Dies ist eine automatisch erstellte Nachricht", "Ce message automatique", "Questo messaggio
// è stato generato automaticamente", and a video or phone call ("Join with video call"), which
// no service desk logs. Mailing tools put such lines in every footer and invitation; read as the
// person's request they make "an automated message was created" an acknowledgement.

/** Before a message word: a demonstrative, or the mail's being automated. */
const BEFORE =
  /(?:^|[^a-z])(?:this|that|ce|cet|cette|diese|dieser|dieses|dies ist eine|este|esta|esse|essa|questo|questa|dit|deze|automated|automatic|automatically generated|automatically sent|automatisch erstellte|automatisch generierte|automatisch versendete|automatische|automatisch gegenereerd|automatisch verzonden|automatisch) ?$/u

/** After a message word: an automated mail's adjective, as the Romance languages place it. */
const AFTER =
  /^ ?(?:automatique|genere automatiquement|envoye automatiquement|automatico|automatica|generado automaticamente|enviado automaticamente|gerado automaticamente|generato automaticamente|inviato automaticamente)/u

/** Before "call": a call made, not a call logged. */
const CALL_BEFORE = /(?:video|phone|conference|voice|zoom|teams|missed|sales) $/u

/** Words of the request concept that may name the mail itself. */
const MESSAGE_WORDS = /^(?:message|nachricht|mensaje|mensagem|messaggio|bericht|mail)/u

/** Beside a word of making or sending: it was done automatically, to this mail. */
const AUTOMATICALLY_BEFORE = /(?:automatically|automatisch|automatiquement) $/u
const AUTOMATICALLY_AFTER = /^ (?:automati|automatisch)/u

/**
 * The request-concept word at `at` (`stem` long) in lexicon text names this mail or a call made,
 * not something the person sent; or the received-concept word says this mail was made
 * automatically ("wurde automatisch erstellt", "created automatically").
 */
export function namesThisMail(text: string, at: number, stem: string, received: boolean): boolean {
  if (received)
    return (
      AUTOMATICALLY_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ||
      AUTOMATICALLY_AFTER.test(wordsAfter(text, at, stem))
    )
  if (stem === 'call') return CALL_BEFORE.test(text.slice(Math.max(0, at - 12), at))
  if (!MESSAGE_WORDS.test(stem)) return false
  return BEFORE.test(text.slice(Math.max(0, at - 32), at)) || AFTER.test(wordsAfter(text, at, stem))
}

/** What follows the word the stem begins: the stem's word ending skipped. */
function wordsAfter(text: string, at: number, stem: string): string {
  return text.slice(at + stem.length, at + stem.length + 30).replace(/^[a-z]*/u, '')
}
