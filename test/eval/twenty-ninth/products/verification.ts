// Account verification / activation mails of two products no earlier set used, written from
// memory of their documented defaults in our own words.
import type { Product } from './types.ts'

// LemonLDAP::NG register module, "account registration confirmation" mail (lemonldap-ng.org,
// documentation "Register new account"; the portal ships translations of the templates).
export const LEMONLDAP: Product = {
  family: 'verification',
  product: 'LemonLDAP::NG Register',
  sender: 'display',
  texts: {
    en: {
      subject: '[{c}] Account registration request',
      body: 'Hello {p},\n\nPlease click on the following link to confirm your account registration request:\n{link}\n\nIf you did not ask for an account, ignore this message.',
    },
    de: {
      subject: '[{c}] Anfrage zur Kontoregistrierung',
      body: 'Hallo {p},\n\nbitte klicken Sie auf den folgenden Link, um Ihre Kontoregistrierung zu bestätigen:\n{link}\n\nWenn Sie kein Konto beantragt haben, ignorieren Sie diese Nachricht.',
    },
    fr: {
      subject: '[{c}] Demande de création de compte',
      body: 'Bonjour {p},\n\nCliquez sur le lien suivant pour confirmer votre demande de création de compte :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message.',
    },
    es: {
      subject: '[{c}] Solicitud de registro de cuenta',
      body: 'Hola {p}:\n\nHaz clic en el siguiente enlace para confirmar tu solicitud de registro:\n{link}\n\nSi no pediste una cuenta, ignora este mensaje.',
    },
    pt: {
      subject: '[{c}] Pedido de registo de conta',
      body: 'Olá {p},\n\nClique na ligação seguinte para confirmar o seu pedido de registo:\n{link}\n\nSe não pediu uma conta, ignore esta mensagem.',
    },
    it: {
      subject: '[{c}] Richiesta di registrazione account',
      body: 'Ciao {p},\n\nclicca sul link seguente per confermare la tua richiesta di registrazione:\n{link}\n\nSe non hai chiesto un account, ignora questo messaggio.',
    },
    nl: {
      subject: '[{c}] Aanvraag accountregistratie',
      body: 'Hallo {p},\n\nKlik op de volgende link om je accountaanvraag te bevestigen:\n{link}\n\nHeb je geen account aangevraagd, negeer dan dit bericht.',
    },
  },
}

// ILIAS self-registration with confirmation link (docu.ilias.de, "Registration" settings:
// "registration with confirmation link"); ILIAS ships these language files.
export const ILIAS: Product = {
  family: 'verification',
  product: 'ILIAS Registration',
  sender: 'own',
  texts: {
    en: {
      subject: '{c}: Confirm your registration',
      body: 'Dear {p},\n\nyou have registered at {c}. To activate your account, please confirm your registration within 24 hours with this link:\n{link}\n\nAfterwards you can log in with your username.',
    },
    de: {
      subject: '{c}: Bestätigung Ihrer Registrierung',
      body: 'Liebe/r {p},\n\nSie haben sich bei {c} registriert. Bitte bestätigen Sie Ihre Registrierung innerhalb von 24 Stunden über diesen Link, um Ihr Konto zu aktivieren:\n{link}\n\nDanach können Sie sich mit Ihrem Benutzernamen anmelden.',
    },
    fr: {
      subject: '{c} : confirmez votre inscription',
      body: 'Cher/Chère {p},\n\nvous vous êtes inscrit(e) sur {c}. Pour activer votre compte, confirmez votre inscription sous 24 heures avec ce lien :\n{link}',
    },
    es: {
      subject: '{c}: confirme su registro',
      body: 'Estimado/a {p}:\n\nse ha registrado en {c}. Para activar su cuenta confirme el registro en las próximas 24 horas con este enlace:\n{link}',
    },
    pt: {
      subject: '{c}: confirme o seu registo',
      body: 'Caro/a {p},\n\nregistou-se em {c}. Para ativar a sua conta, confirme o registo nas próximas 24 horas com esta ligação:\n{link}',
    },
    it: {
      subject: '{c}: conferma la registrazione',
      body: 'Gentile {p},\n\nti sei registrato su {c}. Per attivare l’account conferma la registrazione entro 24 ore con questo link:\n{link}',
    },
    nl: {
      subject: '{c}: bevestig je registratie',
      body: 'Beste {p},\n\nje hebt je geregistreerd bij {c}. Bevestig je registratie binnen 24 uur via deze link om je account te activeren:\n{link}',
    },
  },
}
