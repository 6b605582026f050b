// Two shapes of an acknowledgement in no pair of the lexicon's words, in en, de, fr, es, pt, it
// and nl, read on folded text (lexicon.ts foldForLexicon):
// - the body says the person's message became a ticket: "your message "<title>" is now ticket
//   13243", "a sua mensagem … é agora o pedido 13243", "je bericht … is nu verzoek 1234";
// - the subject opens with "Received" and a dash or colon before the typed-in title: "Recebido –
//   <title>", "Ontvangen: <title>" (a payment said received names the payment first).

const MESSAGE =
  '(?:message|email|e-mail|mail|nachricht|mitteilung|courriel|mensaje|correo|mensagem|messaggio|bericht)'
const BECAME =
  '(?:is now|has (?:now )?become|became|has been (?:turned|converted) into|was (?:turned|converted) into|ist (?:jetzt|nun)|wurde (?:zu|in)|est (?:maintenant|devenu|devenue)|a ete (?:transforme|converti)e? en|es ahora|se ha convertido en|e agora|passou a ser|foi convertid[ao] em|e ora|e diventat[oa]|e stat[oa] (?:trasformat|convertit)[oa] in|is nu|is omgezet in|werd)'
const TICKET =
  '(?:ticket|request|case|anfrage|vorgang|demande|dossier|solicitud|caso|pedido|chamado|richiesta|pratica|verzoek|melding|aanvraag)'

const MESSAGE_BECAME_TICKET = new RegExp(
  `(?<![a-z])${MESSAGE}(?![a-z])[^.!?\\n]{0,120}(?<![a-z])${BECAME} (?:(?:the|a|an|o|a|el|la|il|le|ein|eine|een|de|het|uw|ihr|unser|nosso|nuestro|nostro|onze) )?(?:new |neue[rn]? |nouvea?u |nuev[oa] |nov[oa] |nuov[oa] |nieuwe? )?${TICKET}(?![a-z])`,
  'u',
)

const RECEIVED_SUBJECT =
  /^\s*(?:received|erhalten|eingegangen|recu|recue|recibid[oa]|recebid[oa]|ricevut[oa]|ontvangen)\s*[–—:-]\s*[^\s–—:-]/u

export function saysMessageBecameTicket(folded: string): boolean {
  return MESSAGE_BECAME_TICKET.test(folded)
}

export function opensWithReceived(foldedSubject: string): boolean {
  return RECEIVED_SUBJECT.test(foldedSubject)
}
