// A welcome code handed over: "Dein 15 % Code: TURI8659", "Your code WELCOME-4821 takes 10 % off",
// "Tu código de descuento: PRIM3429". A shop sends it once the person has confirmed a sign-up (a
// double opt-in's reward), so it follows a confirmation only when somebody answered that
// confirmation: the reader, since a relay's sender never sees the mail it asked with. Read on
// folded text (lexicon.ts foldForLexicon). A digits-only code is a sign-in's (one-time-code.ts); a
// code of letters and digits with a discount in the same sentence is a shop's, unless a word
// before it gives it another purpose (a parcel's tracking code, a recovery code, an invoice's or a
// booking's). The code itself is returned: a shop makes one per person, so the same code from
// several companies was typed into their forms (wave/answered.ts).
import { foldForLexicon } from '../lexicon/lexicon.ts'

/**
 * A code word, then (after at most three words or a percentage: "código de descuento", "code de
 * bienvenue", "code de 40 %") a token that mixes letters and digits, captured.
 */
const CODE_TOKEN =
  /(?<![a-z])(?:code|codes|codigo|codice|gutschein(?:code)?|voucher|coupon|cupom|cupon|buono|kortingscode|rabattcode|willkommenscode)(?![a-z])(?:[^a-z0-9\n.!?]{1,3}(?:[a-z]{2,12}|\d{1,3} ?%)){0,3}[^a-z0-9\n.!?]{1,12}((?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9-]{5,20})(?![a-z0-9-])/gu

/** A discount: a percentage, or the word for one. */
const DISCOUNT =
  /\d ?%|(?<![a-z])(?:discount|rabatt|korting|descuento|desconto|sconto|remise|reduction|reduccion|reducao|welcome code|willkommenscode|code de bienvenue|codigo de bienvenida|codice di benvenuto|welkomstcode)(?![a-z])/u

/** Words right before a code that give it another purpose than a discount. */
const OTHER_PURPOSE =
  /(?<![a-z])(?:tracking|sendungs[a-z]*|suivi|seguimiento|rastreamento|tracciamento|recovery|backup|wiederherstellungs[a-z]*|recuperation|recuperacion|recuperacao|recupero|herstel[a-z]*|invoice|rechnungs[a-z]*|facture|factura|fatura|fattura|factuur|booking|buchungs[a-z]*|reservation|reserva|prenotazione|boekings?[a-z]*|order|bestell[a-z]*|commande|pedido|ordine|bestellings?[a-z]*|postal|post)[^a-z0-9\n]{0,3}$/u

/** How much of the opening is read: the code is what the mail is for. */
const READ_CHARS = 400
/** How far a sentence's ends are looked for around a code. */
const SENTENCE_CHARS = 200

/**
 * A greeting right before the code, in the sentence that holds it: the slot where a company writes
 * the name typed into its form ("Hi Your 15 % code: ZQ17781, the items you saved…"), so the code
 * was typed in. "Welcome to …" greets no name.
 */
const NAME_SLOT =
  /(?:^|[\n.!?]\s*)(?:hi|hello|hey|dear|hallo|liebe[rs]?|bonjour|salut|cher|chere|hola|ola|oi|ciao|salve|hoi|beste|welcome|willkommen|bienvenue|bienvenid[oa]|bem-vind[oa]|benvenut[oa]|welkom)[ ,]+(?!(?:to|bei|chez|a|en|in|na|al|bij|aboard|back|im|zu|au|aux|ao|nella|nel|alla|bij)(?![a-z]))[^\n.!?]{0,40}$/u
/** How far before a code word its purpose may stand. */
const BEFORE_CHARS = 24

/**
 * Cheap first look on the raw text: a discount's sign or word, and a code's word. Most mail has
 * neither, and folding costs more than this test.
 */
const MAYBE_DISCOUNT = /%|disc|rabatt|korting|descuent|descont|sconto|remise|r[eé]duc/iu
const MAYBE_CODE = /c[oó]d|gutschein|voucher|coupon|cup[oó]|buono/iu

/** The welcome code the mail hands over, folded, or null. */
export function welcomeCodeOf(subject: string, opening: string): string | null {
  const raw = `${subject}\n${opening.slice(0, READ_CHARS)}`
  if (!MAYBE_DISCOUNT.test(raw) || !MAYBE_CODE.test(raw)) return null
  const text = foldForLexicon(raw)
  for (const match of text.matchAll(CODE_TOKEN)) {
    const before = text.slice(Math.max(0, match.index - BEFORE_CHARS), match.index)
    if (OTHER_PURPOSE.test(before)) continue
    if (NAME_SLOT.test(text.slice(Math.max(0, match.index - SENTENCE_CHARS), match.index))) continue
    if (DISCOUNT.test(sentenceAround(text, match.index, match.index + match[0].length)))
      return match[1]!
  }
  return null
}

/** The sentence or line holding text[from, to), looked for at most SENTENCE_CHARS around it. */
function sentenceAround(text: string, from: number, to: number): string {
  const near = text.slice(Math.max(0, from - SENTENCE_CHARS), from)
  const start = Math.max(...['.', '!', '?', '\n'].map((mark) => near.lastIndexOf(mark)))
  const after = text.slice(to, to + SENTENCE_CHARS)
  const ends = ['. ', '!', '?', '\n'].map((mark) => after.indexOf(mark)).filter((i) => i >= 0)
  return `${near.slice(start + 1)}${text.slice(from, to)}${after.slice(0, ends.length > 0 ? Math.min(...ends) : after.length)}`
}
