// Building blocks of the composed wave wordings: greetings (a reset never names the person),
// per family a short title, an opening line and an action line, and two closings per language.
// Slots as in hand-a.ts.
import type { Family, PerLang } from './types.ts'

export interface FamilyBlock {
  titles: readonly string[]
  opening: string
  action: string
}

export const GREETINGS: PerLang<readonly string[]> = {
  en: ['Hello {name},', 'Dear {name},', 'Hi there,'],
  de: ['Hallo {name},', 'Sehr geehrte/r {name},', 'Guten Tag,'],
  fr: ['Bonjour {name},', 'Cher client, chère cliente,', 'Bonjour,'],
  es: ['Hola, {name}:', 'Estimado/a {name}:', 'Hola:'],
  pt: ['Olá {name},', 'Caro(a) {name},', 'Olá,'],
  it: ['Ciao {name},', 'Gentile {name},', 'Buongiorno,'],
  nl: ['Hallo {name},', 'Beste {name},', 'Goedendag,'],
}

export const CLOSINGS: PerLang<readonly string[]> = {
  en: ['Kind regards,\n{company}', 'Thanks,\nThe {company} team'],
  de: ['Viele Grüße\n{company}', 'Freundliche Grüße\nIhr Team von {company}'],
  fr: ['Cordialement,\n{company}', 'À bientôt,\nL’équipe {company}'],
  es: ['Saludos,\n{company}', 'Un abrazo,\nEl equipo de {company}'],
  pt: ['Com os melhores cumprimentos,\n{company}', 'Obrigado,\nEquipa {company}'],
  it: ['Cordiali saluti,\n{company}', 'Grazie,\nIl team {company}'],
  nl: ['Met vriendelijke groet,\n{company}', 'Bedankt,\nTeam {company}'],
}

export const BLOCKS: Record<Family, PerLang<FamilyBlock>> = {
  helpdesk: {
    en: {
      titles: [
        'Request received',
        'Your request #{ref} has been received',
        'Thanks for contacting us',
      ],
      opening: 'This is an automatic confirmation that your request has reached us.',
      action:
        'Reference: {ref}\nYour message: {message}\nWe usually answer within one business day.',
    },
    de: {
      titles: [
        'Anfrage eingegangen',
        'Ihre Anfrage #{ref} ist bei uns eingegangen',
        'Danke für Ihre Nachricht',
      ],
      opening: 'Dies ist eine automatische Eingangsbestätigung Ihrer Anfrage.',
      action:
        'Ticketnummer: {ref}\nIhre Nachricht: {message}\nWir antworten in der Regel innerhalb eines Werktags.',
    },
    fr: {
      titles: [
        'Demande reçue',
        'Votre demande #{ref} a bien été reçue',
        'Merci de nous avoir contactés',
      ],
      opening: 'Ceci est une confirmation automatique de la réception de votre demande.',
      action:
        'Référence : {ref}\nVotre message : {message}\nNous répondons généralement sous un jour ouvré.',
    },
    es: {
      titles: [
        'Solicitud recibida',
        'Tu solicitud #{ref} ha sido recibida',
        'Gracias por escribirnos',
      ],
      opening: 'Te confirmamos automáticamente que hemos recibido tu solicitud.',
      action: 'Referencia: {ref}\nTu mensaje: {message}\nSolemos responder en un día laborable.',
    },
    pt: {
      titles: ['Pedido recebido', 'O seu pedido #{ref} foi recebido', 'Obrigado pelo seu contacto'],
      opening: 'Esta é uma confirmação automática de que recebemos o seu pedido.',
      action: 'Referência: {ref}\nA sua mensagem: {message}\nRespondemos normalmente num dia útil.',
    },
    it: {
      titles: [
        'Richiesta ricevuta',
        'La tua richiesta #{ref} è stata ricevuta',
        'Grazie per averci contattato',
      ],
      opening: 'Questa è una conferma automatica di ricezione della tua richiesta.',
      action:
        'Riferimento: {ref}\nIl tuo messaggio: {message}\nDi solito rispondiamo entro un giorno lavorativo.',
    },
    nl: {
      titles: ['Aanvraag ontvangen', 'Je aanvraag #{ref} is ontvangen', 'Bedankt voor je bericht'],
      opening: 'Dit is een automatische bevestiging dat we je aanvraag hebben ontvangen.',
      action: 'Kenmerk: {ref}\nJe bericht: {message}\nWe reageren meestal binnen één werkdag.',
    },
  },
  verification: {
    en: {
      titles: ['Please verify your email', 'Activate your account', 'Confirm your email address'],
      opening: 'Thanks for creating an account with {company}.',
      action: 'Verify your address: {link}\nOr enter code {code}.',
    },
    de: {
      titles: ['Bitte bestätigen Sie Ihre E-Mail-Adresse', 'Konto aktivieren', 'E-Mail bestätigen'],
      opening: 'Danke für Ihre Registrierung bei {company}.',
      action: 'Adresse bestätigen: {link}\nOder Code {code} eingeben.',
    },
    fr: {
      titles: ['Vérifiez votre adresse e-mail', 'Activez votre compte', 'Confirmez votre adresse'],
      opening: 'Merci d’avoir créé un compte chez {company}.',
      action: 'Confirmer mon adresse : {link}\nOu saisissez le code {code}.',
    },
    es: {
      titles: [
        'Verifica tu correo electrónico',
        'Activa tu cuenta',
        'Confirma tu dirección de correo',
      ],
      opening: 'Gracias por crear una cuenta en {company}.',
      action: 'Verificar mi correo: {link}\nO introduce el código {code}.',
    },
    pt: {
      titles: ['Verifique o seu email', 'Ative a sua conta', 'Confirme o seu endereço de email'],
      opening: 'Obrigado por criar uma conta na {company}.',
      action: 'Verificar email: {link}\nOu introduza o código {code}.',
    },
    it: {
      titles: [
        'Verifica il tuo indirizzo e-mail',
        'Attiva il tuo account',
        'Conferma la tua e-mail',
      ],
      opening: 'Grazie per aver creato un account su {company}.',
      action: 'Verifica l’indirizzo: {link}\nOppure inserisci il codice {code}.',
    },
    nl: {
      titles: ['Bevestig je e-mailadres', 'Activeer je account', 'Verifieer je e-mailadres'],
      opening: 'Bedankt voor het aanmaken van een account bij {company}.',
      action: 'Bevestig je adres: {link}\nOf vul code {code} in.',
    },
  },
  subscription: {
    en: {
      titles: [
        'Confirm your subscription',
        'Please confirm: {company} newsletter',
        'One click to subscribe',
      ],
      opening: 'We received a request to add {email} to our mailing list.',
      action: 'Confirm subscription: {link}\nNot you? Ignore this message.',
    },
    de: {
      titles: [
        'Bitte bestätigen Sie Ihr Abonnement',
        'Newsletter-Anmeldung bestätigen',
        'Anmeldung bestätigen',
      ],
      opening: 'Wir haben eine Anmeldung von {email} für unseren Newsletter erhalten.',
      action: 'Abonnement bestätigen: {link}\nNicht angemeldet? Ignorieren Sie diese E-Mail.',
    },
    fr: {
      titles: [
        'Confirmez votre abonnement',
        'Inscription à la newsletter {company}',
        'Un clic pour confirmer',
      ],
      opening: 'Nous avons reçu une demande d’inscription de {email} à notre newsletter.',
      action: 'Confirmer mon abonnement : {link}\nCe n’est pas vous ? Ignorez ce message.',
    },
    es: {
      titles: [
        'Confirma tu suscripción',
        'Confirma: newsletter de {company}',
        'Un clic para suscribirte',
      ],
      opening: 'Hemos recibido una solicitud para añadir {email} a nuestra lista.',
      action: 'Confirmar suscripción: {link}\n¿No has sido tú? Ignora este mensaje.',
    },
    pt: {
      titles: ['Confirme a sua subscrição', 'Confirme: newsletter {company}', 'Só falta um clique'],
      opening: 'Recebemos um pedido para adicionar {email} à nossa lista.',
      action: 'Confirmar subscrição: {link}\nNão foi você? Ignore esta mensagem.',
    },
    it: {
      titles: [
        'Conferma la tua iscrizione',
        'Conferma: newsletter {company}',
        'Manca solo un clic',
      ],
      opening: 'Abbiamo ricevuto una richiesta di iscrizione di {email} alla nostra lista.',
      action: 'Conferma iscrizione: {link}\nNon sei stato tu? Ignora questo messaggio.',
    },
    nl: {
      titles: ['Bevestig je inschrijving', 'Bevestigen: nieuwsbrief {company}', 'Nog één klik'],
      opening: 'We kregen een verzoek om {email} toe te voegen aan onze mailinglijst.',
      action: 'Inschrijving bevestigen: {link}\nNiet jij? Negeer dit bericht.',
    },
  },
  reset: {
    en: {
      titles: ['Reset your password', 'Password reset request', 'Your password reset link'],
      opening: 'Someone asked to reset the password of your {company} account.',
      action: 'Set a new password: {link}\nThe link expires in one hour.',
    },
    de: {
      titles: [
        'Passwort zurücksetzen',
        'Anfrage zum Zurücksetzen des Passworts',
        'Ihr Link für ein neues Passwort',
      ],
      opening: 'Jemand hat angefordert, das Passwort Ihres {company}-Kontos zurückzusetzen.',
      action: 'Neues Passwort festlegen: {link}\nDer Link ist eine Stunde gültig.',
    },
    fr: {
      titles: [
        'Réinitialisez votre mot de passe',
        'Demande de réinitialisation',
        'Votre lien de réinitialisation',
      ],
      opening: 'Une réinitialisation du mot de passe de votre compte {company} a été demandée.',
      action: 'Choisir un nouveau mot de passe : {link}\nLe lien expire dans une heure.',
    },
    es: {
      titles: [
        'Restablece tu contraseña',
        'Solicitud de cambio de contraseña',
        'Tu enlace para restablecer',
      ],
      opening: 'Alguien ha pedido restablecer la contraseña de tu cuenta de {company}.',
      action: 'Crear una contraseña nueva: {link}\nEl enlace caduca en una hora.',
    },
    pt: {
      titles: [
        'Redefina a sua palavra-passe',
        'Pedido de redefinição de senha',
        'A sua ligação de redefinição',
      ],
      opening: 'Foi pedida a redefinição da palavra-passe da sua conta {company}.',
      action: 'Definir nova palavra-passe: {link}\nA ligação expira numa hora.',
    },
    it: {
      titles: [
        'Reimposta la tua password',
        'Richiesta di reimpostazione password',
        'Il tuo link per la nuova password',
      ],
      opening: 'Qualcuno ha chiesto di reimpostare la password del tuo account {company}.',
      action: 'Imposta una nuova password: {link}\nIl link scade tra un’ora.',
    },
    nl: {
      titles: [
        'Stel je wachtwoord opnieuw in',
        'Verzoek om wachtwoordherstel',
        'Je link voor een nieuw wachtwoord',
      ],
      opening: 'Er is gevraagd het wachtwoord van je {company}-account opnieuw in te stellen.',
      action: 'Nieuw wachtwoord kiezen: {link}\nDe link verloopt over een uur.',
    },
  },
}
