// Changes to an account that only its owner (or whoever took it over) can make, told by the
// service: the contact or sign-in address or the phone number replaced, a rule forwarding the
// mailbox elsewhere, the two-step settings changed, a passkey added. These are the alerts an
// attacker who takes over an account wants buried under a flood (docs/DESIGN.md, important mail),
// in en, de, fr, es, pt, it and nl, on folded text. Only where a sentence says the change was
// made: not one that asks to confirm or verify it ("Verify your forwarding address"), welcomes,
// asks a question, denies it ("has not been changed"), puts it ahead ("will be changed"), speaks
// of the mail itself (preferences, a newsletter) or of the company's own address ("Our phone
// number has changed"). No form anyone may fill in makes such a notice.
import { GREETING_WORDS } from '../indicators/greeted-title.ts'

/** Two-step sign-in named in the seven languages. */
export const TWO_FACTOR =
  '(?:two-factor|two factor|2-step|two-step|2fa|zwei-faktor|zwei faktoren|2-faktor|double authentification|deux facteurs|deux etapes|zwei schritte|zweistufig|dos pasos|dos factores|doble factor|duas etapas|dois passos|dois fatores|dois factores|due fattori|due passaggi|doppia autenticazione|tweestaps|twee stappen|twee-factor|tweefactor|twee factoren)'

/** Where the account reaches its owner or signs in: "contact details", "Anmelde-E-Mail". */
const CONTACT =
  '(?:contact (?:details|information|info)|(?:(?:login|sign-?in|account|recovery|primary) )?(?:e-?mail|email)(?: address)?|(?:phone|mobile) number|kontaktdaten|(?:anmelde-|konto-)?e-?mail-adresse|anmelde-e-?mail|(?:telefon|handy|mobil)nummer|coordonnees|adresse (?:e-?mail|electronique|de courriel)|numero de (?:telephone|portable|mobile)|datos de contacto|correo electronico|numero de (?:telefono|movil|celular)|dados de conta(?:c)?to|endereco de e-?mail|numero de (?:telemovel|telefone)|dati di contatto|indirizzo e-?mail|numero di (?:telefono|cellulare)|contactgegevens|e-?mailadres|telefoonnummer|mobiele nummer)'

/** Said to be done: "changed", "wurde geändert", "ont été modifiées", a whole word. */
const DONE =
  '(?<![a-z])(?:changed|updated|replaced|geandert|aktualisiert|ersetzt|modifiee?s?|remplacee?s?|cambiad[ao]s?|actualizad[ao]s?|sustituid[ao]s?|alterad[ao]s?|atualizad[ao]s?|substituid[ao]s?|modificat[aeio]|cambiat[aeio]|aggiornat[aeio]|sostituit[aeio]|gewijzigd|bijgewerkt|vervangen)(?![a-z])'

const POSSESSIVE =
  '(?:your|ihre?|deine?|vos|votre|tus?|sus?|os seus|as suas|seus?|suas?|i tuoi|il tuo|je|uw)'

/** A change named first: "Cambios en la verificación en dos pasos", "Änderung der 2FA". */
const CHANGE_NOUN =
  '(?:changes? to|cambios? en|anderungen? (?:an|der|ihrer|deiner)|modifications? (?:de|du|des)|alteracao|alteracoes|mudancas? (?:na|no|em)|modifiche (?:alla|alle|della)|wijzigingen? (?:in|van|aan))'

/** A rule sending the mailbox's mail elsewhere. */
const FORWARDING =
  '(?:forwarding (?:rule|address)|mail forwarding|weiterleitungs(?:regel|adresse)|weiterleitung (?:eingerichtet|aktiviert|hinzugefugt)|regle de transfert|transfert automatique|regla de reenvio|reenvio automatico|regra de (?:reencaminhamento|encaminhamento)|(?:reencaminhamento|encaminhamento) automatico|regola di inoltro|inoltro automatico|doorstuurregel|doorstuuradres|automatisch doorsturen)'

/** A passkey or security key added. */
const PASSKEY =
  '(?:passkey|security key|sicherheitsschlussel|cle de securite|clave de seguridad|chave de seguranca|chiave di sicurezza|beveiligingssleutel)[^.\\n]{0,30}(?:added|hinzugefugt|ajoutee?|anadid[ao]|adicionad[ao]|aggiunt[ao]|toegevoegd)'

const CHANGE = new RegExp(
  `(?<![a-z0-9])(?:${CONTACT}[^.\\n]{0,40}?${DONE}|${DONE} (?:${POSSESSIVE} )?${CONTACT}|${FORWARDING}|${CHANGE_NOUN}(?: [a-z]+){0,3} ${TWO_FACTOR}|${PASSKEY})`,
  'u',
)

/** A sentence that asks to confirm, greets or welcomes: account mail anyone's form may send. */
const ASKS =
  /(?<![a-z])(?:verif|confirm(?!(?:ation|acion|acao|azione)?:)|bestatig(?!(?:ung)?:)|bevestig(?!(?:ing)?:)|conferm(?!a:)|valid|welcome|willkommen|bienvenu|bienvenid|bem-vind|benvind|benvenut|welkom|thanks for (?:joining|signing up|registering)|registr)/u

/** Two-step sign-in named by its verification ("verificación en dos pasos"): no request. */
const TWO_STEP_NAME =
  /(?:2-step|two-step|zweistufige?) (?:verification|verifizierung)|(?:verificacion|verificacao|verifica|verification|verificatie|verifizierung|bestatigung) (?:(?:en|em|in|a|della|in der) )?(?:dos pasos|duas etapas|dois passos|due passaggi|twee stappen|deux etapes|zwei schritten|two steps)/gu

/** Denied or still ahead, said before the change: "not", "will be", "being", "sera". */
const NOT_DONE =
  /(?<![a-z])(?:not|never|nicht|nie|niemals|pas|jamais|no (?:se|ha|han|fue|es|esta|foi|e)|nao|non|niet|nooit|being|will|wird|werden|sera|seront|sara|saranno|wordt|worden|to be|once|sobald|zodra)(?![a-z])/u

/** The company's own address: "Our phone number has changed", "Onze contactgegevens". */
const OURS = new RegExp(
  `(?<![a-z])(?:our|unsere?|unser|nos|notre|nuestr[oa]s?|noss[oa]s?|nostr[aeio]|onze) (?:[a-z]+ )?${CONTACT}`,
  'u',
)

/**
 * A greeting that opens a sentence, with what it greets up to the first comma: a name ("Hi Anna,
 * your email address was changed" tells the change after it), or, holding the change itself, a
 * title typed into a form ("Hi Your phone number was changed, thanks for joining").
 */
const GREETED = new RegExp(
  String.raw`^\s*` + GREETING_WORDS + String.raw`(?![a-z])([^,]*)(,?)`,
  'u',
)

/** "Not you?" after the change is a notice's question, not the change asked about. */
const NOT_YOU =
  /(?:not you|wasn.t you|nicht sie|nicht du|pas vous|pas toi|no fuiste tu|no has sido tu|nao foi (?:voce|o senhor)|non sei stato tu|non e stato lei|niet jij|niet u)\s*\?/gu

/** About the mail, not the account: preferences, settings, a newsletter. */
const NOT_ACCOUNT =
  /(?<![a-z])(?:preferen|einstellung|setting|parametre|impostazion|voorkeur|instelling|subscription|abonnement|abonnamento|suscripcion|assinatura|frequen|newsletter)/u

/**
 * The folded text (a subject, a line break, the first lines) says that such a change was made. A
 * subject that asks, welcomes or asks a question is left out whole: it may carry a name typed into
 * a form, periods included ("Welcome to Newco, Bob. Your email address was changed"); the rest is
 * read sentence by sentence.
 */
export function saysAccountChanged(text: string): boolean {
  const [subject = '', ...lines] = text.replace(NOT_YOU, '').split('\n')
  if (asks(subject) || subject.includes('?')) return says(lines.join('\n'))
  return says([subject, ...lines].join('\n'))
}

function says(text: string): boolean {
  for (const whole of text.split(/(?<=[.!?\n])/u)) {
    const sentence = afterGreeting(whole)
    if (sentence === null || sentence.includes('?') || asks(sentence)) continue
    if (NOT_ACCOUNT.test(sentence)) continue
    const found = CHANGE.exec(sentence)
    if (!found) continue
    const before = sentence.slice(0, found.index + found[0].length)
    if (NOT_DONE.test(before) || OURS.test(before)) continue
    return true
  }
  return false
}

/** The sentence after its greeting and greeted name; null when the greeted "name" is a change. */
function afterGreeting(sentence: string): string | null {
  const greeted = GREETED.exec(sentence)
  if (!greeted) return sentence
  if (CHANGE.test(greeted[1]!)) return null
  return greeted[2] ? sentence.slice(greeted[0].length) : ''
}

function asks(text: string): boolean {
  return ASKS.test(text.replace(TWO_STEP_NAME, 'two-step'))
}
