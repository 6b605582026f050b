// Access mail: a sign-in code, a sign-in link or a password reset, the mail a person asks for
// whenever they sign in somewhere (wave/access-mail.ts keeps it out of waves of other mail). A
// code that verifies an address, activates or creates an account ("Your verification code",
// "Enter 481223 on the sign-up page to finish creating your account") is a new account's
// verification instead: what a wave of sign-ups brings. Where the words say both, the mail is
// read as verification, which joins waves as before.
import type { Evidence } from '../evidence.ts'
import { foldForLexicon } from '../lexicon/lexicon.ts'

/**
 * Words of verifying, confirming, activating, welcoming or subscribing. At a word's start, so a
 * footer's "unsubscribe" says nothing; German and Dutch compounds carry them inside a word too
 * ("Bestätigungscode", "e-mailverificatie"). "Welcome back" greets someone signing in.
 */
const VERIFYING =
  /(?<![a-z])(?:verif|confirm|conferm|activat|activer|activez|activar|ativar|ativacao|attiva|validat|valider|validez|validar|welcome(?! back)|willkommen(?! zuruck)|bienvenu|bem-vind|benvenut|welkom(?! terug)|subscri|suscri|abonne|abonnier|inschrijving|assinatura)|bestatig|bevestig|aktivier|activeer|freischalt|verificat|verifizier/u

/**
 * Words of creating an account, on folded text, in en, de, fr, es, pt, it and nl: sign-up,
 * registration, a new account, an account being created or opened.
 */
const SIGN_UP = new RegExp(
  [
    'sign[- ]?up',
    'signing up',
    'registr',
    'inscri',
    'iscri',
    'cadastr',
    '(?:create|creating|open|opening|new) (?:an |a |your )?account',
    'konto (?:[a-z]+ ){0,2}(?:anleg|anzuleg|erstell|eroffn)',
    'neues konto',
    '(?:creer|creation|ouvrir|nouveau) (?:de |votre |un )?compte',
    '(?:crear|creacion|abrir|nueva) (?:de |tu |su |una )?cuenta',
    '(?:criar|criacao|abrir|nova) (?:de |a sua |sua |tua |uma )?conta',
    '(?:creare|creazione|aprire|nuovo) (?:di |il tuo |il suo |un )?account',
    'account (?:aan ?te maken|aanmaken|openen)',
    'nieuw account',
  ].join('|'),
  'u',
)

/** How much of the body's start is read for sign-up words. */
const OPENING_CHARS = 300

/**
 * The subject asks for access, and no word around it creates an account. The subject, as such
 * mail names its purpose there ("Your sign-in code", "Reset your password"): a code in the body
 * under another subject may be a ticket's number ("Codice: 786120") in words nobody taught.
 */
export function isAccessMail(
  evidence: Pick<Evidence, 'confirmation' | 'subjectWording'>,
  subject: string,
  opening: string,
): boolean {
  const { confirmation } = evidence
  if (!evidence.subjectWording) return false
  if (confirmation !== 'password-reset' && confirmation !== 'sign-in-code') return false
  const folded = foldForLexicon(`${subject}\n${opening.slice(0, OPENING_CHARS)}`)
  return !SIGN_UP.test(folded) && !VERIFYING.test(folded)
}
