// Helpdesk and verification product defaults, each written from memory of the product's
// documented default notification, in our own words (not copied); sources named per product.
import type { Product } from './types.ts'

/** Deskero (Italian cloud helpdesk): the "new ticket" notice to the requester (docs:
 * deskero.com help centre, email notification templates). Languages other than it/en: ours. */
export const DESKERO: Product = {
  family: 'helpdesk',
  product: 'Deskero',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Ticket #{ref} opened: {topic}',
      body: 'Dear customer,\nyour request "{topic}" has been received and ticket #{ref} has been opened. We will get back to you as soon as possible.\n{company} support team',
    },
    de: {
      subject: 'Ticket #{ref} eröffnet: {topic}',
      body: 'Sehr geehrte Kundin, sehr geehrter Kunde,\nIhre Anfrage "{topic}" ist eingegangen, Ticket #{ref} wurde eröffnet. Wir melden uns so bald wie möglich.\nSupport-Team {company}',
    },
    fr: {
      subject: 'Ticket n°{ref} ouvert : {topic}',
      body: 'Cher client,\nvotre demande « {topic} » a été reçue et le ticket n°{ref} a été ouvert. Nous vous répondrons dès que possible.\nL’équipe support {company}',
    },
    es: {
      subject: 'Ticket #{ref} abierto: {topic}',
      body: 'Estimado cliente:\nhemos recibido su solicitud "{topic}" y se ha abierto el ticket #{ref}. Le responderemos lo antes posible.\nEquipo de soporte de {company}',
    },
    pt: {
      subject: 'Ticket #{ref} aberto: {topic}',
      body: 'Caro cliente,\no seu pedido "{topic}" foi recebido e foi aberto o ticket #{ref}. Responderemos logo que possível.\nEquipa de suporte {company}',
    },
    it: {
      subject: 'Ticket #{ref} aperto: {topic}',
      body: 'Gentile cliente,\nla sua richiesta "{topic}" è stata ricevuta ed è stato aperto il ticket #{ref}. Le risponderemo al più presto.\nIl team di assistenza {company}',
    },
    nl: {
      subject: 'Ticket #{ref} geopend: {topic}',
      body: 'Beste klant,\nuw verzoek "{topic}" is ontvangen en ticket #{ref} is geopend. We nemen zo snel mogelijk contact met u op.\nSupportteam {company}',
    },
  },
}

/** LiveHelpNow HelpDesk: the ticket auto-responder ("Thank you for contacting ...", ticket number
 * and a link to the ticket). Source: livehelpnow.net help, ticket auto-response settings. */
export const LIVEHELPNOW: Product = {
  family: 'helpdesk',
  product: 'LiveHelpNow',
  sender: 'own',
  texts: {
    en: {
      subject: 'RE: {topic} [Ticket: {ref}]',
      body: 'Thank you for contacting {company}. This is an automated response confirming that we received your ticket. Your ticket number is {ref}. A representative will reply shortly.\nView your ticket: {link}',
    },
    de: {
      subject: 'AW: {topic} [Ticket: {ref}]',
      body: 'Danke, dass Sie {company} kontaktiert haben. Diese automatische Antwort bestätigt den Eingang Ihres Tickets Nr. {ref}. Ein Mitarbeiter antwortet in Kürze.\nTicket ansehen: {link}',
    },
    fr: {
      subject: 'RE : {topic} [Ticket : {ref}]',
      body: 'Merci d’avoir contacté {company}. Cette réponse automatique confirme la réception de votre ticket n° {ref}. Un conseiller vous répondra sous peu.\nVoir le ticket : {link}',
    },
    es: {
      subject: 'RE: {topic} [Ticket: {ref}]',
      body: 'Gracias por contactar con {company}. Esta respuesta automática confirma que recibimos su ticket número {ref}. Un agente le contestará en breve.\nVer ticket: {link}',
    },
    pt: {
      subject: 'RE: {topic} [Ticket: {ref}]',
      body: 'Obrigado por entrar em contato com a {company}. Esta resposta automática confirma que recebemos seu ticket número {ref}. Um atendente responderá em breve.\nVer ticket: {link}',
    },
    it: {
      subject: 'R: {topic} [Ticket: {ref}]',
      body: 'Grazie per aver contattato {company}. Questa risposta automatica conferma che abbiamo ricevuto il suo ticket numero {ref}. Un operatore le risponderà a breve.\nVedi il ticket: {link}',
    },
    nl: {
      subject: 'RE: {topic} [Ticket: {ref}]',
      body: 'Bedankt voor uw bericht aan {company}. Dit automatische antwoord bevestigt dat we uw ticket {ref} hebben ontvangen. Een medewerker reageert spoedig.\nTicket bekijken: {link}',
    },
  },
}

/** MODX Login extra: the activation e-mail (lgnActivateEmailTpl: thanks for registering, click
 * the link to activate). Source: docs.modx.com, Login.Register snippet. Non-en texts: ours. */
export const MODX_LOGIN: Product = {
  family: 'verification',
  product: 'MODX Login',
  sender: 'own',
  texts: {
    en: {
      subject: 'Activate your account',
      body: 'Hi {name},\nthanks for registering! To activate your new account, please click on the following link:\n{link}\nAfter activation you can log in with your username and password.\nThanks,\n{company}',
    },
    de: {
      subject: 'Aktivieren Sie Ihr Konto',
      body: 'Hallo {name},\ndanke für Ihre Registrierung! Um Ihr neues Konto zu aktivieren, klicken Sie bitte auf folgenden Link:\n{link}\nDanach können Sie sich mit Benutzername und Passwort anmelden.\n{company}',
    },
    fr: {
      subject: 'Activez votre compte',
      body: 'Bonjour {name},\nmerci de votre inscription ! Pour activer votre nouveau compte, cliquez sur le lien suivant :\n{link}\nVous pourrez ensuite vous connecter.\n{company}',
    },
    es: {
      subject: 'Activa tu cuenta',
      body: 'Hola {name}:\n¡gracias por registrarte! Para activar tu nueva cuenta, haz clic en el siguiente enlace:\n{link}\nDespués podrás iniciar sesión.\n{company}',
    },
    pt: {
      subject: 'Ative a sua conta',
      body: 'Olá {name},\nobrigado pelo registo! Para ativar a sua nova conta, clique na seguinte ligação:\n{link}\nDepois poderá iniciar sessão.\n{company}',
    },
    it: {
      subject: 'Attiva il tuo account',
      body: 'Ciao {name},\ngrazie per la registrazione! Per attivare il tuo nuovo account fai clic sul link seguente:\n{link}\nDopo potrai accedere con nome utente e password.\n{company}',
    },
    nl: {
      subject: 'Activeer je account',
      body: 'Hallo {name},\nbedankt voor je registratie! Klik op de volgende link om je nieuwe account te activeren:\n{link}\nDaarna kun je inloggen.\n{company}',
    },
  },
}

/** ProcessWire LoginRegister module: the e-mail confirmation code sent on registration ("enter
 * this code to confirm your email"). Source: processwire.com modules, LoginRegister. */
export const PW_LOGINREGISTER: Product = {
  family: 'verification',
  product: 'ProcessWire LoginRegister',
  sender: 'display',
  texts: {
    en: {
      subject: 'Confirm your email',
      body: 'Please click the link below to confirm your email address, or enter this code on the registration page: {code}\n{link}\nIf you did not request this, ignore this message.',
    },
    de: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
      body: 'Bitte klicken Sie auf den Link, um Ihre E-Mail-Adresse zu bestätigen, oder geben Sie diesen Code auf der Registrierungsseite ein: {code}\n{link}',
    },
    fr: {
      subject: 'Confirmez votre adresse e-mail',
      body: 'Cliquez sur le lien ci-dessous pour confirmer votre adresse e-mail, ou saisissez ce code sur la page d’inscription : {code}\n{link}',
    },
    es: {
      subject: 'Confirma tu correo electrónico',
      body: 'Haz clic en el enlace para confirmar tu dirección de correo o introduce este código en la página de registro: {code}\n{link}',
    },
    pt: {
      subject: 'Confirme seu e-mail',
      body: 'Clique no link abaixo para confirmar seu endereço de e-mail ou digite este código na página de cadastro: {code}\n{link}',
    },
    it: {
      subject: 'Conferma la tua email',
      body: 'Fai clic sul link per confermare il tuo indirizzo email oppure inserisci questo codice nella pagina di registrazione: {code}\n{link}',
    },
    nl: {
      subject: 'Bevestig je e-mailadres',
      body: 'Klik op de link hieronder om je e-mailadres te bevestigen, of vul deze code in op de registratiepagina: {code}\n{link}',
    },
  },
}
