// A welcome code handed over: "Dein 15 % Code: TURI8659", "Your code WELCOME-4821 takes 10 % off",
// "Tu código de descuento: PRIM3429". A shop sends it once the person has confirmed a sign-up (a
// double opt-in's reward), so it follows a confirmation only when somebody answered that
// confirmation: the reader, since a relay's sender never sees the mail it asked with. Read on
// folded text (lexicon.ts foldForLexicon). A digits-only code is a sign-in's (one-time-code.ts);
// a code of letters and digits with a discount beside it is a shop's.
import { foldForLexicon } from './lexicon.ts'

/**
 * A code word, then (after at most two words: "código de descuento", "code de bienvenue") a token
 * that mixes letters and digits.
 */
const CODE_TOKEN =
  /(?<![a-z])(?:code|codes|codigo|codice|gutschein(?:code)?|voucher|coupon|cupom|cupon|buono|kortingscode|rabattcode|willkommenscode|bon)(?![a-z])(?:[^a-z0-9\n]{1,3}[a-z]{2,12}){0,2}[^a-z0-9\n]{1,12}(?=[a-z0-9-]{5,20}(?![a-z0-9-]))(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])/u

/** A discount beside it: a percentage, an amount off, or the word for a discount. */
const DISCOUNT =
  /\d ?%|(?<![a-z])(?:off|discount|rabatt|korting|descuento|desconto|sconto|remise|reduction|reduccion|reducao|welcome code|willkommenscode|code de bienvenue|codigo de bienvenida|codice di benvenuto|welkomstcode)(?![a-z])/u

/** How much of the subject and opening is read: the code is what the mail is for. */
const READ_CHARS = 400

export function handsOverWelcomeCode(subject: string, opening: string): boolean {
  const text = foldForLexicon(`${subject}\n${opening.slice(0, READ_CHARS)}`)
  return CODE_TOKEN.test(text) && DISCOUNT.test(text)
}
