// A subject that says something is confirmed ("Table for 4 confirmed", "Platz bestätigt",
// "Reserva confirmada", "Iscrizione confermata"), as opposed to one that asks for a confirmation
// ("Please confirm", "Confirmation required", "Bitte bestätigen"). A bare confirmation word in a
// subject reads as an account's confirmation (lexicon.ts SUBJECT_SOLO) only when it asks: what a
// company confirms as done, with nothing else named, is a booking, a seat or a place the person
// took. Done and named together ("Account confirmed", "Subscription confirmed") still pair: a
// list or a service may confirm those with no click from anyone. An email address said to be
// confirmed ("Your email address was confirmed", "Votre adresse e-mail est confirmée", "Je
// e-mailadres is bevestigd") was confirmed by a click in the mail that asked for it, which a
// relay's sender never sees: it reads as nothing, in a subject or a body, when a helper verb says
// it is done ("was confirmed", "ist bestätigt"); "needs to be verified", "isn't verified" and
// "Please confirm your email: once it is confirmed …" still ask.
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

/**
 * An email address said to be confirmed, the verb's helper right before the participle: "was
 * confirmed", "ist bestätigt", "est confirmée", "a été vérifiée", "se ha confirmado", "foi
 * confirmado", "è confermato", "is bevestigd". Not "needs to be verified", "muss bestätigt
 * werden", "doit être vérifiée", "isn't verified", "moet worden bevestigd": those still ask.
 */
const SAID_CONFIRMED =
  /(?<![a-z])(?:(?:was|has been|have been|is now|is|are) (?:confirmed|verified|validated)|(?:wurde|ist|sind|wurden) (?:erfolgreich )?(?:bestatigt|verifiziert)|(?:est|a ete|sont|ont ete) (?:bien )?(?:confirmee?s?|verifiee?s?|validee?s?)|(?:se ha|ha sido|fue|esta|han sido) (?:confirmad[oa]s?|verificad[oa]s?|validad[oa]s?)|(?:foi|esta|foram) (?:confirmad[oa]s?|verificad[oa]s?|validad[oa]s?)|(?:e|e stat[oa]|sono stat[ie]) (?:confermat[oaie]|verificat[oaie]|convalidat[oaie])|(?:is|zijn|werd) (?:bevestigd|geverifieerd|gevalideerd))(?![a-z])/u

/**
 * An email address is named, every confirmation word is a participle, and one is said done with
 * its helper verb: "Please confirm your email: once it is confirmed …" still asks.
 */
export function addressConfirmed(hits: readonly ConceptHit[], folded: string): boolean {
  return (
    hits.some((hit) => hit.concept === 'email') &&
    allDone(hits, folded) &&
    SAID_CONFIRMED.test(asLexiconText(folded))
  )
}
