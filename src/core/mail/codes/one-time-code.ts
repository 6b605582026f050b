// A one-time code shown as digits: "Your code: 481 223", "Ihr Code lautet 481223", "481223 is your
// code", "Enter 481223 to activate your profile", "Vul 481223 in om …". What a sign-in or verification form sends to any address typed into it. A code that
// names another purpose is no such code: a parcel's pickup code, a postal code, a discount or
// gift code, a tracking code, a booking's or a flight's code. Read on folded text (lexicon.ts foldForLexicon).

const DIGIT_CODE =
  /(?<![a-z0-9])(?:code|codigo|codice|otp|passcode|passcodes)[^0-9\n]{0,24}\d{3}\s?\d{3}(?!\d)|(?<!\d)\d{4,8} (?:is your|ist ihr|est votre|es tu|e o seu|e il tuo|is je|is uw)(?![a-z])|(?<![a-z])(?:enter|type|introduce|introduzca|introduza|insira|digite|inserisci|inserire|digita|saisissez|saisis|entrez|gib|geben sie|vul|voer)(?: [a-z]+){0,2} \d{3} ?\d{3}(?![\d.,])/gu

/**
 * Whole words that give a code another purpose, before it ("Pickup code", "Abholcode", "promo
 * code") or after it ("code de retrait", "código de recogida", "codice di ritiro"). Brand names
 * that contain such a word ("Booking.com", "ZipRecruiter", "GiftHub") are no such word.
 */
const OTHER_PURPOSE =
  /(?<![a-z])(?:pick ?up|collection|abhol[a-z]*|ophaal[a-z]*|afhaal[a-z]*|retrait|recogida|retirada|levantamento|ritiro|postal|post ?code|zip ?code|postleitzahl|promo|discount|voucher|coupon|gift ?card|gift code|rabatt[a-z]*|gutschein[a-z]*|reduction|descuento|desconto|sconto|korting[a-z]*|tracking|sendungs[a-z]*|suivi|seguimiento|rastreamento|tracciamento|booking|buchungs?[a-z]*|reservation|reserva|prenotazione|boekings?[a-z]*|check ?-?in|boarding|imbarco|embarque|embarquement|flight|flug|vol|vuelo|voo|volo|vlucht)(?![a-z]|\.[a-z])/u

/** How far before a code's word its purpose may stand ("your parcel pickup code"). */
const BEFORE_CHARS = 16

/** The same pattern, tested once: most mail has no code, and a test costs less than a walk. */
const ANY_CODE = new RegExp(DIGIT_CODE.source, 'u')

export function saysOneTimeCode(folded: string): boolean {
  if (!ANY_CODE.test(folded)) return false
  for (const match of folded.matchAll(DIGIT_CODE)) {
    const around = folded.slice(
      Math.max(0, match.index - BEFORE_CHARS),
      match.index + match[0].length,
    )
    if (!OTHER_PURPOSE.test(around)) return true
  }
  return false
}
