// A copy of a submitted web form: its fields listed back, each label followed by a colon ("Name:
// … E-mail: … Subject: … Message: …"), in en, de, fr, es, pt, it and nl. It is what a contact
// form sends to whatever address was typed into it. An order lists a name, an address and a phone
// too, so the typed message must be among the fields, and text that names an order, a booking or
// a payment is none (a florist's "Card message:"; evidence.ts); a forwarded mail's headers (From,
// Sent, Subject) name one field at most.

const FIELDS: readonly (readonly string[])[] = [
  ['name', 'naam', 'nom', 'nombre', 'nome', 'vorname', 'nachname', 'prenom', 'your name'],
  ['e-mail', 'email', 'e mail', 'correo', 'courriel', 'e-mailadres', 'emailadres', 'your email'],
  [
    'subject',
    'betreff',
    'sujet',
    'objet',
    'asunto',
    'assunto',
    'oggetto',
    'onderwerp',
    'argomento',
    'motivo',
    'topic',
    'thema',
    'anliegen',
  ],
  ['phone', 'telefon', 'telephone', 'telefono', 'telefone', 'telefoon'],
]

/**
 * The typed message's label: a form copy always carries it. Not "comments", which a booking's
 * special requests are titled too.
 */
const MESSAGE = [
  'message',
  'your message',
  'nachricht',
  'ihre nachricht',
  'mensaje',
  'mensagem',
  'messaggio',
  'bericht',
]

const labelled = (labels: readonly string[]) =>
  new RegExp(`(?<![a-z])(?<!(?:card|gift|greeting) )(?:${labels.join('|')})\\s{0,2}:`, 'u')

const FIELD_PATTERNS = FIELDS.map(labelled)
const MESSAGE_PATTERN = labelled(MESSAGE)

/** Fields besides the message a copy lists at least. */
const OTHER_FIELDS = 2

/** `folded`: lower case without diacritics (lexicon.ts foldForLexicon). */
export function isFormCopy(folded: string): boolean {
  if (!MESSAGE_PATTERN.test(folded)) return false
  let found = 0
  for (const pattern of FIELD_PATTERNS)
    if (pattern.test(folded) && ++found >= OTHER_FIELDS) return true
  return false
}
