// Building blocks of the composed first mails, written for this set: greetings (with the name
// field and without), a title and an action line per family, and two closings per language.
import type { Lang } from '../types.ts'
import type { Family } from './wording.ts'

export interface Blocks {
  greet: readonly [string, string]
  title: Record<Family, string>
  action: Record<Family, string>
  close: readonly [string, string]
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    greet: ['Dear {name},', 'Hello,'],
    title: {
      helpdesk: 'Your request has been received',
      verification: 'Please verify your email address',
      subscription: 'Please confirm your subscription',
      reset: 'Password reset requested',
    },
    action: {
      helpdesk:
        'Ticket {ref} is open and our support team will get back to you shortly. Your message: {message}',
      verification: 'Click here to verify your address and activate your account: {link}',
      subscription: 'Confirm that you want to receive our emails: {link}',
      reset: 'Use this link to set a new password: {link} (expires in 1 hour)',
    },
    close: ['Best wishes,\n{company}', 'Thanks,\nThe {company} team'],
  },
  de: {
    greet: ['Hallo {name},', 'Guten Tag,'],
    title: {
      helpdesk: 'Wir haben Ihre Anfrage erhalten',
      verification: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      subscription: 'Bitte bestätigen Sie Ihr Abonnement',
      reset: 'Anfrage zum Zurücksetzen des Passworts',
    },
    action: {
      helpdesk:
        'Ticket {ref} wurde angelegt, unser Support meldet sich in Kürze. Ihre Nachricht: {message}',
      verification: 'Klicken Sie hier, um Ihr Konto zu aktivieren: {link}',
      subscription: 'Bestätigen Sie hier, dass Sie unsere E-Mails erhalten möchten: {link}',
      reset: 'Neues Passwort festlegen: {link} (1 Stunde gültig)',
    },
    close: ['Beste Grüße\n{company}', 'Vielen Dank\nIhr Team von {company}'],
  },
  fr: {
    greet: ['Bonjour {name},', 'Bonjour,'],
    title: {
      helpdesk: 'Votre demande a bien été reçue',
      verification: 'Veuillez vérifier votre adresse e-mail',
      subscription: 'Merci de confirmer votre abonnement',
      reset: 'Demande de réinitialisation du mot de passe',
    },
    action: {
      helpdesk:
        'Le ticket {ref} est ouvert, notre support revient vers vous rapidement. Votre message : {message}',
      verification: 'Cliquez ici pour vérifier votre adresse et activer votre compte : {link}',
      subscription: 'Confirmez que vous souhaitez recevoir nos e-mails : {link}',
      reset: 'Choisissez un nouveau mot de passe : {link} (valable 1 heure)',
    },
    close: ['Bien à vous,\n{company}', 'Merci,\nL’équipe {company}'],
  },
  es: {
    greet: ['Estimado/a {name}:', 'Hola:'],
    title: {
      helpdesk: 'Hemos recibido su solicitud',
      verification: 'Verifique su dirección de correo electrónico',
      subscription: 'Confirme su suscripción',
      reset: 'Solicitud de cambio de contraseña',
    },
    action: {
      helpdesk:
        'El ticket {ref} está abierto y nuestro equipo le responderá en breve. Su mensaje: {message}',
      verification: 'Haga clic aquí para verificar su correo y activar su cuenta: {link}',
      subscription: 'Confirme que desea recibir nuestros correos: {link}',
      reset: 'Cree una nueva contraseña aquí: {link} (caduca en 1 hora)',
    },
    close: ['Saludos cordiales,\n{company}', 'Gracias,\nEl equipo de {company}'],
  },
  pt: {
    greet: ['Caro(a) {name},', 'Olá,'],
    title: {
      helpdesk: 'Recebemos o seu pedido',
      verification: 'Confirme o seu endereço de email',
      subscription: 'Confirme a sua subscrição',
      reset: 'Pedido de redefinição de palavra-passe',
    },
    action: {
      helpdesk:
        'O ticket {ref} foi aberto e a nossa equipa responderá em breve. A sua mensagem: {message}',
      verification: 'Clique aqui para confirmar o email e ativar a sua conta: {link}',
      subscription: 'Confirme que quer receber os nossos emails: {link}',
      reset: 'Defina uma nova palavra-passe aqui: {link} (válido 1 hora)',
    },
    close: ['Cumprimentos,\n{company}', 'Obrigado,\nA equipa {company}'],
  },
  it: {
    greet: ['Gentile {name},', 'Buongiorno,'],
    title: {
      helpdesk: 'Abbiamo ricevuto la sua richiesta',
      verification: 'Verifica il tuo indirizzo email',
      subscription: 'Conferma la tua iscrizione',
      reset: 'Richiesta di reimpostazione password',
    },
    action: {
      helpdesk:
        'Il ticket {ref} è aperto e il nostro supporto le risponderà a breve. Il suo messaggio: {message}',
      verification: 'Clicca qui per verificare l’indirizzo e attivare l’account: {link}',
      subscription: 'Conferma di voler ricevere le nostre email: {link}',
      reset: 'Imposta una nuova password qui: {link} (valido 1 ora)',
    },
    close: ['Cordiali saluti,\n{company}', 'Grazie,\nIl team {company}'],
  },
  nl: {
    greet: ['Beste {name},', 'Hallo,'],
    title: {
      helpdesk: 'We hebben je aanvraag ontvangen',
      verification: 'Verifieer je e-mailadres',
      subscription: 'Bevestig je abonnement',
      reset: 'Verzoek om wachtwoord te herstellen',
    },
    action: {
      helpdesk:
        'Ticket {ref} staat open en ons supportteam reageert zo snel mogelijk. Je bericht: {message}',
      verification: 'Klik hier om je adres te verifiëren en je account te activeren: {link}',
      subscription: 'Bevestig dat je onze e-mails wilt ontvangen: {link}',
      reset: 'Stel hier een nieuw wachtwoord in: {link} (1 uur geldig)',
    },
    close: ['Met vriendelijke groet,\n{company}', 'Bedankt,\nTeam {company}'],
  },
}
