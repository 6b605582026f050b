// Whether a text is written in a language the confirmation lexicon reads (en, de, fr, es, pt, it,
// nl), told by its function words. The lexicon's silence means something only then: a mail in
// one of those languages that confirms nothing in words the lexicon knows is most likely no
// confirmation at all (an invitation, a notice, a newsletter), while a mail in another language
// may confirm anything. Words Swedish or Polish spell the same are left out: "en", "de", "den",
// "du", "for" (Swedish "för" folded), "om", "vi", "kan", "do", "na", "to", "tu", "nog", "hat",
// "sera" (Polish "sera", cheese), "wie" and "bij" (Polish), and "sie" and "te" (Polish "się" and
// "tę" folded). Links and addresses are no words of any language.

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
  'is',
  'of',
  'it',
  'at',
  'an',
  'has',
  'have',
  'will',
  'be',
  // a newsletter's few small words: "Double XP until Sunday", "What's new"
  'new',
  'now',
  'more',
  'can',
  'until',
  'what',
  'here',
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
  'dem',
  'des',
  'zu',
  'von',
  'auf',
  'sich',
  'auch',
  'wird',
  'werden',
  'bei',
  'nach',
  'im',
  'am',
  'bitte',
  'noch',
  'ihnen',
  'zum',
  'zur',
  'einer',
  'einen',
  'einem',
  'haben',
  'sind',
  'oder',
  'wenn',
  'mehr',
  'kannst',
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
  'une',
  'nous',
  'au',
  'aux',
  'ce',
  'cette',
  'sur',
  'dans',
  'pas',
  'qui',
  'que',
  'vos',
  'tes',
  // es
  'el',
  'un',
  'los',
  'las',
  'y',
  'su',
  'para',
  'con',
  'una',
  'por',
  'usted',
  'del',
  'al',
  'desde',
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
  'tus',
  'sus',
  'esta',
  'este',
  'lo',
  // pt
  'os',
  'seu',
  'sua',
  'voce',
  'com',
  'um',
  'uma',
  'nao',
  'dos',
  'ao',
  'em',
  'pelo',
  'pela',
  'nossa',
  'nosso',
  'novo',
  'nova',
  'mais',
  'foi',
  'sao',
  'seus',
  'suas',
  // it
  'il',
  'gli',
  'tuo',
  'tua',
  'per',
  'sei',
  'della',
  'non',
  'di',
  'che',
  'sono',
  'nel',
  'alla',
  'dal',
  'tuoi',
  'nostro',
  'nostra',
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
  'op',
  'met',
  'zijn',
  'wordt',
  'dit',
  'deze',
  'naar',
  'onze',
  'nieuwe',
  'hoi',
  'ook',
  'maar',
  'heeft',
  'kunt',
])

const LINKS_AND_ADDRESSES = /(?:https?:\/\/|www\.)\S*|\S+@\S+/gu

/** Function words a text needs to be read as written in one of the lexicon's languages. */
const ENOUGH = 2

/**
 * French and Italian elide an article or a pronoun before a vowel ("l'organisateur", "d'accord",
 * "qu'il", "dell'evento", "un'offerta"): each counts as a function word. Catalan elides alike
 * ("l'equip"), and is read as one of them.
 */
const ELISIONS = /(?<!\p{L})(?:l|d|qu|j|n|s|c|dell|all|dall|nell|sull|un)'(?=\p{L})/gu
/**
 * A text this short ("Corte de agua el 5/11. Habrá un corte de 9:00 a 13:00.") has room for one
 * function word only: one is enough there.
 */
const SHORT_WORDS = 16

/**
 * `folded`: lower case without diacritics (lexicon.ts foldForLexicon). Words part at anything but a
 * letter: Polish "hasło" stays one word, not "has" and "o".
 */
export function inLexiconLanguage(folded: string): boolean {
  const text = folded.replace(LINKS_AND_ADDRESSES, ' ')
  let found = text.match(ELISIONS)?.length ?? 0
  if (found >= ENOUGH) return true
  const words = text.split(/[^\p{L}]+/u)
  for (const word of words) {
    if (FUNCTION_WORDS.has(word) && ++found >= ENOUGH) return true
  }
  return found > 0 && words.filter(Boolean).length < SHORT_WORDS
}
