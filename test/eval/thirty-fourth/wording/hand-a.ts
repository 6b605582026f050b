// Hand-written company wordings (this set's own, no product behind them): helpdesk
// acknowledgements and account verification, two per language. Slots as in ../products.ts.
import type { Lang } from '../../types.ts'
import type { Text } from '../products.ts'

export const HAND_HELPDESK: Record<Lang, readonly Text[]> = {
  en: [
    {
      subject: 'We’ve got it! ({payload})',
      body: 'Hi {name}, thanks for reaching out to {company}. Our team answers in the order messages arrive, usually within two working days. Reference: {ticket}.',
    },
    {
      subject: 'Case {ticket} opened',
      body: 'This confirms that {company} Customer Care logged your enquiry "{payload}". Please do not reply with the same question, it would move you back in the queue.',
    },
  ],
  de: [
    {
      subject: 'Ihre Nachricht an {company}: {payload}',
      body: 'Guten Tag {name}, vielen Dank für Ihre Nachricht. Wir melden uns innerhalb von 48 Stunden. Vorgangsnummer {ticket} bitte bei Rückfragen angeben.',
    },
    {
      subject: 'Eingangsbestätigung Vorgang {ticket}',
      body: 'Hallo {name}! Dein Anliegen ist bei uns angekommen und liegt jetzt beim Service-Team von {company}. Wir schreiben dir, sobald es Neuigkeiten gibt.',
    },
  ],
  fr: [
    {
      subject: 'Nous avons bien reçu votre demande « {payload} »',
      body: 'Bonjour {name}, merci d’avoir contacté {company}. Un conseiller vous répondra sous 72 h ouvrées. Numéro de dossier : {ticket}.',
    },
    {
      subject: 'Dossier {ticket} – {company}',
      body: 'Salut {name} ! Ton message est arrivé chez nous. On revient vers toi très vite. L’équipe {company}',
    },
  ],
  es: [
    {
      subject: 'Hemos recibido tu consulta: {payload}',
      body: 'Hola {name}, gracias por escribir a {company}. Te responderemos en un plazo de 24 a 48 horas. Número de incidencia: {ticket}.',
    },
    {
      subject: 'Solicitud {ticket} registrada',
      body: 'Estimado/a {name}: le confirmamos que su solicitud ha quedado registrada en el servicio de atención al cliente de {company}.',
    },
  ],
  pt: [
    {
      subject: 'Recebemos sua mensagem: {payload}',
      body: 'Olá {name}, obrigado por falar com a {company}. Nossa equipe responde em até 2 dias úteis. Protocolo: {ticket}.',
    },
    {
      subject: 'Protocolo {ticket} aberto',
      body: 'Oi {name}! Seu chamado foi aberto com sucesso. Acompanhe pelo link {link}. Equipe {company}',
    },
  ],
  it: [
    {
      subject: 'Abbiamo ricevuto la tua richiesta: {payload}',
      body: 'Ciao {name}, grazie per aver contattato {company}. Ti risponderemo entro due giorni lavorativi. Numero pratica: {ticket}.',
    },
    {
      subject: 'Richiesta n. {ticket}',
      body: 'Gentile {name}, la sua segnalazione è stata presa in carico dal servizio clienti {company}. Non risponda a questo messaggio.',
    },
  ],
  nl: [
    {
      subject: 'We hebben je vraag ontvangen: {payload}',
      body: 'Hoi {name}, bedankt voor je bericht aan {company}. We reageren binnen twee werkdagen. Je referentie is {ticket}.',
    },
    {
      subject: 'Melding {ticket} aangemaakt',
      body: 'Beste {name}, uw melding is geregistreerd bij de klantenservice van {company}. U ontvangt bericht zodra er een update is.',
    },
  ],
}

export const HAND_VERIFICATION: Record<Lang, readonly Text[]> = {
  en: [
    {
      subject: 'One more step, {name}',
      body: 'Tap the button to confirm this is your email and finish setting up your {company} account: {link}. The link is valid for 24 hours.',
    },
    {
      subject: 'Activate your {company} account',
      body: 'Welcome {name}! Your account is almost ready. Activate it here: {link}\nDidn’t sign up? Ignore this mail and nothing happens.',
    },
  ],
  de: [
    {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      body: 'Hallo {name}, damit Ihr Kundenkonto bei {company} aktiv wird, klicken Sie bitte auf folgenden Link: {link}',
    },
    {
      subject: 'Willkommen bei {company} – nur noch ein Klick',
      body: 'Hey {name}, bestätige kurz deine Adresse, dann kann es losgehen: {link}',
    },
  ],
  fr: [
    {
      subject: 'Confirmez votre adresse e-mail',
      body: 'Bonjour {name}, pour activer votre compte {company}, cliquez sur le lien suivant : {link}. Ce lien expire dans 48 heures.',
    },
    {
      subject: 'Bienvenue chez {company} !',
      body: '{name}, plus qu’une étape : valide ton compte ici {link} et profite de toutes nos offres.',
    },
  ],
  es: [
    {
      subject: 'Verifica tu correo electrónico',
      body: 'Hola {name}, confirma tu dirección para activar tu cuenta de {company}: {link}',
    },
    {
      subject: 'Activa tu cuenta en {company}',
      body: 'Bienvenido/a {name}. Para completar el registro pulse en el siguiente enlace: {link}. Si no ha creado ninguna cuenta, ignore este mensaje.',
    },
  ],
  pt: [
    {
      subject: 'Confirme seu e-mail',
      body: 'Olá {name}, falta pouco! Clique para confirmar seu cadastro na {company}: {link}',
    },
    {
      subject: 'Ative sua conta {company}',
      body: 'Oi {name}, sua conta foi criada. Para ativá-la, acesse {link} em até 24 horas.',
    },
  ],
  it: [
    {
      subject: 'Conferma il tuo indirizzo email',
      body: 'Ciao {name}, per attivare il tuo account {company} clicca qui: {link}',
    },
    {
      subject: 'Benvenuto in {company}',
      body: 'Gentile {name}, completi la registrazione confermando il suo indirizzo: {link}. Il link scade tra 24 ore.',
    },
  ],
  nl: [
    {
      subject: 'Bevestig je e-mailadres',
      body: 'Hoi {name}, klik op de link om je account bij {company} te activeren: {link}',
    },
    {
      subject: 'Welkom bij {company}',
      body: 'Beste {name}, activeer uw account via {link}. Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren.',
    },
  ],
}
