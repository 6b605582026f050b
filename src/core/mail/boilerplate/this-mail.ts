// Words that name the mail itself, not the person's message: "this message was sent to",
// "Dies ist eine automatisch erstellte Nachricht", "Ce message automatique", "Questo messaggio
// è stato generato automaticamente", and a video or phone call ("Join with video call"), which
// no service desk logs. Mailing tools put such lines in every footer and invitation; read as the
// person's request they make "an automated message was created" an acknowledgement. Nor is
// somebody's message to the person a request: "die Nachricht der Klassenleitung", "a mensagem da
// professora", "het bericht van de juf", "a message from Sam". Nor is a code host's pull or merge
// request ("merged your pull request", "Merge-Request !42"), or a request made of the reader
// ("requested your review"). Nor does "received" say a request arrived when it names this mail
// in a footer ("You are receiving this email because …") or money ("You've received £20").

/** Before a message word: a demonstrative, or the mail's being automated. */
const BEFORE =
  /(?:^|[^a-z])(?:this|that|ce|cet|cette|diese|dieser|dieses|dies ist eine|este|esta|esse|essa|questo|questa|dit|deze|automated|automatic|automatically generated|automatically sent|automatisch erstellte|automatisch generierte|automatisch versendete|automatische|automatisch gegenereerd|automatisch verzonden|automatisch) ?$/u

/**
 * After a message word: an automated mail's adjective, as the Romance languages place it, also cut
 * short where a mail's opening ends ("Ceci est un message automati").
 */
const AFTER =
  /^ ?(?:automati|genere automatiquement|envoye automatiquement|generado automaticamente|enviado automaticamente|gerado automaticamente|generato automaticamente|inviato automaticamente)/u

/**
 * After a message word: whose it is ("der Klassenleitung", "da professora", "van de juf", "from
 * Sam"). A date or a form there is the person's message sent that day or that way: "Ihre
 * Nachricht vom 12.11.", "su mensaje del 3 de mayo", "your message from the contact form".
 */
const SOMEONES =
  /^ (?:from|of|der|des|von|vom|de la|du|de|da|do|das|dos|del|della|dello|dei|di|dal|dalla|van)(?: de| het| la| le| el| il| lo| the)? (?![0-9]|(?:the|de|het|la|le|el|il|lo) |(?:contact|kontakt|form|web|site|app|online|our|unser|notre|nuestr|nostr|nosso|nossa|ons|onze)[a-z]*)[a-z]/u

/** Before "request": a code host's change proposed for review, no request made of a company. */
const CODE_HOST_BEFORE = /(?:^|[^a-z])(?:pull|merge) $/u

/**
 * After "consulta": a date, a time, a doctor or a clinic (a number alone is a ticket's). A
 * "consulta" with a day or a doctor is an appointment ("a sua consulta a 10 de dezembro às
 * 13:45", "su consulta con la Dra. Gil"); without one it stays an inquiry ("Su consulta ha sido
 * recibida").
 */
const APPOINTMENT_AFTER =
  /^(?: [a-z]+){0,3} (?:\d{1,2}(?:[:h]\d{2}|[./]\d{1,2}|(?: de)? [a-z]{3})|(?:com|con) (?:o |a |la |el )?(?:dr|dra|doutor|doutora|doctor|doctora)(?![a-z])|(?:na|no|en|em) (?:clinica|consultorio|centro de saude|centro de salud|hospital)(?![a-z]))/u

/** Stems of filling in: "rempli", "ausgefüllt", "preenchido", "compilato", "ingevuld". */
const FILLING = /^(?:filling|ausf|ausg|rempli|rellen|preench|compil|invul|ingevul)/u
/** After a word of filling in: a level, not a form ("Votre espace est rempli à 95 %"). */
const FILL_LEVEL_AFTER = /^ (?:a |au |al |zu |para |per |op |to )?\d{1,3}(?:[.,]\d)? ?%/u

/** After "request": a request made of the reader ("Owen requested your review"). */
const OF_YOU_AFTER = /^ (?:your|you to)(?![a-z])/u

/** After "received": this mail, and why the reader gets it: a footer. */
const THIS_MAIL_BECAUSE =
  /^ (?:this|these|diese[nms]?|cet|cette|ce|este|esta|esse|essa|questa|questo|deze|dit)(?: [a-z]+){0,2},? (?:because|since|as|weil|da|car|parce|porque|pois|perche|poiche|omdat|want)(?![a-z])/u

/**
 * After "received" or "logged": an amount of money or a count of things ("You've received £20",
 * "you logged 214 workouts"), not a message.
 */
const AMOUNT_AFTER = /^ (?:[£$€¥]|r\$ ?\d|\d)/u

/** Before "call": a call made, not a call logged. */
const CALL_BEFORE = /(?:video|phone|conference|voice|zoom|teams|missed|sales) $/u
/** After "call": the verb, an invitation to phone ("Running late? Call us"). */
const CALL_AFTER = /^ (?:us|me|you|them|now|back)(?![a-z])/u

/** The reader's own message: "your message from Monday", "Ihre Nachricht von gestern". */
const POSSESSIVE_BEFORE =
  /(?:^|[^a-z])(?:your|ihre|ihr|deine|dein|votre|ton|ta|tu|su|sua|seu|tuo|tua|je|jouw|uw) $/u

/** Words of the request concept that may name the mail itself. */
const MESSAGE_WORDS = /^(?:message|nachricht|mensaje|mensagem|messaggio|bericht|mail)/u

/** Beside a word of making or sending: it was done automatically, to this mail. */
const AUTOMATICALLY_BEFORE = /(?:automatically|automatisch|automatiquement) $/u
/** A shop's new stock: "Neu eingetroffen: Laufschuhe". */
const NEW_STOCK_BEFORE = /(?:^|[^a-z])(?:neu|frisch) $/u
const AUTOMATICALLY_AFTER = /^ (?:automati|automatisch)/u

/**
 * The request-concept word at `at` (`stem` long) in lexicon text names this mail, somebody's
 * message to the person, a call made or to make, a code host's pull request, a request made of
 * the reader, an appointment or a storage filled to a level, not something the person sent; or
 * the received-concept word says this mail was made automatically ("wurde automatisch erstellt",
 * "created automatically"), names this mail in a footer or an amount, or a shop's stock arrived
 * ("Neu eingetroffen").
 */
export function namesThisMail(text: string, at: number, stem: string, received: boolean): boolean {
  // Read once: every pattern below is anchored at the word's start or end.
  const before = text.slice(Math.max(0, at - 32), at)
  const after = wordsAfter(text, at, stem)
  return received ? receivedNamesOther(before, after, stem) : requestNamesOther(before, after, stem)
}

function receivedNamesOther(before: string, after: string, stem: string): boolean {
  return (
    THIS_MAIL_BECAUSE.test(after) ||
    AMOUNT_AFTER.test(after) ||
    AUTOMATICALLY_BEFORE.test(before) ||
    (stem === 'eingetroffen' && NEW_STOCK_BEFORE.test(before)) ||
    AUTOMATICALLY_AFTER.test(after)
  )
}

function requestNamesOther(before: string, after: string, stem: string): boolean {
  if (stem === 'call') return CALL_BEFORE.test(before) || CALL_AFTER.test(after)
  if (FILLING.test(stem) && FILL_LEVEL_AFTER.test(after)) return true
  if (stem.startsWith('consulta')) return APPOINTMENT_AFTER.test(after)
  if (stem.startsWith('request') && (CODE_HOST_BEFORE.test(before) || OF_YOU_AFTER.test(after)))
    return true
  if (!MESSAGE_WORDS.test(stem)) return false
  if (BEFORE.test(before) || AFTER.test(after)) return true
  return !POSSESSIVE_BEFORE.test(before) && SOMEONES.test(after)
}

/** What follows the word the stem begins: the stem's word ending skipped. */
function wordsAfter(text: string, at: number, stem: string): string {
  return text.slice(at + stem.length, at + stem.length + 30).replace(/^[a-z]*/u, '')
}
