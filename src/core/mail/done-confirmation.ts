// A subject that says something is confirmed ("Table for 4 confirmed", "Platz bestätigt",
// "Reserva confirmada", "Iscrizione confermata"), as opposed to one that asks for a confirmation
// ("Please confirm", "Confirmation required", "Bitte bestätigen"). A bare confirmation word in a
// subject reads as an account's confirmation (lexicon.ts SUBJECT_SOLO) only when it asks: what a
// company confirms as done, with nothing else named, is a booking, a seat or a place the person
// took. Done and named together ("Account confirmed", "Subscription confirmed") still pair: a
// list or a service may confirm those with no click from anyone. An email address said to be
// confirmed ("Your email address was confirmed", "Votre adresse e-mail est confirmée", "Je
// e-mailadres is bevestigd") was confirmed by a click in the mail that asked for it, which a
// relay's sender never sees: it reads as nothing, in a subject or a body, unless it is not yet
// ("Your email is not verified yet").
import { asLexiconText, confirmationOf, type ConceptHit, type Reading } from './lexicon.ts'

/**
 * Past participles of the confirmation stems, folded. French "confirme" is left out: it is also
 * the imperative ("Confirme ton adresse").
 */
const DONE =
  /^(?:confirmed|verified|validated|activated|bestatigt|verifiziert|aktiviert|freigeschaltet|confirmees?|verifiee?s?|validee?s?|activee?s?|confirmad[oa]s?|verificad[oa]s?|validad[oa]s?|activad[oa]s?|ativad[oa]s?|confermat[oaie]|verificat[oaie]|attivat[oaie]|convalidat[oaie]|bevestigd|geverifieerd|geactiveerd|gevalideerd)$/u

const WORD = /^[a-z]+/u

/**
 * `reading` as the subject's hits give it, unless it is only the bare reading of confirmation
 * words that all say something is done: then none. `folded`: the subject (lexicon.ts
 * foldForLexicon).
 */
export function subjectReading(hits: readonly ConceptHit[], folded: string): Reading | null {
  const reading = confirmationOf(hits, true)
  if (reading === 'verify-email') return addressConfirmed(hits, folded) ? null : reading
  if (reading !== 'verify-account' || confirmationOf(hits, false) !== null) return reading
  return allDone(hits, folded) ? null : reading
}

/** A body's reading, with an email address said to be confirmed read as none. */
export function bodyReading(hits: readonly ConceptHit[], folded: string): Reading | null {
  const reading = confirmationOf(hits, false)
  return reading === 'verify-email' && addressConfirmed(hits, folded) ? null : reading
}

/** Every confirmation word says something is done, and there is one. */
function allDone(hits: readonly ConceptHit[], folded: string): boolean {
  const text = asLexiconText(folded)
  const verbs = hits.filter((hit) => hit.concept === 'verify')
  return (
    verbs.length > 0 && verbs.every((hit) => DONE.test(WORD.exec(text.slice(hit.at))?.[0] ?? ''))
  )
}

/** Not done yet, in the seven languages: "not verified yet", "noch nicht bestätigt". */
const NOT_YET =
  /(?<![a-z])(?:not|nicht|pas|no|nao|non|niet|yet|noch|encore|ainda|ancora|todavia|nog|pending|ausstehend|en attente|pendiente|pendente|in attesa|in afwachting)(?![a-z])/u

/** An email address is named and said to be confirmed, and nothing says it is not yet. */
export function addressConfirmed(hits: readonly ConceptHit[], folded: string): boolean {
  return (
    hits.some((hit) => hit.concept === 'email') &&
    allDone(hits, folded) &&
    !NOT_YET.test(folded) &&
    !FRENCH_PRESENT.test(asLexiconText(folded))
  )
}

/**
 * French "vérifie", "valide", "active" fold to the past participle's spelling but are the present
 * too ("Je vérifie mon adresse", "Activez"): without "est", "a été" or "sont" before them they ask.
 */
const FRENCH_PRESENT = /(?<!(?:est|ete|sont|etes) )(?<![a-z])(?:verifie|valide|active)(?![a-z])/u
