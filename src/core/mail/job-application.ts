// A job application's acknowledgement: "Thank you for applying to Acme", "Ihre Bewerbung bei
// Acme", "Accusé de réception de votre candidature", "Hemos recibido tu candidatura", "Bedankt
// voor je sollicitatie". A person looking for work applies to many employers in an evening, and
// each applicant-tracking system answers at once from a sender new to the inbox: the shape of a
// wave, made by the person. The forms relays abuse are support, sign-up and newsletter forms; an
// application asks for a CV and is nobody's relay. Read on folded text (lexicon.ts foldForLexicon).

const APPLICATION =
  /(?<![a-z])(?:applying (?:to|for|at)|applied (?:to|for)|job application|your application (?:for|to|at|has|was|is)|application (?:received|submitted|confirmation)|bewerbung|beworben|(?:votre|ta) candidature|candidature (?:recue|bien recue|envoyee|au poste|pour le poste)|postule|(?:tu|su|sua|a sua|la tua|la sua|vostra|nuova) candidatura|candidatura (?:recebida|recibida|ricevuta|enviada|inviata|para|per|a)|candidatar|postularte|postulacion|inscripcion en la oferta|sollicitatie|gesolliciteerd)(?![a-z])/u

/** The folded subject or opening acknowledges an application the person made for a job. */
export function acknowledgesApplication(folded: string): boolean {
  return APPLICATION.test(folded)
}
