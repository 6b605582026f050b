// Building blocks for composed company wordings: greeting, subject, family sentence, next step
// and closing per language, written for this set; composed.ts draws one of each.
import type { Lang } from '../types.ts'
import type { Family } from './products.ts'

export const GREETING: Record<Lang, readonly string[]> = {
  en: ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Good day {name},'],
  de: ['Hallo {name},', 'Guten Tag {name},', 'Liebe/r {name},', 'Moin {name},'],
  fr: ['Bonjour {name},', 'Cher/Chère {name},', 'Salut {name},', 'Bonsoir {name},'],
  es: ['Hola {name}:', 'Estimado/a {name}:', 'Buenas, {name}:', 'Querido/a {name}:'],
  pt: ['Olá {name},', 'Caro(a) {name},', 'Bom dia {name},', 'Oi {name},'],
  it: ['Ciao {name},', 'Gentile {name},', 'Buongiorno {name},', 'Caro/a {name},'],
  nl: ['Hoi {name},', 'Beste {name},', 'Hallo {name},', 'Goedendag {name},'],
}

export const CLOSING: Record<Lang, readonly string[]> = {
  en: ['Cheers, the {company} team', 'Best wishes from {company}', '— {company}'],
  de: ['Viele Grüße, Ihr {company}-Team', 'Beste Grüße von {company}', '— {company}'],
  fr: ['À bientôt, l’équipe {company}', 'Bien à vous, {company}', '— {company}'],
  es: ['Un saludo, el equipo de {company}', 'Saludos cordiales, {company}', '— {company}'],
  pt: ['Até já, equipa {company}', 'Cumprimentos, {company}', '— {company}'],
  it: ['A presto, il team {company}', 'Cordialmente, {company}', '— {company}'],
  nl: ['Groetjes, team {company}', 'Met vriendelijke groet, {company}', '— {company}'],
}

type Blocks = Record<Lang, { subject: readonly string[]; line: readonly string[]; step: string }>

export const FAMILY_BLOCKS: Record<Family, Blocks> = {
  helpdesk: {
    en: {
      subject: ['{company} request {ref}: {subj}', 'We heard you – {subj}'],
      line: [
        'your message about "{subj}" is now request {ref}.',
        'we have logged your question as number {ref}.',
      ],
      step: 'Follow it at {link}.',
    },
    de: {
      subject: ['{company} Anfrage {ref}: {subj}', 'Angekommen – {subj}'],
      line: [
        'Ihre Nachricht zu „{subj}“ ist jetzt Anfrage {ref}.',
        'wir haben Ihre Frage als Nummer {ref} erfasst.',
      ],
      step: 'Den Stand sehen Sie unter {link}.',
    },
    fr: {
      subject: ['{company} demande {ref} : {subj}', 'Bien reçu – {subj}'],
      line: [
        'votre message « {subj} » porte le numéro {ref}.',
        'nous avons enregistré votre question sous le n° {ref}.',
      ],
      step: 'Suivez-la sur {link}.',
    },
    es: {
      subject: ['{company} solicitud {ref}: {subj}', 'Recibido – {subj}'],
      line: [
        'tu mensaje «{subj}» es ahora la solicitud {ref}.',
        'hemos registrado tu consulta con el número {ref}.',
      ],
      step: 'Síguela en {link}.',
    },
    pt: {
      subject: ['{company} pedido {ref}: {subj}', 'Recebido – {subj}'],
      line: [
        'a sua mensagem "{subj}" é agora o pedido {ref}.',
        'registámos a sua questão com o número {ref}.',
      ],
      step: 'Acompanhe em {link}.',
    },
    it: {
      subject: ['{company} richiesta {ref}: {subj}', 'Ricevuto – {subj}'],
      line: [
        'il tuo messaggio "{subj}" è ora la richiesta {ref}.',
        'abbiamo registrato la tua domanda con il numero {ref}.',
      ],
      step: 'Seguila su {link}.',
    },
    nl: {
      subject: ['{company} verzoek {ref}: {subj}', 'Ontvangen – {subj}'],
      line: [
        'je bericht "{subj}" is nu verzoek {ref}.',
        'we hebben je vraag geregistreerd als nummer {ref}.',
      ],
      step: 'Volg het via {link}.',
    },
  },
  verification: {
    en: {
      subject: ['Activate your {company} account', '{company}: confirm it is you'],
      line: ['thanks for registering with {company}.', 'your new {company} profile is waiting.'],
      step: 'Confirm your address: {link}',
    },
    de: {
      subject: ['Aktivieren Sie Ihr {company}-Konto', '{company}: Bitte bestätigen'],
      line: ['danke für Ihre Registrierung bei {company}.', 'Ihr neues {company}-Profil wartet.'],
      step: 'Adresse bestätigen: {link}',
    },
    fr: {
      subject: ['Activez votre compte {company}', '{company} : confirmez que c’est vous'],
      line: [
        'merci de votre inscription chez {company}.',
        'votre nouveau profil {company} vous attend.',
      ],
      step: 'Confirmez votre adresse : {link}',
    },
    es: {
      subject: ['Activa tu cuenta de {company}', '{company}: confirma que eres tú'],
      line: ['gracias por registrarte en {company}.', 'tu nuevo perfil de {company} te espera.'],
      step: 'Confirma tu correo: {link}',
    },
    pt: {
      subject: ['Ative a sua conta {company}', '{company}: confirme que é você'],
      line: ['obrigado pelo registo na {company}.', 'o seu novo perfil {company} está à espera.'],
      step: 'Confirme o e-mail: {link}',
    },
    it: {
      subject: ['Attiva il tuo account {company}', '{company}: conferma che sei tu'],
      line: [
        'grazie per esserti registrato su {company}.',
        'il tuo nuovo profilo {company} ti aspetta.',
      ],
      step: 'Conferma l’indirizzo: {link}',
    },
    nl: {
      subject: ['Activeer je {company}-account', '{company}: bevestig dat jij het bent'],
      line: [
        'bedankt voor je registratie bij {company}.',
        'je nieuwe {company}-profiel staat klaar.',
      ],
      step: 'Bevestig je adres: {link}',
    },
  },
  subscription: {
    en: {
      subject: ['Confirm your {company} newsletter', 'One step to {company} news'],
      line: [
        'you asked to receive news from {company}.',
        'your sign-up to our letter needs one more click.',
      ],
      step: 'Yes, subscribe me: {link}',
    },
    de: {
      subject: ['Bestätigen Sie den {company}-Newsletter', 'Ein Schritt zu {company}-News'],
      line: [
        'Sie möchten Neuigkeiten von {company} erhalten.',
        'Ihre Anmeldung braucht noch einen Klick.',
      ],
      step: 'Ja, anmelden: {link}',
    },
    fr: {
      subject: ['Confirmez la newsletter {company}', 'Une étape vers les nouvelles {company}'],
      line: [
        'vous avez demandé les nouvelles de {company}.',
        'votre inscription attend encore un clic.',
      ],
      step: 'Oui, je m’abonne : {link}',
    },
    es: {
      subject: ['Confirma el boletín de {company}', 'Un paso para las novedades de {company}'],
      line: ['pediste recibir novedades de {company}.', 'tu alta necesita un clic más.'],
      step: 'Sí, suscribirme: {link}',
    },
    pt: {
      subject: ['Confirme a newsletter {company}', 'Um passo para as novidades {company}'],
      line: [
        'pediu para receber novidades da {company}.',
        'a sua inscrição precisa de mais um clique.',
      ],
      step: 'Sim, subscrever: {link}',
    },
    it: {
      subject: ['Conferma la newsletter {company}', 'Un passo per le novità {company}'],
      line: [
        'hai chiesto di ricevere le novità di {company}.',
        'la tua iscrizione aspetta ancora un clic.',
      ],
      step: 'Sì, iscrivimi: {link}',
    },
    nl: {
      subject: ['Bevestig de {company}-nieuwsbrief', 'Eén stap naar nieuws van {company}'],
      line: ['je vroeg om nieuws van {company}.', 'je aanmelding wacht nog op één klik.'],
      step: 'Ja, aanmelden: {link}',
    },
  },
  reset: {
    en: {
      subject: ['{company}: set a new password', 'Your {company} reset link'],
      line: ['a new password was requested for your account.', 'here is the link you asked for.'],
      step: 'Choose a new password: {link}',
    },
    de: {
      subject: ['{company}: neues Passwort festlegen', 'Ihr {company}-Link zum Zurücksetzen'],
      line: [
        'für Ihr Konto wurde ein neues Passwort angefordert.',
        'hier ist der gewünschte Link.',
      ],
      step: 'Neues Passwort wählen: {link}',
    },
    fr: {
      subject: [
        '{company} : définir un nouveau mot de passe',
        'Votre lien {company} de réinitialisation',
      ],
      line: ['un nouveau mot de passe a été demandé pour votre compte.', 'voici le lien demandé.'],
      step: 'Choisir un mot de passe : {link}',
    },
    es: {
      subject: ['{company}: crea una contraseña nueva', 'Tu enlace de {company} para restablecer'],
      line: ['se pidió una contraseña nueva para tu cuenta.', 'aquí tienes el enlace solicitado.'],
      step: 'Elegir contraseña: {link}',
    },
    pt: {
      subject: [
        '{company}: defina uma nova palavra-passe',
        'A sua ligação {company} de redefinição',
      ],
      line: ['foi pedida uma nova palavra-passe para a sua conta.', 'aqui está a ligação pedida.'],
      step: 'Escolher palavra-passe: {link}',
    },
    it: {
      subject: ['{company}: imposta una nuova password', 'Il tuo link {company} per reimpostare'],
      line: ['è stata chiesta una nuova password per il tuo account.', 'ecco il link richiesto.'],
      step: 'Scegli la password: {link}',
    },
    nl: {
      subject: ['{company}: stel een nieuw wachtwoord in', 'Je {company}-link om te herstellen'],
      line: [
        'er is een nieuw wachtwoord aangevraagd voor je account.',
        'hier is de gevraagde link.',
      ],
      step: 'Kies een wachtwoord: {link}',
    },
  },
}
