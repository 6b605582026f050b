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
  /(?<![a-z])(?:position|role|job|vacanc|opening|career|recruit|hiring|talent|interview|resume|cv)/u

/** The folded text acknowledges an application the person made for a job. */
export function acknowledgesApplication(folded: string): boolean {
  return APPLICATION.test(folded) || (APPLICATION_EN.test(folded) && JOB.test(folded))
}
