// Building blocks of the composed in-house wordings, written fresh for this set: per language a
// greeting, per family the subject and the line saying what arrived, then what happens next and
// a sign-off. Composition varies order, reference placement, footer and length.
import type { Lang } from '../../types.ts'
import type { Family } from './text.ts'

export interface Blocks {
  greet: readonly string[]
  subject: Record<Family, readonly string[]>
  what: Record<Family, readonly string[]>
  next: readonly string[]
  signoff: readonly string[]
  footer: readonly string[]
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    greet: ['Hi {p},', 'Dear {p},', 'Hello there,', 'Good day {p},'],
    subject: {
      ack: ['Case {r} opened', 'Message received — {c}', 'Re: {p}', "We'll be in touch"],
      verify: ['Verify your {c} account', 'Finish creating your account', "Confirm it's you"],
      subscribe: ['Confirm you want {c} news', 'Subscription pending', 'Opt-in request'],
      reset: ['Password change request', '{k} is your code', 'Access link for {c}'],
    },
    what: {
      ack: ['your note reached our support desk.', 'we logged your request as {r}.'],
      verify: ['your new account needs a quick confirmation: {u}', 'activate your profile via {u}'],
      subscribe: ['confirm your list sign-up here: {u}', 'tap {u} to start receiving our letters.'],
      reset: ['a password reset was asked for your login: {u}', 'your one-time code is {k}.'],
    },
    next: [
      'Expect an answer soon.',
      'Nothing else is needed right now.',
      "Ignore this if it wasn't you.",
    ],
    signoff: ['Best, {c}', '— {c} Support', 'Warmly, the {c} folks'],
    footer: [
      '',
      '\n\nSent by {c}. Unsubscribe · Privacy policy',
      '\n\nThis is an automated notice.',
    ],
  },
  de: {
    greet: ['Hallo {p},', 'Liebe/r {p},', 'Moin,', 'Sehr geehrte Damen und Herren,'],
    subject: {
      ack: ['Eingangsbestätigung {r}', 'Wir haben Post von dir', 'AW: {p}'],
      verify: ['Konto bei {c} bestätigen', 'Noch ein Schritt zur Registrierung'],
      subscribe: ['Anmeldung zum {c}-Newsletter', 'Bitte Abo bestätigen'],
      reset: ['Kennwort-Anfrage', 'Code {k}', 'Zugangslink für {c}'],
    },
    what: {
      ack: ['Ihre Nachricht liegt unserem Service-Team vor.', 'dein Ticket hat die Nummer {r}.'],
      verify: [
        'bitte bestätige deine Adresse: {u}',
        'Ihr Profil wartet auf die Freischaltung: {u}',
      ],
      subscribe: ['bitte bestätigen Sie das Abonnement: {u}', 'ein Klick auf {u} genügt.'],
      reset: ['hier geht es zum neuen Passwort: {u}', 'dein Einmalcode: {k}.'],
    },
    next: [
      'Wir antworten zeitnah.',
      'Sonst ist nichts zu tun.',
      'Falls du das nicht warst, ignoriere die Mail.',
    ],
    signoff: ['Viele Grüße, {c}', 'Ihr {c} Service', 'Bis bald – {c}'],
    footer: [
      '',
      '\n\nImpressum · Datenschutz · {c}',
      '\n\nDiese Nachricht wurde automatisch erstellt.',
    ],
  },
  fr: {
    greet: ['Bonjour {p},', 'Salut {p} !', 'Chère cliente, cher client,'],
    subject: {
      ack: ['Dossier {r}', 'Votre message à {c}', 'RE : {p}'],
      verify: ['Validez votre compte {c}', "Dernière étape de l'inscription"],
      subscribe: ['Abonnement en attente de confirmation', 'Newsletter {c}'],
      reset: ['Nouveau mot de passe', 'Code {k}', 'Lien de connexion {c}'],
    },
    what: {
      ack: ['votre demande est arrivée au service clients.', 'ton dossier porte le numéro {r}.'],
      verify: ['confirme ton adresse ici : {u}', 'activez votre espace via {u}'],
      subscribe: ["confirmez l'abonnement : {u}", "un clic sur {u} et c'est fait."],
      reset: ['changez votre mot de passe ici : {u}', 'ton code à usage unique : {k}.'],
    },
    next: ['Réponse sous peu.', "Rien d'autre à faire.", 'Pas vous ? Ignorez ce message.'],
    signoff: ['Cordialement, {c}', "L'équipe {c}", 'Belle journée ! {c}'],
    footer: ['', '\n\n{c} · Se désabonner · Données personnelles', '\n\nMessage automatique.'],
  },
  es: {
    greet: ['Hola {p}:', '¡Buenas, {p}!', 'Estimado/a cliente:'],
    subject: {
      ack: ['Incidencia {r}', 'Tu mensaje a {c}', 'RE: {p}'],
      verify: ['Confirma tu cuenta de {c}', 'Completa tu registro'],
      subscribe: ['Alta en el boletín de {c}', 'Confirma el alta'],
      reset: ['Cambio de contraseña', 'Código {k}', 'Enlace de acceso a {c}'],
    },
    what: {
      ack: ['su consulta ya está en manos de nuestro equipo.', 'tu incidencia es la {r}.'],
      verify: ['confirma tu email aquí: {u}', 'active su perfil en {u}'],
      subscribe: ['confirme el alta: {u}', 'pulsa {u} para apuntarte.'],
      reset: ['cambia tu contraseña en {u}', 'tu código de un solo uso: {k}.'],
    },
    next: [
      'Te responderemos pronto.',
      'No hace falta nada más.',
      'Si no has sido tú, ignora este correo.',
    ],
    signoff: ['Saludos, {c}', 'El equipo de {c}', 'Atentamente, {c}'],
    footer: ['', '\n\n{c} · Darse de baja · Privacidad', '\n\nCorreo generado automáticamente.'],
  },
  pt: {
    greet: ['Olá {p},', 'Oi {p}!', 'Caro(a) cliente,'],
    subject: {
      ack: ['Chamado {r}', 'Sua mensagem para a {c}', 'RE: {p}'],
      verify: ['Confirme a sua conta {c}', 'Conclua o seu registo'],
      subscribe: ['Inscrição na newsletter {c}', 'Confirme a inscrição'],
      reset: ['Alteração de senha', 'Código {k}', 'Link de acesso à {c}'],
    },
    what: {
      ack: ['o seu pedido chegou à nossa equipa.', 'seu chamado é o {r}.'],
      verify: ['confirme o seu e-mail: {u}', 'ative seu perfil em {u}'],
      subscribe: ['confirme a inscrição: {u}', 'clique em {u} para entrar na lista.'],
      reset: ['crie uma nova senha em {u}', 'o seu código único: {k}.'],
    },
    next: ['Responderemos em breve.', 'Não é preciso fazer mais nada.', 'Se não foi você, ignore.'],
    signoff: ['Abraços, {c}', 'Equipa {c}', 'Atenciosamente, {c}'],
    footer: ['', '\n\n{c} · Cancelar subscrição · Privacidade', '\n\nMensagem automática.'],
  },
  it: {
    greet: ['Ciao {p},', 'Gentile {p},', 'Buongiorno,'],
    subject: {
      ack: ['Ticket {r}', 'Il tuo messaggio a {c}', 'R: {p}'],
      verify: ['Conferma il tuo account {c}', 'Completa la registrazione'],
      subscribe: ['Iscrizione alla newsletter {c}', "Conferma l'iscrizione"],
      reset: ['Cambio password', 'Codice {k}', 'Link di accesso a {c}'],
    },
    what: {
      ack: ['la Sua richiesta è stata inoltrata al nostro staff.', 'il tuo ticket è il {r}.'],
      verify: ['conferma la tua email: {u}', 'attivi il Suo profilo su {u}'],
      subscribe: ["confermi l'iscrizione: {u}", 'clicca {u} per iscriverti.'],
      reset: ['imposta una nuova password su {u}', 'il tuo codice monouso: {k}.'],
    },
    next: ['Ti risponderemo presto.', 'Non serve altro.', "Se non sei stato tu, ignora l'email."],
    signoff: ['Saluti, {c}', 'Lo staff di {c}', 'Cordiali saluti, {c}'],
    footer: ['', '\n\n{c} · Disiscriviti · Privacy', '\n\nMessaggio automatico.'],
  },
  nl: {
    greet: ['Hoi {p},', 'Beste {p},', 'Goedendag,'],
    subject: {
      ack: ['Melding {r}', 'Je bericht aan {c}', 'RE: {p}'],
      verify: ['Bevestig je {c}-account', 'Rond je registratie af'],
      subscribe: ['Inschrijving nieuwsbrief {c}', 'Bevestig je aanmelding'],
      reset: ['Wachtwoordwijziging', 'Code {k}', 'Inloglink voor {c}'],
    },
    what: {
      ack: ['uw vraag ligt bij ons serviceteam.', 'je melding heeft nummer {r}.'],
      verify: ['bevestig je e-mailadres: {u}', 'activeer uw profiel via {u}'],
      subscribe: ['bevestig de inschrijving: {u}', 'klik op {u} om je aan te melden.'],
      reset: ['kies een nieuw wachtwoord via {u}', 'je eenmalige code: {k}.'],
    },
    next: [
      'We reageren snel.',
      'Verder hoef je niets te doen.',
      'Was jij dit niet? Negeer dan deze mail.',
    ],
    signoff: ['Groet, {c}', 'Team {c}', 'Met vriendelijke groet, {c}'],
    footer: ['', '\n\n{c} · Afmelden · Privacy', '\n\nDit is een automatisch bericht.'],
  },
}
