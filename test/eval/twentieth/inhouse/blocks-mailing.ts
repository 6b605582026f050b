// Building blocks for composed newsletter confirmations and password resets / sign-in codes:
// subjects, the sentence saying what happened, and the next step (link or code).
import type { Lang } from '../../types.ts'
import type { FamilyBlocks } from './blocks-family.ts'

export const MAILING_BLOCKS: Record<'subscription' | 'reset', Record<Lang, FamilyBlocks>> = {
  subscription: {
    en: {
      subjects: [
        'Confirm your {brand} subscription',
        'Did you sign up for {brand} news?',
        'Action required: confirm your email',
      ],
      cores: [
        'someone asked to add {email} to the {brand} newsletter.',
        'thanks for subscribing to our updates.',
        'you are one step away from our mailing list.',
      ],
      nexts: [
        'Confirm here: {link}',
        'Tap "Yes, sign me up": {link}',
        'Please confirm within 7 days: {link}',
      ],
    },
    de: {
      subjects: [
        'Bestätige dein {brand}-Abo',
        'Haben Sie sich für News von {brand} angemeldet?',
        'Bitte E-Mail-Adresse bestätigen',
      ],
      cores: [
        'jemand möchte {email} für den {brand}-Newsletter eintragen.',
        'danke für dein Interesse an unseren Neuigkeiten.',
        'Sie sind nur noch einen Schritt von unserem Verteiler entfernt.',
      ],
      nexts: [
        'Hier bestätigen: {link}',
        'Klick auf „Ja, ich will“: {link}',
        'Bitte innerhalb von 7 Tagen bestätigen: {link}',
      ],
    },
    fr: {
      subjects: [
        'Confirmez votre abonnement {brand}',
        'Vous êtes-vous inscrit aux actus {brand} ?',
        'Action requise : confirmez votre e-mail',
      ],
      cores: [
        "quelqu'un a demandé l'ajout de {email} à la newsletter {brand}.",
        'merci de vous être abonné à nos actualités.',
        "plus qu'une étape avant de rejoindre notre liste.",
      ],
      nexts: [
        'Confirmez ici : {link}',
        'Cliquez sur « Oui, je m’inscris » : {link}',
        'Merci de confirmer sous 7 jours : {link}',
      ],
    },
    es: {
      subjects: [
        'Confirma tu suscripción a {brand}',
        '¿Te has apuntado a las novedades de {brand}?',
        'Acción necesaria: confirma tu correo',
      ],
      cores: [
        'alguien ha pedido añadir {email} al boletín de {brand}.',
        'gracias por suscribirte a nuestras novedades.',
        'estás a un paso de unirte a nuestra lista.',
      ],
      nexts: [
        'Confirma aquí: {link}',
        'Pulsa «Sí, quiero suscribirme»: {link}',
        'Confírmalo en los próximos 7 días: {link}',
      ],
    },
    pt: {
      subjects: [
        'Confirme a sua subscrição {brand}',
        'Inscreveu-se nas novidades {brand}?',
        'Ação necessária: confirme o seu e-mail',
      ],
      cores: [
        'alguém pediu para adicionar {email} à newsletter {brand}.',
        'obrigado por subscrever as nossas novidades.',
        'falta um passo para entrar na nossa lista.',
      ],
      nexts: [
        'Confirme aqui: {link}',
        'Clique em "Sim, quero receber": {link}',
        'Confirme nos próximos 7 dias: {link}',
      ],
    },
    it: {
      subjects: [
        'Conferma la tua iscrizione a {brand}',
        'Ti sei iscritto alle novità di {brand}?',
        'Azione richiesta: conferma la tua e-mail',
      ],
      cores: [
        'qualcuno ha chiesto di aggiungere {email} alla newsletter di {brand}.',
        'grazie per esserti iscritto ai nostri aggiornamenti.',
        'manca un passo per entrare nella nostra lista.',
      ],
      nexts: [
        'Conferma qui: {link}',
        'Clicca su "Sì, iscrivimi": {link}',
        'Conferma entro 7 giorni: {link}',
      ],
    },
    nl: {
      subjects: [
        'Bevestig je abonnement op {brand}',
        'Heb je je aangemeld voor nieuws van {brand}?',
        'Actie vereist: bevestig je e-mail',
      ],
      cores: [
        'iemand wil {email} toevoegen aan de nieuwsbrief van {brand}.',
        'bedankt voor je aanmelding voor onze updates.',
        'nog één stap en je staat op onze lijst.',
      ],
      nexts: [
        'Bevestig hier: {link}',
        'Klik op "Ja, schrijf me in": {link}',
        'Bevestig binnen 7 dagen: {link}',
      ],
    },
  },
  reset: {
    en: {
      subjects: ['Password reset request', 'Your {brand} login code', 'Forgot your password?'],
      cores: [
        'we got a request to reset the password of your {brand} account.',
        'here is the one-time code you need to sign in.',
        'a password change was requested for {email}.',
      ],
      nexts: [
        'Set a new password: {link} (expires in {minutes} minutes)',
        'Code: {code}',
        'Reset it here within {minutes} minutes: {link}',
      ],
    },
    de: {
      subjects: [
        'Anfrage zum Zurücksetzen des Passworts',
        'Dein {brand}-Login-Code',
        'Passwort vergessen?',
      ],
      cores: [
        'wir haben eine Anfrage erhalten, das Passwort Ihres {brand}-Kontos zurückzusetzen.',
        'hier ist der Einmalcode für deine Anmeldung.',
        'für {email} wurde eine Passwortänderung angefordert.',
      ],
      nexts: [
        'Neues Passwort festlegen: {link} (läuft in {minutes} Minuten ab)',
        'Code: {code}',
        'Innerhalb von {minutes} Minuten zurücksetzen: {link}',
      ],
    },
    fr: {
      subjects: [
        'Demande de réinitialisation du mot de passe',
        'Votre code de connexion {brand}',
        'Mot de passe oublié ?',
      ],
      cores: [
        'nous avons reçu une demande de réinitialisation du mot de passe de votre compte {brand}.',
        'voici le code à usage unique pour vous connecter.',
        'un changement de mot de passe a été demandé pour {email}.',
      ],
      nexts: [
        'Choisissez un nouveau mot de passe : {link} (expire dans {minutes} minutes)',
        'Code : {code}',
        'Réinitialisez-le ici sous {minutes} minutes : {link}',
      ],
    },
    es: {
      subjects: [
        'Solicitud de restablecimiento de contraseña',
        'Tu código de inicio de sesión de {brand}',
        '¿Olvidaste tu contraseña?',
      ],
      cores: [
        'hemos recibido una solicitud para restablecer la contraseña de tu cuenta de {brand}.',
        'aquí tienes el código de un solo uso para entrar.',
        'se ha pedido un cambio de contraseña para {email}.',
      ],
      nexts: [
        'Crea una contraseña nueva: {link} (caduca en {minutes} minutos)',
        'Código: {code}',
        'Restablécela aquí en {minutes} minutos: {link}',
      ],
    },
    pt: {
      subjects: [
        'Pedido de redefinição de palavra-passe',
        'O seu código de acesso {brand}',
        'Esqueceu-se da palavra-passe?',
      ],
      cores: [
        'recebemos um pedido para redefinir a palavra-passe da sua conta {brand}.',
        'aqui está o código único para entrar.',
        'foi pedida uma alteração de palavra-passe para {email}.',
      ],
      nexts: [
        'Defina uma nova palavra-passe: {link} (expira em {minutes} minutos)',
        'Código: {code}',
        'Redefina aqui nos próximos {minutes} minutos: {link}',
      ],
    },
    it: {
      subjects: [
        'Richiesta di reimpostazione password',
        'Il tuo codice di accesso {brand}',
        'Password dimenticata?',
      ],
      cores: [
        'abbiamo ricevuto una richiesta di reimpostare la password del tuo account {brand}.',
        'ecco il codice monouso per accedere.',
        'è stato richiesto un cambio password per {email}.',
      ],
      nexts: [
        'Imposta una nuova password: {link} (scade tra {minutes} minuti)',
        'Codice: {code}',
        'Reimpostala qui entro {minutes} minuti: {link}',
      ],
    },
    nl: {
      subjects: [
        'Verzoek om wachtwoord te herstellen',
        'Je inlogcode voor {brand}',
        'Wachtwoord vergeten?',
      ],
      cores: [
        'we kregen een verzoek om het wachtwoord van je {brand}-account te herstellen.',
        'hier is de eenmalige code om in te loggen.',
        'er is een wachtwoordwijziging aangevraagd voor {email}.',
      ],
      nexts: [
        'Kies een nieuw wachtwoord: {link} (verloopt over {minutes} minuten)',
        'Code: {code}',
        'Herstel het hier binnen {minutes} minuten: {link}',
      ],
    },
  },
}
