// A subject that says something is confirmed ("Table for 4 confirmed", "Platz bestätigt",
// "Reserva confirmada", "Iscrizione confermata"), as opposed to one that asks for a confirmation
// ("Please confirm", "Confirmation required", "Bitte bestätigen"). A bare confirmation word in a
// subject reads as an account's confirmation (lexicon.ts SUBJECT_SOLO) only when it asks: what a
// company confirms as done, with nothing else named, is a booking, a seat or a place the person
// took. Done and named together ("Account confirmed", "Subscription confirmed") still pair.
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
  if (reading !== 'verify-account' || confirmationOf(hits, false) !== null) return reading
  const text = asLexiconText(folded)
  const verbs = hits.filter((hit) => hit.concept === 'verify')
  const done = verbs.every((hit) => DONE.test(WORD.exec(text.slice(hit.at))?.[0] ?? ''))
  return verbs.length > 0 && done ? null : reading
}
