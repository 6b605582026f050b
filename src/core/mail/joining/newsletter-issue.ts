// A newsletter named with its issue: "A newsletter Ombretta – semana 45", "De Harvogel-nieuwsbrief
// – week 45", "Kollivar Wochenpost Nr. 71487", "The Digest, issue 212". The list was joined long
// ago; a confirmation names no issue. Read on folded text (lexicon.ts foldForLexicon).

/** After the list's name, within 30 characters, an issue's label and its number. */
const ISSUE_AFTER =
  /^[a-z-]*[^.!?\n]{0,30}?[^a-z](?:week|weekly|semana|semaine|woche|kw|settimana|issue|ausgabe|folge|edition|edicao|edizione|editie|uitgave|aflevering|numero|nummer|nr|no|n°|#)\.? ?#?\d{1,6}(?![0-9])/u

/** The subscription word at `at` is a newsletter's name followed by its issue. */
export function namesIssue(folded: string, at: number): boolean {
  return ISSUE_AFTER.test(folded.slice(at, at + 60))
}
