// Building blocks written for this set, from which composed.ts puts together a company's own
// wording: greeting, the family's sentence (several everyday words for "request" and
// "received" per language), the next step and a closing. Slots as in the hand-written texts.
import type { Lang } from '../../types.ts'

export type Style = 'ack' | 'check' | 'verify' | 'sub' | 'reset'

export const GREET: Record<Lang, readonly string[]> = {
  en: ['Hi {name},', 'Hello {name},', 'Dear customer,', 'Hey there,'],
  de: ['Hallo {name},', 'Guten Tag {name},', 'Liebe Kundin, lieber Kunde,', 'Hi,'],
  fr: ['Bonjour {name},', 'Chère cliente, cher client,', 'Salut {name} !', 'Madame, Monsieur,'],
  es: ['Hola {name}:', 'Estimado/a cliente:', '¡Hola!', 'Buenos días, {name}:'],
  pt: ['Olá {name},', 'Oi {name}!', 'Caro cliente,', 'Prezado(a) {name},'],
  it: ['Ciao {name},', 'Gentile cliente,', 'Buongiorno {name},', 'Salve,'],
  nl: ['Hoi {name},', 'Beste {name},', 'Geachte klant,', 'Hallo!'],
}

export const SENTENCE: Record<Style, Record<Lang, readonly string[]>> = {
  ack: {
    en: [
      'your request reached our support desk.',
      'we have logged your enquiry as {ticket}.',
      'thanks, your case is now open.',
    ],
    de: [
      'Ihre Anfrage ist bei uns eingegangen.',
      'dein Anliegen wurde unter {ticket} erfasst.',
      'wir haben Ihre Nachricht erhalten.',
    ],
    fr: [
      'votre demande est bien arrivée chez nous.',
      'votre dossier {ticket} est ouvert.',
      'nous avons reçu votre message.',
    ],
    es: [
      'hemos recibido tu solicitud.',
      'tu consulta ha quedado registrada como {ticket}.',
      'tu petición ya está en manos de nuestro equipo.',
      'tenemos tu incidencia y la estamos revisando.',
    ],
    pt: [
      'recebemos o seu pedido.',
      'sua solicitação foi registrada sob o protocolo {ticket}.',
      'o seu chamado chegou até nós.',
      'a sua ocorrência ficou registada.',
      'sua requisição já está com o nosso time.',
    ],
    it: [
      'abbiamo ricevuto la tua richiesta.',
      'la tua segnalazione è stata presa in carico ({ticket}).',
      'la sua pratica è stata registrata.',
      'il tuo messaggio è arrivato al nostro team.',
    ],
    nl: [
      'we hebben je vraag ontvangen.',
      'uw aanvraag is geregistreerd onder {ticket}.',
      'je melding is binnengekomen.',
      'uw verzoek is in behandeling genomen.',
    ],
  },
  check: {
    en: [
      'please verify your email address so we can submit your request.',
      'confirm this address and your message goes straight to our agents.',
    ],
    de: [
      'bitte bestätige deine E-Mail-Adresse, damit wir deine Anfrage annehmen können.',
      'bestätigen Sie Ihre Adresse, dann leiten wir Ihr Anliegen weiter.',
    ],
    fr: [
      'merci de vérifier votre adresse pour que nous puissions enregistrer votre demande.',
      'confirmez votre e-mail et votre message partira vers nos conseillers.',
    ],
    es: [
      'verifica tu correo para que podamos registrar tu solicitud.',
      'confirma tu dirección y tu consulta pasará a nuestro equipo.',
    ],
    pt: [
      'verifique o seu e-mail para podermos submeter o seu pedido.',
      'confirme seu endereço e sua solicitação segue para o atendimento.',
    ],
    it: [
      'verifica la tua email così possiamo inoltrare la tua richiesta.',
      'conferma il tuo indirizzo e la tua segnalazione arriverà agli operatori.',
    ],
    nl: [
      'bevestig je e-mailadres zodat we je vraag kunnen indienen.',
      'bevestig uw adres, dan sturen wij uw verzoek door.',
    ],
  },
  verify: {
    en: [
      'please confirm your email to activate your account.',
      'your account is ready once you verify this address.',
    ],
    de: [
      'bitte bestätige deine E-Mail, um dein Konto zu aktivieren.',
      'Ihr Konto ist startklar, sobald Sie diese Adresse bestätigen.',
    ],
    fr: [
      'confirmez votre adresse pour activer votre compte.',
      'votre compte sera prêt dès que vous aurez vérifié cette adresse.',
    ],
    es: [
      'confirma tu correo para activar tu cuenta.',
      'tu cuenta estará lista en cuanto verifiques esta dirección.',
    ],
    pt: [
      'confirme o seu e-mail para ativar a sua conta.',
      'sua conta fica pronta assim que você verificar este endereço.',
    ],
    it: [
      'conferma la tua email per attivare il tuo account.',
      'il tuo account sarà pronto appena verifichi questo indirizzo.',
    ],
    nl: [
      'bevestig je e-mail om je account te activeren.',
      'uw account is klaar zodra u dit adres bevestigt.',
    ],
  },
  sub: {
    en: [
      'please confirm you want to receive our newsletter.',
      'one click and you are on our mailing list.',
    ],
    de: [
      'bitte bestätige deine Anmeldung zu unserem Newsletter.',
      'ein Klick, und Sie sind im Verteiler.',
    ],
    fr: [
      'merci de confirmer votre inscription à notre newsletter.',
      'un clic et vous rejoignez notre liste.',
    ],
    es: ['confirma que quieres recibir nuestro boletín.', 'un clic y estarás en nuestra lista.'],
    pt: ['confirme que quer receber a nossa newsletter.', 'um clique e você entra na nossa lista.'],
    it: ['conferma che vuoi ricevere la nostra newsletter.', 'un clic e sei nella nostra lista.'],
    nl: ['bevestig dat je onze nieuwsbrief wilt ontvangen.', 'één klik en u staat op onze lijst.'],
  },
  reset: {
    en: [
      'we received a request to reset your password.',
      'here is the link you asked for to sign in.',
    ],
    de: [
      'wir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten.',
      'hier ist dein angeforderter Anmeldelink.',
    ],
    fr: [
      'nous avons reçu une demande de réinitialisation de votre mot de passe.',
      'voici le lien de connexion demandé.',
    ],
    es: [
      'hemos recibido una solicitud para restablecer tu contraseña.',
      'aquí tienes el enlace de acceso que pediste.',
    ],
    pt: [
      'recebemos um pedido para redefinir sua senha.',
      'aqui está a ligação de acesso que pediu.',
    ],
    it: [
      'abbiamo ricevuto una richiesta di reimpostazione della password.',
      'ecco il link di accesso che hai richiesto.',
    ],
    nl: [
      'we hebben een verzoek ontvangen om je wachtwoord te resetten.',
      'hier is de inloglink die u heeft aangevraagd.',
    ],
  },
}

export const ACTION: Record<Lang, readonly string[]> = {
  en: ['Continue: {link}', 'Button: {link}', 'Reference {ticket}.', 'Use code {code}.'],
  de: ['Weiter: {link}', 'Zum Link: {link}', 'Vorgang {ticket}.', 'Code: {code}.'],
  fr: ['Continuer : {link}', 'Lien : {link}', 'Référence {ticket}.', 'Code : {code}.'],
  es: ['Continuar: {link}', 'Enlace: {link}', 'Referencia {ticket}.', 'Código: {code}.'],
  pt: ['Continuar: {link}', 'Link: {link}', 'Referência {ticket}.', 'Código: {code}.'],
  it: ['Continua: {link}', 'Link: {link}', 'Riferimento {ticket}.', 'Codice: {code}.'],
  nl: ['Verder: {link}', 'Link: {link}', 'Referentie {ticket}.', 'Code: {code}.'],
}

export const CLOSE: Record<Lang, readonly string[]> = {
  en: ['Thanks, {company}', 'The {company} team', '{company} · do not reply', 'Cheers! {company}'],
  de: [
    'Danke, {company}',
    'Ihr {company}-Team',
    '{company} · bitte nicht antworten',
    'Bis bald! {company}',
  ],
  fr: [
    'Merci, {company}',
    'L’équipe {company}',
    '{company} · ne pas répondre',
    'À bientôt ! {company}',
  ],
  es: [
    'Gracias, {company}',
    'El equipo de {company}',
    '{company} · no responder',
    '¡Hasta pronto! {company}',
  ],
  pt: ['Obrigado, {company}', 'Equipe {company}', '{company} · não responda', 'Até já! {company}'],
  it: [
    'Grazie, {company}',
    'Il team {company}',
    '{company} · non rispondere',
    'A presto! {company}',
  ],
  nl: [
    'Bedankt, {company}',
    'Team {company}',
    '{company} · niet beantwoorden',
    'Tot snel! {company}',
  ],
}
