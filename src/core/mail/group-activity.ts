// Others' activity in a group, forum or thread the reader follows: "7 new messages in Sunday
// running", "Neue Antwort in deiner Gruppe", "Nouvelles réponses dans le fil", "Hay 3 respuestas
// nuevas en el hilo que sigues", "O grupo … tem 7 mensagens novas", "Nieuwe reacties in de groep".
// A community's digest of what others wrote is a conversation the reader takes part in, never a
// confirmation a form sends. A ticket is no such place: "a new reply on your ticket" stays a
// helpdesk's notice. Read on folded text (lexicon.ts foldForLexicon).

const PLACES = {
  en: '(?:group|thread|forum|topic|discussion|conversation|channel|community)',
  de: '(?:gruppe|diskussion|thema|forum|unterhaltung|thread|community)',
  fr: '(?:groupe|fil|forum|discussion|sujet|conversation|communaute)',
  es: '(?:grupo|hilo|foro|conversacion|tema|comunidad)',
  pt: '(?:grupo|forum|topico|conversa|comunidade)',
  it: '(?:gruppo|forum|discussione|conversazione|thread|community)',
  nl: '(?:groep|draad|discussie|forum|topic|community)',
}

const ACTIVITY = [
  `(?:\\d+ )?new (?:repl(?:y|ies)|posts?|messages?|answers?|comments?|activity) (?:in|on) (?:the |your |this )?${PLACES.en}`,
  `neue[rn]? (?:antwort(?:en)?|beitrage?|nachrichten|kommentare?|aktivitat) (?:in|im|zu) (?:deiner |ihrer |der |dem |einer )?${PLACES.de}`,
  'gibt es \\d+ neue (?:beitrage|nachrichten|antworten|kommentare)',
  `nouve(?:lle|lles|aux|au) (?:reponses?|publications?|messages?|commentaires?) dans (?:le |la |les |votre |ton |ta |vos )?${PLACES.fr}`,
  `nuev[oa]s? (?:respuestas?|publicaciones?|mensajes?|comentarios?) en (?:el |la |tu |su )?${PLACES.es}`,
  'hay \\d+ (?:respuestas|mensajes|publicaciones|comentarios) nuev[oa]s',
  `nova?s? (?:respostas?|publicac(?:ao|oes)|mensage(?:m|ns)|comentarios?) (?:no|na|em) (?:seu |sua |teu |tua )?${PLACES.pt}`,
  'tem \\d+ (?:mensagens|respostas|publicacoes|comentarios) nov[oa]s',
  `nuov[oaie] (?:rispost[ae]|messaggi|post|comment[io]) (?:nel|nella|in) (?:tuo |tua )?${PLACES.it}`,
  `nieuwe (?:reacties?|berichten|antwoorden|posts?) in (?:de |je |jouw |uw )?${PLACES.nl}`,
]

export const GROUP_ACTIVITY = new RegExp(`(?<![a-z])(?:${ACTIVITY.join('|')})(?![a-z])`, 'u')
