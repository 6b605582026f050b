// Hand-written in-house wave wordings (helpdesk and verification): each a company's own words,
// two per language and family. Slots as in types.ts.
import type { HandText } from './types.ts'
import type { Lang } from '../types.ts'

type Row = [Lang, string, string]
const rows = (list: Row[]): HandText[] =>
  list.map(([lang, subject, body]) => ({ lang, subject, body }))

export const HAND_DESK: readonly HandText[] = rows([
  [
    'en',
    'We got your message: {payload}',
    'Hi {greet}, thanks for reaching out to the {company} care team. Your case number is {ref}. We usually answer within two working days, so no need to write again.',
  ],
  [
    'en',
    '{company} | case {ref}',
    'This is a quick note to say your enquiry ("{payload}") is now in our queue. Reply to this email to add anything. — {company} Customer Care',
  ],
  [
    'de',
    'Ihre Anfrage bei {company} ({ref})',
    'Guten Tag {greet}, Ihre Nachricht „{payload}“ ist bei uns eingegangen. Wir melden uns in der Regel innerhalb von 48 Stunden. Ihr Kundenservice von {company}',
  ],
  [
    'de',
    'Eingangsbestätigung – {payload}',
    'Hallo {greet}! Danke dir. Wir haben dein Anliegen unter der Nummer {ref} gespeichert und kümmern uns bald darum. Liebe Grüße vom {company}-Team',
  ],
  [
    'fr',
    'Votre demande a bien été reçue [{ref}]',
    'Bonjour {greet}, nous accusons réception de votre message « {payload} ». Un conseiller {company} vous répondra sous 72 h ouvrées. Merci de ne pas créer de nouvelle demande.',
  ],
  [
    'fr',
    '{company} – on s’occupe de « {payload} »',
    'Salut {greet} ! Ton message est arrivé chez nous (dossier {ref}). On revient vers toi très vite. L’équipe {company}',
  ],
  [
    'es',
    'Hemos recibido tu consulta #{ref}',
    'Hola {greet}, gracias por escribir a {company}. Tu consulta «{payload}» ya está registrada y te responderemos en un plazo de 24 a 48 horas.',
  ],
  [
    'es',
    'Re: {payload}',
    'Estimado/a {greet}: le confirmamos la recepción de su solicitud con número de referencia {ref}. Atención al Cliente de {company}',
  ],
  [
    'pt',
    'Recebemos o seu pedido ({ref})',
    'Olá {greet}, obrigado por falar com a {company}. O seu pedido "{payload}" foi registado e responderemos dentro de dois dias úteis.',
  ],
  [
    'pt',
    '{payload} — protocolo {ref}',
    'Oi {greet}! Sua mensagem chegou à equipe {company}. Guarde o número do protocolo {ref} para acompanhar o atendimento.',
  ],
  [
    'it',
    'Abbiamo ricevuto la tua richiesta [{ref}]',
    'Ciao {greet}, grazie per aver scritto a {company}. La tua segnalazione "{payload}" è in lavorazione: ti risponderemo entro 48 ore.',
  ],
  [
    'it',
    'Conferma di ricezione: {payload}',
    'Gentile {greet}, la sua richiesta è stata registrata con il numero {ref}. Il Servizio Clienti {company} la contatterà a breve.',
  ],
  [
    'nl',
    'We hebben je vraag ontvangen ({ref})',
    'Hoi {greet}, bedankt voor je bericht aan {company}. We hebben "{payload}" genoteerd en reageren binnen twee werkdagen.',
  ],
  [
    'nl',
    'Ontvangstbevestiging {ref}: {payload}',
    'Beste {greet}, uw aanvraag is bij ons binnengekomen en heeft nummer {ref}. Met vriendelijke groet, klantenservice {company}',
  ],
])

export const HAND_VERIFY: readonly HandText[] = rows([
  [
    'en',
    'One more step, {greet}',
    'Welcome to {company}! Tap the link to activate your account: {link} The link works for 24 hours.',
  ],
  [
    'en',
    'Activate your {company} account',
    'Hello {greet}, please confirm this address so we know it is really you. Activate now: {link} Didn’t sign up? Ignore this message.',
  ],
  [
    'de',
    'Konto aktivieren',
    'Hallo {greet}, willkommen bei {company}! Bitte aktiviere dein Konto über diesen Link: {link} Der Link ist 48 Stunden gültig.',
  ],
  [
    'de',
    'Bitte bestätigen Sie Ihre Registrierung bei {company}',
    'Sehr geehrte/r {greet}, zur Freischaltung Ihres Kundenkontos klicken Sie bitte hier: {link} Falls Sie sich nicht registriert haben, müssen Sie nichts tun.',
  ],
  [
    'fr',
    'Activez votre compte {company}',
    'Bonjour {greet}, bienvenue ! Pour activer votre compte, cliquez ici : {link} Ce lien expire dans 24 heures.',
  ],
  [
    'fr',
    'Vérifiez votre adresse e-mail',
    '{greet}, il ne reste qu’une étape pour rejoindre {company} : confirmez votre adresse via {link}',
  ],
  [
    'es',
    'Activa tu cuenta en {company}',
    '¡Hola {greet}! Gracias por registrarte. Activa tu cuenta pulsando aquí: {link}',
  ],
  [
    'es',
    'Verifica tu correo electrónico',
    'Hola {greet}, para completar tu registro en {company} necesitamos verificar tu correo: {link} Si no fuiste tú, ignora este mensaje.',
  ],
  [
    'pt',
    'Ative a sua conta {company}',
    'Olá {greet}, bem-vindo! Para ativar a sua conta, clique aqui: {link}',
  ],
  [
    'pt',
    'Confirme seu cadastro',
    'Oi {greet}! Falta pouco para usar a {company}. Confirme seu e-mail neste link: {link} O link vale por 24 horas.',
  ],
  [
    'it',
    'Attiva il tuo account {company}',
    'Ciao {greet}, benvenuto! Per attivare l’account clicca qui: {link}',
  ],
  [
    'it',
    'Verifica il tuo indirizzo e-mail',
    'Gentile {greet}, per completare la registrazione a {company} confermi il suo indirizzo: {link}',
  ],
  [
    'nl',
    'Activeer je account bij {company}',
    'Hoi {greet}, welkom! Activeer je account via deze link: {link} De link is 24 uur geldig.',
  ],
  [
    'nl',
    'Bevestig je e-mailadres',
    'Beste {greet}, bevestig je registratie bij {company} via {link}. Niet aangemeld? Dan kun je dit bericht negeren.',
  ],
])
