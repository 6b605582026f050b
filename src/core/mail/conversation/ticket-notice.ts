// A later notice on a numbered ticket, in any product's wording: an update, an answer, the ticket
// solved or closed ("Update on request 3558090", "Anfrage #69305 gelöst", "Mise à jour de votre
// demande 5204040", "Solicitud 60932 resuelta"), or an agent named as having answered ("Maggie
// replied to your request"). Such notices follow a ticket the person opened; a wave sends first
// acknowledgements. Read on folded text (lexicon.ts foldForLexicon).

const REQUEST =
  '(?:request|ticket|case|anfrage|vorgang|ticketnummer|demande|dossier|solicitud|caso|incidencia|pedido|solicitacao|chamado|processo|richiesta|pratica|segnalazione|verzoek|aanvraag|melding|zaak)'
const NUMBER = '\\s?(?:#|nr\\.?|n[o°º]\\.?|number|nummer|numero)?\\s?\\d{3,20}(?!\\d)'
const UPDATE =
  '(?:update|updated|new reply|reply|response|aktualisierung|neuigkeiten|antwort|mise a jour|nouvelle reponse|reponse|actualizacion|nueva respuesta|respuesta|atualizacao|nova resposta|resposta|aggiornamento|nuova risposta|risposta|bijgewerkt|nieuwe reactie|reactie)'
const DONE =
  '(?:solved|resolved|closed|updated|gelost|geschlossen|erledigt|aktualisiert|resolue?|fermee?|cloturee?|resuelta|resuelto|cerrada|cerrado|resolvid[ao]|fechad[ao]|encerrad[ao]|risolt[ao]|chius[ao]|opgelost|gesloten|afgehandeld)'

/** "Update on request 3558090", "Mise à jour de votre demande 5204040". */
const UPDATE_ON = new RegExp(
  `(?<![a-z])${UPDATE} (?:(?:on|to|of|for|your|zu|zur|zum|ihrer|ihre|ihrem|deiner|deine|deinem|dein|de|du|votre|ta|ton|a|la|le|sobre|su|tu|do|da|seu|sua|o|al|alla|sulla|della|tua|il|over|op|je|uw|van) ){0,3}${REQUEST}${NUMBER}`,
  'u',
)

/** "Anfrage #69305 gelöst", "Richiesta 56432 risolta", "Ticket 4411 closed". */
const NUMBER_DONE = new RegExp(
  `(?<![a-z])${REQUEST}${NUMBER}(?: (?:has been|was|is|wurde|ist|a ete|est|ha sido|fue|esta|foi|esta|e stat[ao]|e|werd|is)){0,2} ${DONE}(?![a-z])`,
  'u',
)

/** "Maggie replied to your request", "Inès a répondu à votre demande". */
const ANSWERED = new RegExp(
  `(?<![a-z])(?:replied to|responded to|answered|hat auf (?:ihre|deine)|a repondu a|ha respondido a|respondeu a|ha risposto (?:a|alla)|heeft gereageerd op|heeft (?:je|uw) [^.!?\\n]{0,20}beantwoord)(?: (?:your|ihre|deine|votre|ta|tu|su|seu|sua|o seu|a sua|la tua|alla tua|je|uw))? ${REQUEST}`,
  'u',
)

export function isTicketNotice(subject: string, opening: string): boolean {
  return (
    UPDATE_ON.test(subject) || NUMBER_DONE.test(subject) || ANSWERED.test(opening.slice(0, 200))
  )
}
