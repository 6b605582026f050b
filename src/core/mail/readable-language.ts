// Whether a text is written in a language the confirmation lexicon reads (en, de, fr, es, pt, it,
// nl), told by its function words. The lexicon's silence means something only then: a mail in
// one of those languages that confirms nothing in words the lexicon knows is most likely no
// confirmation at all (an invitation, a notice, a newsletter), while a mail in another language
// may confirm anything. Words other languages spell the same ("en", "do", "na", "tu", and "sie", which is Polish
// "się" folded) are left out.

const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // en
  'the',
  'and',
  'your',
  'you',
  'with',
  'this',
  'are',
  'from',
  'our',
  'we',
  // de
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'ihr',
  'ihre',
  'wir',
  'mit',
  'fur',
  'dein',
  'deine',
  'ein',
  'eine',
  // fr
  'le',
  'la',
  'les',
  'et',
  'est',
  'vous',
  'votre',
  'pour',
  'avec',
  'des',
  'une',
  'nous',
  // es
  'el',
  'los',
  'las',
  'y',
  'su',
  'para',
  'con',
  'una',
  'por',
  'usted',
  // pt
  'os',
  'seu',
  'sua',
  'voce',
  'com',
  'um',
  'uma',
  'nao',
  // it
  'il',
  'gli',
  'tuo',
  'tua',
  'per',
  'sei',
  'della',
  'non',
  // nl
  'het',
  'een',
  'je',
  'jouw',
  'uw',
  'van',
  'voor',
  'niet',
  'wij',
  'ons',
])

/** Function words a text needs to be read as written in one of the lexicon's languages. */
const ENOUGH = 2

/** `folded`: lower case without diacritics (lexicon.ts foldForLexicon). */
export function inLexiconLanguage(folded: string): boolean {
  let found = 0
  for (const word of folded.split(/[^a-z]+/u)) {
    if (FUNCTION_WORDS.has(word) && ++found >= ENOUGH) return true
  }
  return false
}
