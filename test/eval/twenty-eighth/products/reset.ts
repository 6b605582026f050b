// Password reset. Written from memory of each product's documented default, in our own words;
// the non-English texts are our renderings of the same notice.
import type { Product } from './types.ts'

/** Postmark's open-source transactional templates: "password-reset" (ActiveCampaign/postmark-templates). */
export const POSTMARK_RESET: Product = {
  family: 'reset',
  product: 'Postmark templates',
  sender: 'own',
  texts: {
    en: {
      subject: 'Set up a new password for {company}',
      body: 'Hi {name},\n\nYou recently requested to reset your password for your {company} account. Use the button below to reset it. This password reset is only valid for the next 24 hours.\n\nReset your password: {link}\n\nIf you did not request a password reset, please ignore this email or contact support.',
    },
    de: {
      subject: 'Neues Passwort für {company} festlegen',
      body: 'Hallo {name},\n\nSie haben kürzlich angefordert, das Passwort Ihres {company}-Kontos zurückzusetzen. Nutzen Sie dazu die Schaltfläche unten. Der Link gilt nur 24 Stunden.\n\nPasswort zurücksetzen: {link}\n\nHaben Sie das nicht angefordert, ignorieren Sie diese E-Mail.',
    },
    fr: {
      subject: 'Définissez un nouveau mot de passe pour {company}',
      body: 'Bonjour {name},\n\nVous avez demandé récemment la réinitialisation du mot de passe de votre compte {company}. Utilisez le bouton ci-dessous. Ce lien n’est valable que 24 heures.\n\nRéinitialiser le mot de passe : {link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.',
    },
    es: {
      subject: 'Crea una nueva contraseña para {company}',
      body: 'Hola {name}:\n\nHas solicitado hace poco restablecer la contraseña de tu cuenta de {company}. Usa el botón de abajo. Este enlace solo es válido durante 24 horas.\n\nRestablecer contraseña: {link}\n\nSi no lo solicitaste, ignora este correo.',
    },
    pt: {
      subject: 'Defina uma nova senha para {company}',
      body: 'Olá {name},\n\nVocê solicitou recentemente a redefinição da senha da sua conta {company}. Use o botão abaixo. Este link só é válido nas próximas 24 horas.\n\nRedefinir senha: {link}\n\nSe não foi você, ignore este e-mail.',
    },
    it: {
      subject: 'Imposta una nuova password per {company}',
      body: 'Ciao {name},\n\nhai chiesto di recente di reimpostare la password del tuo account {company}. Usa il pulsante qui sotto. Il link è valido solo per 24 ore.\n\nReimposta password: {link}\n\nSe non l’hai chiesto tu, ignora questa email.',
    },
    nl: {
      subject: 'Stel een nieuw wachtwoord in voor {company}',
      body: 'Hoi {name},\n\nJe hebt onlangs gevraagd het wachtwoord van je {company}-account opnieuw in te stellen. Gebruik de knop hieronder. Deze link is 24 uur geldig.\n\nWachtwoord opnieuw instellen: {link}\n\nHeb je dit niet gevraagd, negeer deze e-mail dan.',
    },
  },
}

/** Pydio Cells: the default "reset password" mail of its mailer templates (Pydio Cells docs). */
export const PYDIO: Product = {
  family: 'reset',
  product: 'Pydio Cells',
  sender: 'own',
  texts: {
    en: {
      subject: '[{company}] Reset Password',
      body: 'Hello {name},\n\nA password reset was requested for your account on {company}. Follow this link to choose a new password. It will be valid for 15 minutes.\n\n{link}\n\nThis is an automated message.',
    },
    de: {
      subject: '[{company}] Passwort zurücksetzen',
      body: 'Hallo {name},\n\nfür Ihr Konto bei {company} wurde das Zurücksetzen des Passworts angefordert. Über diesen Link wählen Sie ein neues Passwort. Er ist 15 Minuten gültig.\n\n{link}\n\nDies ist eine automatische Nachricht.',
    },
    fr: {
      subject: '[{company}] Réinitialiser le mot de passe',
      body: 'Bonjour {name},\n\nUne réinitialisation du mot de passe a été demandée pour votre compte {company}. Suivez ce lien pour en choisir un nouveau. Il est valable 15 minutes.\n\n{link}\n\nCeci est un message automatique.',
    },
    es: {
      subject: '[{company}] Restablecer contraseña',
      body: 'Hola {name}:\n\nSe ha pedido restablecer la contraseña de su cuenta en {company}. Siga este enlace para elegir una nueva. Es válido durante 15 minutos.\n\n{link}\n\nEste es un mensaje automático.',
    },
    pt: {
      subject: '[{company}] Repor palavra-passe',
      body: 'Olá {name},\n\nFoi pedida a reposição da palavra-passe da sua conta em {company}. Siga esta ligação para escolher uma nova. É válida durante 15 minutos.\n\n{link}\n\nEsta é uma mensagem automática.',
    },
    it: {
      subject: '[{company}] Reimposta password',
      body: 'Salve {name},\n\nè stato richiesto il ripristino della password del suo account su {company}. Segua questo link per sceglierne una nuova. È valido 15 minuti.\n\n{link}\n\nQuesto è un messaggio automatico.',
    },
    nl: {
      subject: '[{company}] Wachtwoord herstellen',
      body: 'Hallo {name},\n\nEr is gevraagd het wachtwoord van uw account bij {company} te herstellen. Volg deze link om een nieuw wachtwoord te kiezen. Hij is 15 minuten geldig.\n\n{link}\n\nDit is een automatisch bericht.',
    },
  },
}
