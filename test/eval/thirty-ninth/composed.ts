// Composed wordings: a company's mail put together from blocks (a greeting, a title sentence per
// step, an action line and a closing per language), as in-house template systems assemble them.
// Each company keeps one subject pattern and one greeting for the whole wave.
import type { Lang } from '../types.ts'
import { LANGUAGES } from '../types.ts'
import type { Step } from './flows.ts'

const L = (list: readonly string[]): Record<Lang, string> =>
  Object.fromEntries(LANGUAGES.map((lang, i) => [lang, list[i]!])) as Record<Lang, string>

const TITLE: Record<Step, Record<Lang, string>> = {
  verify: L([
    'Activate your account',
    'Konto aktivieren',
    'Activez votre compte',
    'Activa tu cuenta',
    'Ative sua conta',
    'Attiva il tuo account',
    'Activeer je account',
  ]),
  welcome: L([
    'Your account is ready',
    'Dein Zugang ist eingerichtet',
    'Votre espace est prêt',
    'Tu cuenta está lista',
    'Sua conta está pronta',
    'Il tuo profilo è pronto',
    'Je account is klaar',
  ]),
  reminder: L([
    'One step left',
    'Nur noch ein Schritt',
    'Plus qu’une étape',
    'Solo falta un paso',
    'Falta só um passo',
    'Manca un solo passaggio',
    'Nog één stap',
  ]),
  deleted: L([
    'Registration cancelled',
    'Registrierung verfallen',
    'Inscription annulée',
    'Registro cancelado',
    'Cadastro cancelado',
    'Registrazione annullata',
    'Registratie vervallen',
  ]),
  series1: L([
    'Day 1: set up your space',
    'Tag 1: richte dich ein',
    'Jour 1 : installez-vous',
    'Día 1: configura tu espacio',
    'Dia 1: configure seu espaço',
    'Giorno 1: configura il tuo spazio',
    'Dag 1: richt je omgeving in',
  ]),
  series3: L([
    'Day 3: ideas for your week',
    'Tag 3: Ideen für deine Woche',
    'Jour 3 : des idées pour la semaine',
    'Día 3: ideas para tu semana',
    'Dia 3: ideias para sua semana',
    'Giorno 3: idee per la settimana',
    'Dag 3: ideeën voor je week',
  ]),
  optin: L([
    'Please confirm your sign-up',
    'Anmeldung bestätigen',
    'Validez votre abonnement',
    'Valida tu alta',
    'Valide sua assinatura',
    'Convalida la tua iscrizione',
    'Aanmelding bevestigen',
  ]),
  'optin-welcome': L([
    'Thanks for subscribing',
    'Danke für dein Abo',
    'Merci pour votre abonnement',
    'Gracias por suscribirte',
    'Obrigado por assinar',
    'Grazie per l’iscrizione',
    'Bedankt voor je inschrijving',
  ]),
  code: L([
    'Your one-time code',
    'Dein Einmalcode',
    'Votre code à usage unique',
    'Tu código de un solo uso',
    'Seu código único',
    'Il tuo codice monouso',
    'Je eenmalige code',
  ]),
  magic: L([
    'Finish signing up',
    'Registrierung abschließen',
    'Finalisez votre inscription',
    'Completa tu registro',
    'Conclua seu cadastro',
    'Completa la registrazione',
    'Rond je aanmelding af',
  ]),
  ack: L([
    'We got your message',
    'Nachricht eingegangen',
    'Message bien reçu',
    'Mensaje recibido',
    'Mensagem recebida',
    'Messaggio ricevuto',
    'Bericht ontvangen',
  ]),
  reset: L([
    'Password change requested',
    'Neues Passwort angefordert',
    'Changement de mot de passe demandé',
    'Cambio de contraseña solicitado',
    'Troca de senha solicitada',
    'Cambio password richiesto',
    'Nieuw wachtwoord aangevraagd',
  ]),
}

const GREET = L([
  'Hello {name},|Dear {name},',
  'Hallo {name},|Guten Tag {name},',
  'Bonjour {name},|Cher/Chère {name},',
  'Hola, {name}:|Estimado/a {name}:',
  'Olá, {name}!|Prezado(a) {name},',
  'Gentile {name},|Salve {name},',
  'Beste {name},|Hallo {name},',
])
const ACTION = L([
  'Continue here: {link}',
  'Weiter geht es hier: {link}',
  'Pour continuer : {link}',
  'Continúa aquí: {link}',
  'Continue aqui: {link}',
  'Prosegui qui: {link}',
  'Ga hier verder: {link}',
])
const CODE = L([
  'Code: {code}',
  'Code: {code}',
  'Code : {code}',
  'Código: {code}',
  'Código: {code}',
  'Codice: {code}',
  'Code: {code}',
])
const TICKET = L([
  'Reference: {ref}\nYou wrote: {message}',
  'Vorgangsnummer: {ref}\nSie schrieben: {message}',
  'Référence : {ref}\nVous avez écrit : {message}',
  'Referencia: {ref}\nNos escribiste: {message}',
  'Protocolo: {ref}\nVocê escreveu: {message}',
  'Riferimento: {ref}\nHai scritto: {message}',
  'Kenmerk: {ref}\nJe schreef: {message}',
])
const CLOSE = L([
  'Kind regards,\n{company}',
  'Viele Grüße\n{company}',
  'Cordialement,\n{company}',
  'Saludos,\n{company}',
  'Atenciosamente,\n{company}',
  'Cordiali saluti,\n{company}',
  'Met vriendelijke groet,\n{company}',
])

function middle(step: Step, lang: Lang): string {
  if (step === 'code') return CODE[lang]
  if (step === 'ack') return TICKET[lang]
  if (step === 'deleted') return ''
  return ACTION[lang]
}

/** The composed text ("subject\nbody") of one step; `pattern` is the company's fixed choice. */
export function composed(step: Step, lang: Lang, pattern: number): string {
  const title = TITLE[step][lang]
  const subjects = [title, `{company}: ${title}`, `${title} | {company}`]
  const greeting = GREET[lang].split('|')[pattern % 2]!
  const subject =
    step === 'ack' && pattern % 3 !== 0 ? `${title}: {message}` : subjects[pattern % 3]!
  const body = [greeting, `${title}.`, middle(step, lang), CLOSE[lang]].filter(Boolean)
  return `${subject}\n${body.join('\n')}`
}
