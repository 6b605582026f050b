// A mail telling that someone, maybe the reader, gave this address to join a list or to sign up
// ("Someone (hopefully you) asked to join the Acme list", "Jemand hat sich mit dieser Adresse
// angemeldet", "Quelqu'un a demandé à recevoir", "Alguien se ha suscrito"), and asking for a yes:
// a double opt-in or an account's verification in the sender's own words, which the lexicon may
// not pair because the list's or the company's name stands between its words. Read on folded
// text (lexicon.ts foldForLexicon).
import type { Confirmation } from './lexicon/lexicon.ts'

/** Who: "someone", with what a company adds in brackets or commas ("hopefully you"). */
const SOMEONE =
  "(?:someone|somebody|jemand|quelqu'un|alguien|alguem|qualcuno|iemand)(?: ?[(,][^()\\n]{1,30}[),])?"

/** Did what: asked to join or receive, signed up, subscribed, registered this address. */
const JOINED =
  "(?:asked|requested|wants|wanted) to (?:join|subscribe|receive|be added|sign up)|signed (?:you |this address |this email |[^\\s@]{1,64}@[^\\s@]{1,255} )?up|subscribed|registered|(?:hat|have) (?:sich )?(?:[^.!?\\n]{0,60} )?(?:angemeldet|registriert|eingetragen)|a demande a (?:recevoir|rejoindre|s'inscrire)|s'est (?:inscrit|abonne)|a inscrit|(?:se )?ha (?:suscrito|registrado|inscrito|apuntado)|(?:se )?apunto|ha solicitado (?:suscribirse|unirse|recibir)|(?:se )?(?:inscreveu|registou|registrou|cadastrou)|pediu para (?:receber|aderir|entrar)|(?:si )?e (?:iscritto|registrato)|ha chiesto di (?:ricevere|iscriversi|unirsi)|heeft (?:zich )?(?:aangemeld|ingeschreven|geregistreerd)|heeft gevraagd om (?:te ontvangen|lid te worden)"

const SIGNED_UP = new RegExp(`(?<![a-z])${SOMEONE} (?:${JOINED})(?![a-z])`, 'u')

/**
 * A yes asked for after it: confirm, verify or activate, or the answer to "was it you?". A click
 * or a tap alone is left out: "Someone subscribed to your channel. Tap to see who."
 */
const YES_ASKED =
  /(?<![a-z])(?:confirm|verif|bestatig|bevestig|conferm|convalid|activat|activer|activez|activar|ativar|attiva|aktivier|activeer|(?:yes|ja|oui|sim)(?![a-z])|si,? (?:he sido|fui|era) yo)/u

/** List words: then the yes joins a list, otherwise it opens an account. */
const LIST =
  /(?<![a-z])(?:list|newsletter|mailing|updates|news|letter|lettre|boletin|bulletin|infolettre|nouvelles|neuigkeiten|noticias|novidades|novita|nieuws|liste|lista|lijst|nieuwsbrief|abonn|suscri|subscri|inscri|iscri)/u

/** An address named: the one someone gave. */
const ADDRESS =
  /(?<![a-z])(?:address|e-?mail|adresse|adres|correo|direccion|endereco|indirizzo|[^\s@]{1,64}@[^\s@]{1,255})/u

/** A sign-in to the reader's account or from a new device: a login alert. */
const SIGNED_IN =
  /(?<![a-z])(?:(?:mit|bei|in|zu) (?:ihrem|deinem) (?:konto|account)|op (?:je|jouw|uw) (?:account|profiel)|(?:to|into|in) your account|neuen gerat|nieuw apparaat|new device|nouvel appareil|nuevo dispositivo|novo dispositivo|nuovo dispositivo)/u

/** The confirmation such a mail asks for, or null. */
export function someoneSignedUp(folded: string): Confirmation | null {
  const found = SIGNED_UP.exec(folded)
  if (!found) return null
  const rest = folded.slice(found.index)
  if (!YES_ASKED.test(rest)) return null
  if (LIST.test(rest.slice(0, 200))) return 'confirm-subscription'
  // "Jemand hat sich … angemeldet", "Iemand heeft zich aangemeld" also tell of a sign-in to the
  // reader's account: a security alert. An address named tells of a sign-up.
  return ADDRESS.test(rest.slice(0, 200)) && !SIGNED_IN.test(rest.slice(0, 200))
    ? 'verify-email'
    : null
}
