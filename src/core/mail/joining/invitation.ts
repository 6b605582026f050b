// A call to act later, as invitations, courses, clubs and portals word it: "Register for the run
// by Friday", "Melde dich bis Freitag für den Kurs an", "¡Regístrate ya!", "Iscriviti entro il 15",
// "Log in to Rindlesk to see the new photos", "Connectez-vous à l'espace parents pour lire le
// message", to the end of its sentence. The words a confirmation shares with it (a registration,
// a sign-in, a message, a club's code) say nothing of one there. Read on folded text (lexicon.ts foldForLexicon).

import { spansOf } from '../text.ts'

const ACT_LATER =
  '(?:register|sign up|enrol|enroll)(?: now| today)? (?:for|by|before|until|at)|(?:register|sign up) (?:now|today)|(?:log|sign) in to [^.!?\\n]{1,40}? to (?:see|view|read|check|find|watch|join)|jetzt anmelden|anmelden:|melde dich [^.!?\\n]{0,60}?an(?![a-z])|melden sie sich [^.!?\\n]{0,60}?an(?![a-z])|registriere dich|inscrivez-vous|inscris-toi|connectez-vous a [^.!?\\n]{1,40}? pour|registrate|inscribete|apuntate|inscreva-se|inscreve-te|registe-se|cadastre-se|iscriviti|registrati (?:entro|ora|subito|per)|accedi a [^.!?\\n]{1,40}? per|meld je (?:nu |snel )?aan|schrijf je (?:nu )?in'

/**
 * A call to log in and read what waits there: "Log in to read the message from Ms Hart", "Melden
 * Sie sich an, um die Nachricht zu lesen", "Connectez-vous au portail pour le lire", "Accede al
 * portal para leerlo", "Inicie sessão na escola para ler", "Accedi all'app per leggere", "Log in
 * bij de app om het bericht te lezen". A portal's notice: the message stays in the portal.
 */
const TO_READ_WORDS =
  "(?:log|sign) in (?:to [^.!?\\n]{1,40}? )?to (?:read|see|view)|(?:melden sie sich|melde dich|loggen sie sich|logge dich) [^.!?\\n]{0,60}?(?:an|ein),? um [^.!?\\n]{0,60}?(?:zu lesen|anzusehen|zu sehen)|connectez-vous (?:a|au|aux|a la) [^.!?\\n]{1,40}? pour (?:le |la |les )?(?:lire|voir|consulter)|(?:accede|ingresa|entra) (?:a|al|en) [^.!?\\n]{1,40}? para (?:leer|ver)|(?:inicie|inicia|faca|faz) (?:sessao|sesion|login) (?:na|no|em|en) [^.!?\\n]{1,40}? para (?:ler|leer|ver)|(?:entre|acesse) (?:na|no|em) [^.!?\\n]{1,40}? para (?:ler|ver)|accedi (?:a|al|all'|alla) ?[^.!?\\n]{1,40}? per (?:leggere|vedere)|log (?:in|je in) (?:op|bij) [^.!?\\n]{1,40}? om [^.!?\\n]{0,40}?te (?:lezen|bekijken|zien)"

const INVITE = new RegExp(`(?<![a-z])(?:${ACT_LATER}|${TO_READ_WORDS})[^.!?\\n]*`, 'gu')
const TO_READ = new RegExp(`(?<![a-z])(?:${TO_READ_WORDS})`, 'u')

/** The spans of the text that invite to act later, a call to log in and read among them. */
export function invitationSpans(folded: string): [number, number][] {
  return spansOf(INVITE, folded)
}

export function invitesToRead(folded: string): boolean {
  return TO_READ.test(folded)
}
