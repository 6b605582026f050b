// A newsletter's footer saying why the reader gets it: "You are receiving this email because you
// signed up", "Du erhältst diese Mail, weil du den Newsletter abonniert hast", "Vous recevez ce
// message car vous êtes abonné", "Recibes este correo porque te suscribiste". The subscription it
// names was made long ago; it confirms nothing. Read on folded text (lexicon.ts foldForLexicon).

import { spansOf } from './text.ts'

const BECAUSE =
  /(?<![a-z])(?:you(?:'re| are)? receiv[a-z]* (?:this|these)[^.!?\n]{0,40}(?:because|as)|(?:du erhaltst|sie erhalten) diese[^.!?\n]{0,40}weil|(?:vous recevez|tu recois) ce[^.!?\n]{0,40}(?:car|parce)|recibes? est[ae][^.!?\n]{0,40}porque|(?:voce )?recebes? est[ae][^.!?\n]{0,40}porque|ricev[ei] quest[ao][^.!?\n]{0,40}perche|(?:je|u) ontvangt deze[^.!?\n]{0,40}omdat)[^.!?\n]*/gu

/** The spans of the text that say why the reader gets the mail, as [start, end) pairs. */
export function footerReasonSpans(folded: string): [number, number][] {
  return spansOf(BECAUSE, folded)
}
