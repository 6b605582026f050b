// A job application's acknowledgement: "Thank you for applying to Acme" (about a role), "Ihre
// Bewerbung bei Acme", "Nous avons bien reçu votre candidature", "Hemos recibido tu candidatura",
// "Bedankt voor je sollicitatie". A person looking for work applies to many employers in an
// evening, and each applicant-tracking system answers at once from a sender new to the inbox: the
// shape of a wave, made by the person. Read on folded text (lexicon.ts foldForLexicon).
//
// Only the person's own application counts, named as theirs: a bare "Bewerbung" or "Job
// application" may be a title typed into a support form and echoed back. English "application"
// names software, loans and sign-ups too: it needs a job's word beside it (a role, a vacancy).

const APPLICATION =
  /(?<![a-z])(?:(?:ihre|deine|ihrer|deiner) bewerbung|bewerbung (?:als|bei|fur|um)|beworben|(?:votre|ta) candidature|candidature (?:au|pour le) poste|vous avez postule|(?:tu|su|sua|a sua|la tua|la sua|vostra) candidatura|candidatura (?:para|per|al|alla) (?:la |el |o |a |il )?(?:vaga|puesto|posizione|posto|oferta|ruolo|funcao|cargo)|postularte|tu postulacion|inscripcion en la oferta|(?:je|uw) sollicitatie|sollicitatie (?:bij|voor|als)|gesolliciteerd)(?![a-z])/u

const APPLICATION_EN =
  /(?<![a-z])(?:thank(?:s| you) for applying|your application|application (?:received|submitted|confirmation)|received your application)(?![a-z])/u

/** A job's word beside the English one: the role or vacancy applied for, the hiring team. */
const JOB =
  /(?<![a-z])(?:position|role|job|vacancy|vacancies|opening|career|careers|recruiting|recruiter|recruitment|hiring|talent|interview|resume|cv)(?![a-z])/u

/** How near the English phrase the job's word stands, in characters. */
const JOB_NEAR = 80

/**
 * Just before a phrase, what sets a typed-in title apart: a quote, a colon, a bracket, or a form's
 * label for it ("Betreff", "Objet", "Asunto", "Onderwerp").
 */
const ECHOED =
  /(?:[:"«»“”„'([]|(?:subject|betreff|objet|sujet|asunto|assunto|oggetto|onderwerp)) ?$/u

/** Where the phrase stands in the folded text, when it stands there in words of its own. */
function ownPhrase(folded: string): { at: number; length: number; english: boolean } | null {
  for (const [pattern, english] of [
    [APPLICATION, false],
    [APPLICATION_EN, true],
  ] as const) {
    const found = pattern.exec(folded)
    if (!found) continue
    if (ECHOED.test(folded.slice(Math.max(0, found.index - 12), found.index))) continue
    return { at: found.index, length: found[0].length, english }
  }
  return null
}

/**
 * The folded text acknowledges an application the person made for a job, in words of its own (a
 * phrase right after a quote, a colon, a bracket or a form's label is a title echoed back); in
 * English with a job's word near it.
 */
export function acknowledgesApplication(folded: string): boolean {
  const phrase = ownPhrase(folded)
  if (!phrase) return false
  if (!phrase.english) return true
  const around = folded.slice(
    Math.max(0, phrase.at - JOB_NEAR),
    phrase.at + phrase.length + JOB_NEAR,
  )
  return JOB.test(around)
}
