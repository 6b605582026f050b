// Someone else wrote to the person, answered, mentioned, commented on or followed them: a site's
// notice of another person's act ("Lutz Brenner hat dir geschrieben", "Odile vous a écrit",
// "Someone answered your question", "Rubén Lozano ha empezado a seguirte"). An invitation or a
// shared file is left out: invitation forms are relayed too. Read on folded text (lexicon.ts
// foldForLexicon), in en, de, fr, es, pt, it and nl.

const EN =
  "(?<!(?:we|we've|we have|i|i've|i have) )(?:sent|wrote) you (?:a |an )?(?:message|note|reply|dm)|(?<!(?:we|i) )wrote to you|(?<!(?:we|we've|we have|i|i've) )messaged you|mentioned you|replied to your?|answered your (?:question|post|comment)|commented on your|liked your|reacted to your|started following you|is now following you"
const DE =
  'hat dir (?:[^.!?\\n]{0,40} )?(?:geschrieben|geantwortet|eine nachricht)|hat (?:sie|dich) (?:[^.!?\\n]{0,40} )?erwahnt|hat (?:deinen|deine|dein|ihren|ihre|ihr) (?:[^.!?\\n]{0,30} )?(?:kommentiert|beantwortet|geliked)|folgt dir (?:jetzt|ab sofort|nun)'
const FR =
  "(?:vous|t)'?\\s?a (?:ecrit|envoye un message|repondu|mentionne)|a commente (?:votre|ton|ta)|a aime (?:votre|ton|ta)|vous suit desormais|s'est abonne(?:e)? a (?:votre|ton) (?:profil|compte)"
const ES =
  'te ha (?:escrito|enviado un mensaje|respondido|mencionado)|te (?:escribio|respondio|menciono)|le ha (?:escrito|enviado un mensaje)|comento (?:tu|su)|(?:ha )?empezado a seguirte|empezo a seguirte|comenzo a seguirte'
const PT =
  '(?:escreveu|enviou uma mensagem) para (?:voce|ti)|mencionou (?:voce|te)|(?:te|lhe) (?:enviou uma mensagem|escreveu|mencionou|respondeu)|enviou-(?:lhe|te) uma mensagem|comentou (?:o seu|a sua|seu|sua)|comecou a segui(?:-lo|-la|r-te|r voce)'
const IT =
  'ti ha (?:scritto|mandato un messaggio|inviato un messaggio|risposto|menzionato)|ha commentato (?:il tuo|la tua)|ha iniziato a seguirti'
const NL =
  'stuurde je een bericht|noemde (?:je|u)|heeft je (?:[^.!?\\n]{0,30} )?(?:geschreven|gestuurd|genoemd)|reageerde op je|heeft op (?:je|uw) (?:[^.!?\\n]{0,20} )?gereageerd|volgt je nu|volgt u nu'

/**
 * The reader named, tagged or given a task by someone, said without naming who ("You were
 * mentioned in", "Te han mencionado", "Mencionaram-te", "Sei stato menzionato", "Je bent getagd"),
 * and a code host's notice of another person's work on the reader's code ("requested your
 * review", "merged your pull request", "fusionó tu pull request").
 */
const TAGGED = [
  "(?:mentioned|tagged|assigned) you|you (?:were|have been|'ve been) (?:mentioned|tagged|assigned)",
  'requested your review|(?:merged|approved|reviewed|closed|commented on) your (?:pull|merge) request',
  '(?:du wurdest|sie wurden) (?:[^.!?\\n]{0,40} )?(?:erwahnt|markiert)',
  'hat (?:dich|sie) (?:[^.!?\\n]{0,40} )?markiert|hat dir (?:[^.!?\\n]{0,40} )?zugewiesen',
  "(?:vous|t)'?\\s?a (?:identifiee?|assignee?)|vous avez ete (?:mentionnee?|identifiee?)",
  "on (?:vous|t)'?\\s?a (?:mentionnee?|identifiee?)|t'?\\s?a attribue",
  'te han (?:mencionado|etiquetado|asignado)|te (?:ha )?(?:asignado|etiquetado)',
  'te (?:mencionaron|etiquetaron|asignaron)|has sido (?:mencionad[oa]|etiquetad[oa])',
  '(?:fusiono|aprobo|reviso) tu (?:pull request|pr|merge request)',
  'mencionaram(?:-te| voce| te)|te mencionaram|(?:voce foi|foste) (?:mencionad[oa]|marcad[oa])',
  'te (?:marcou|marcaram|atribuiu)|lhe marcou|(?:marcou|atribuiu|mencionou)-te',
  'ti hanno (?:menzionato|taggato)|sei stat[oa] (?:menzionat[oa]|taggat[oa])',
  'ti ha (?:assegnato|taggato)',
  '(?:je|u) bent (?:genoemd|vermeld|getagd)|heeft je (?:[^.!?\\n]{0,30} )?(?:toegewezen|getagd|vermeld)',
].join('|')

/**
 * Someone answered what the reader posted, or follows them ("Gesa hat auf deinen Beitrag
 * geantwortet", "Gaëlle a répondu à votre message", "Thaís respondeu à sua publicação",
 * "Découvrez qui vous suit").
 */
const ANSWERED = [
  'hat auf (?:deinen|deine|dein|ihren|ihre|ihr) (?:[^.!?\\n]{0,30} )?(?:geantwortet|reagiert)',
  'a repondu a (?:votre|ton|ta|vos|tes)|qui (?:vous|te) sui(?:t|vent)',
  '(?:ha respondido|respondio) a (?:tu|su|tus|sus)',
  '(?:respondeu|comentou) (?:a|ao|as|aos|na|no|em) (?:sua|seu|tua|teu|suas|seus)',
  'ha risposto (?:a|al|alla|ai|alle) (?:tuo|tua|tuoi|tue)',
  'heeft (?:gereageerd|geantwoord) op (?:je|jouw|uw)',
  // "New comment on your post", "Nieuwe reactie op je bericht", "Neuer Kommentar zu deinem Beitrag";
  // not a reply to "your message": a company's automatic reply says that too.
  '(?:comment|reaction) (?:on|to) your (?:post|photo|comment|review|story)',
  'kommentar (?:zu|auf) (?:deinem|deinen|ihrem|ihren) (?:beitrag|foto|kommentar)',
  'commentaire (?:sur|a) (?:votre|ton|ta) (?:publication|photo|commentaire)',
  'comentario (?:en|a) (?:tu|su) (?:publicacion|foto|comentario)',
  'comentario (?:na|no|a|ao) (?:sua|seu|tua|teu) (?:publicacao|foto|comentario)',
  'commento (?:al|alla|sul|sulla) (?:tuo|tua) (?:post|foto|commento)',
  'reactie op (?:je|jouw) (?:bericht|post|foto|reactie)',
  // Someone posted in a group the reader is in: "Bram plaatste een bericht", "Lea posted a photo".
  '(?<!(?:we|i|you|be|been|was|were|is|are|get|gets|got|being) )posted (?:a|an|in)|(?<!(?:ik|wij|je|u) )plaatste (?:een|in)|(?<!(?:nous|vous|je) )a publie (?:un|une|dans)',
  '(?<!(?:ich|wir|du|sie) )hat (?:einen|ein|eine|in) [^.!?\\n]{0,30}(?:gepostet|veroffentlicht)',
  'ha publicado (?:un|una|en)|publicou (?:um|uma|no|na)|ha pubblicato (?:un|una|nel|nella)',
].join('|')

/**
 * Someone wrote through the reader's own website: the site owner's notice of a form filled in
 * ("New message from your website", "Noor wrote through the contact form on …", "Nouveau
 * message depuis votre site", "Noor escreveu no formulário"). A form's copy to its submitter
 * says "you wrote" and "our form".
 */
const OWN_SITE = [
  '(?:message|submission|enquiry|inquiry|entry) (?:from|via|through|on) your (?:website|site|web ?shop|shop|store|contact form)',
  '(?<!(?:you|we|i) )wrote (?:through|via|using|on) the (?:contact )?form',
  'neue (?:nachricht|anfrage) (?:uber|von|auf) (?:deiner|ihrer) (?:website|webseite|seite|shop)',
  'nouveau message (?:depuis|sur|de) votre (?:site|boutique)|(?<!vous )a ecrit via le formulaire',
  'nuevo mensaje (?:desde|de|en) tu (?:sitio|web|tienda)|(?<!usted )escribio (?:a traves del|en el|por el|desde el) formulario',
  'nova mensagem (?:do|no|pelo) (?:seu|teu) (?:site|sitio|loja)|(?<!voce )escreveu (?:no|pelo|atraves do) formulario',
  'nuovo messaggio (?:dal|sul) tuo (?:sito|negozio)|ha scritto (?:tramite il|dal|nel) modulo',
  'nieuw bericht (?:via|van|op) (?:je|jouw|uw) (?:website|site|webshop|winkel)|schreef via het (?:contact)?formulier',
].join('|')

export const SOMEONE_TO_YOU = new RegExp(
  `(?<![a-z])(?:${[EN, DE, FR, ES, PT, IT, NL, TAGGED, ANSWERED, OWN_SITE].join('|')})(?![a-z])`,
  'u',
)

/** A person's name: capitalised words, with the particles of names between ("Ruud van Kamps"). */
const WORD = "\\p{Lu}[\\p{Ll}'-]+"
const NAME = `${WORD}(?: (?:(?:van|von|de|der|den|da|di|del|dos|du|le|la|ter|ten) ){0,2}${WORD})`
/**
 * A first name after a title or a role, as a class app or a club writes a teacher or a coach: "La
 * profe Ana", "Il maestro Luca", "De juf Anouk". A list of roles, not any words: "You wrote to
 * Acme" is a form's copy to its submitter.
 */
const TITLED = `(?:(?:la|le|il|el|de|der|die|the|a|o|mrs?|ms|frau|herr|sig\\.?|sra?\\.?) )?(?:profe|prof|professeur|professeure|professora|professor|profesora|profesor|maestra|maestro|juf|meester|teacher|lehrerin|lehrer|coach|trainer|trainerin|dr|dra|doctor|doctora|docteur|mevrouw|meneer) ${WORD}`
/** Their words in quotes, after a colon. */
const QUOTED = ' ?: ?[«"“„‚‘] ?[^\\n"«»“”„]{1,200}[»"”“‘’]'

/**
 * A person's message quoted under their name, the name the subject gives too: a messaging site's
 * notice ("New message from Ruud Kamps" over `Ruud Kamps: "are you coming on Saturday?"`, "Neue
 * Nachricht von Lotte Wijn" over `Lotte Wijn: „Kommst du am Samstag?“`). A form's copy lists its
 * fields ("Name: … Message: …") and an acknowledgement quotes a title, never a named person's words.
 */
const QUOTED_UNDER_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME}{0,2})${QUOTED}`, 'gu')

/** How far into the opening the quoted message may start: a preheader or a logo's name before it. */
const QUOTE_WITHIN = 160

/**
 * Under a subject that announces a new message ("Nieuw bericht van groep 6", "New message about
 * your listing"), a named person's words after a colon, the thing they write about between:
 * `Juf Anouk: "Donderdag gymspullen meenemen."`, `Sam Whitfield asked about "Oak bookcase": "Is
 * it still available?"`. The subject needs not name them: a class or a listing speaks for them.
 */
const NAMED_THEN_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NAME}{1,2}(?: [^\\n.!?:]{1,60}?)?|${TITLED})${QUOTED}`,
  'u',
)

/**
 * Under a subject that only announces a person's message ("Nouveau message de Yanis Haddad",
 * "Nova mensagem de Mariana Teles"), an opening that is their words in quotes and nothing before.
 * A wrapped subject ("Acme: new message from …") is a form's copy, whose name was typed in.
 */
const OPENS_WITH_QUOTE = /^\s*[«"“„] ?[^\n"«»“”„]{1,200}[»"”“]/u
/** A subject that is the site's own announcement of a person's message, and nothing else. */
const MESSAGE_FROM =
  /^\s*(?:new message|nouveau message|nuevo mensaje|nova mensagem|nuovo messaggio|neue nachricht|nieuw bericht) (?:from|de|del|da|di|von|van) /u
const ONLY_NAME = new RegExp(`^${NAME}\\s*$`, 'u')
/** Words that make a name a desk's, not a person's: "Acme Support", "Kunden Service". */
const DESK_WORDS =
  /(?<![\p{L}])(?:support|team|service|services|customer|help|desk|care|info|admin|contact|kundenservice|equipe|equipo|equipa|servizio|klantenservice)(?![\p{L}])/iu

function namesPerson(subject: string): boolean {
  const announced = MESSAGE_FROM.exec(subject.toLowerCase())
  if (!announced) return false
  const name = ONLY_NAME.exec(subject.slice(announced[0].length))?.[0]
  return name !== undefined && !DESK_WORDS.test(name)
}

/**
 * `incoming`: the subject announces a new message (lexicon.ts "incoming"); then the person's name
 * needs not stand in the subject too.
 */
export function quotesSomeone(subject: string, opening: string, incoming = false): boolean {
  const head = opening.slice(0, QUOTE_WITHIN + 220)
  if (incoming) {
    const named = NAMED_THEN_WORDS.exec(head)
    if (named && named.index <= QUOTE_WITHIN) return true
    if (OPENS_WITH_QUOTE.test(head) && namesPerson(subject)) return true
  }
  for (const match of head.matchAll(QUOTED_UNDER_NAME)) {
    if (match.index > QUOTE_WITHIN) return false
    const name = match[1]!
    if (name.includes(' ') && subject.includes(name)) return true
  }
  return false
}
