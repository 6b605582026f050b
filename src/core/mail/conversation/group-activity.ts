// Others' activity in a group, forum or thread the reader follows: "7 new messages in Sunday
// running", "Neue Antwort in deiner Gruppe", "Nouvelles réponses dans le fil", "Hay 3 respuestas
// nuevas en el hilo que sigues", "O grupo … tem 7 mensagens novas", "Nieuwe reacties in de groep".
// A community's digest of what others wrote is a conversation the reader takes part in, never a
// confirmation a form sends. A ticket or a chat is no such place: "a new reply on your ticket",
// "a new message in your conversation with Acme" stay a company's notices. Words echoed after a
// colon, a quote or a bracket are someone's typed-in title, not the site's: they do not count.
// Read on folded text (lexicon.ts foldForLexicon).

const PLACES = {
  en: '(?:group|thread|forum|topic|discussion|channel|community)',
  de: '(?:gruppe|diskussion|thema|forum|thread|community)',
  fr: '(?:groupe|fil|forum|discussion|sujet|communaute)',
  es: '(?:grupo|hilo|foro|tema|comunidad)',
  pt: '(?:grupo|forum|topico|comunidade)',
  it: '(?:gruppo|forum|discussione|thread|community)',
  nl: '(?:groep|draad|discussie|forum|topic|community)',
}

/** A count of others' posts before a group's own name: "7 new messages in Sunday running". */
const NOT_A_GROUP = '(?:ticket|request|case|support|account|inbox|conversation|chat|order)'

const ACTIVITY = [
  `(?:\\d+ )?new (?:repl(?:y|ies)|posts?|messages?|answers?|comments?|activity) (?:in|on) (?:the |your |this )?${PLACES.en}`,
  `neue[rn]? (?:antwort(?:en)?|beitrage?|nachrichten|kommentare?|aktivitat) (?:in|im|zu) (?:deiner |ihrer |der |dem |einer )?${PLACES.de}`,
  `\\d+ new (?:repl(?:y|ies)|posts?|messages|answers|comments) (?:in|on)(?= )(?! (?:your |the |this )?${NOT_A_GROUP})`,
  'gibt es \\d+ neue (?:beitrage|nachrichten|antworten|kommentare)',
  'il y a \\d+ nouve(?:aux|lles) (?:messages|reponses|publications|commentaires)',
  'ci sono \\d+ nuov[ie] (?:messaggi|post|commenti|risposte)',
  'er zijn \\d+ nieuwe (?:berichten|reacties|posts|antwoorden)',
  `nouve(?:lle|lles|aux|au) (?:reponses?|publications?|messages?|commentaires?) dans (?:le |la |les |votre |ton |ta |vos )?${PLACES.fr}`,
  `nuev[oa]s? (?:respuestas?|publicaciones?|mensajes?|comentarios?) en (?:el |la |tu |su )?${PLACES.es}`,
  'hay \\d+ (?:respuestas|mensajes|publicaciones|comentarios) nuev[oa]s',
  `nova?s? (?:respostas?|publicac(?:ao|oes)|mensage(?:m|ns)|comentarios?) (?:no|na|em) (?:seu |sua |teu |tua )?${PLACES.pt}`,
  'tem \\d+ (?:mensagens|respostas|publicacoes|comentarios) nov[oa]s',
  `nuov[oaie] (?:rispost[ae]|messaggi|post|comment[io]) (?:nel|nella|in) (?:tuo |tua )?${PLACES.it}`,
  `nieuwe (?:reacties?|berichten|antwoorden|posts?) in (?:de |je |jouw |uw )?${PLACES.nl}`,
]

const GROUP_ACTIVITY = new RegExp(`(?<![a-z])(?:${ACTIVITY.join('|')})(?![a-z])`, 'u')

/** What stands just before a title someone typed and a form echoed. */
const ECHO_MARK = /[:"«»“”„'([\]]\s{0,2}$/u

/** The folded text tells of others' activity in a group, in the site's own words. */
export function tellsGroupActivity(folded: string): boolean {
  const found = GROUP_ACTIVITY.exec(folded)
  return found !== null && !ECHO_MARK.test(folded.slice(Math.max(0, found.index - 3), found.index))
}
