// Password reset mails of web frameworks' default scaffolding, part one. Written from knowledge of
// each default template, not pasted; other languages are reconstructions.
import type { Product } from '../product.ts'

/** source: Rails 8 authentication generator, app/views/passwords_mailer/reset.text.erb. */
export const RAILS_RESET: Product = {
  product: 'Rails 8 auth',
  family: 'reset',
  source: 'rails/rails authentication generator, PasswordsMailer#reset and reset.html.erb',
  echo: 'none',
  texts: {
    en: {
      subject: 'Reset your password',
      body: 'You can reset your password within the next 15 minutes on this password reset page:\n{link}',
    },
    de: {
      subject: 'Passwort zurücksetzen',
      body: 'Sie können Ihr Passwort innerhalb der nächsten 15 Minuten auf dieser Seite zurücksetzen:\n{link}',
    },
    fr: {
      subject: 'Réinitialisez votre mot de passe',
      body: 'Vous pouvez réinitialiser votre mot de passe dans les 15 prochaines minutes sur cette page :\n{link}',
    },
    es: {
      subject: 'Restablece tu contraseña',
      body: 'Puedes restablecer tu contraseña en los próximos 15 minutos en esta página:\n{link}',
    },
    pt: {
      subject: 'Redefina a sua palavra-passe',
      body: 'Pode redefinir a sua palavra-passe nos próximos 15 minutos nesta página:\n{link}',
    },
    it: {
      subject: 'Reimposta la password',
      body: 'Puoi reimpostare la password entro i prossimi 15 minuti da questa pagina:\n{link}',
    },
    nl: {
      subject: 'Stel je wachtwoord opnieuw in',
      body: 'Je kunt je wachtwoord de komende 15 minuten opnieuw instellen op deze pagina:\n{link}',
    },
    sv: {
      subject: 'Återställ ditt lösenord',
      body: 'Du kan återställa ditt lösenord inom 15 minuter på den här sidan:\n{link}',
    },
    pl: {
      subject: 'Zresetuj hasło',
      body: 'Możesz zresetować hasło w ciągu najbliższych 15 minut na tej stronie:\n{link}',
    },
  },
}

/** source: SymfonyCasts ResetPasswordBundle via `make:reset-password`, reset_password/email.html.twig. */
export const SYMFONY_RESET: Product = {
  product: 'Symfony ResetPassword',
  family: 'reset',
  source: 'symfony/maker-bundle make:reset-password template email.html.twig',
  echo: 'none',
  texts: {
    en: {
      subject: 'Your password reset request',
      body: 'Hi!\n\nTo reset your password, please visit the following link\n\n{link}\n\nThis link will expire in 1 hour.\n\nCheers!',
    },
    de: {
      subject: 'Ihre Anfrage zum Zurücksetzen des Passworts',
      body: 'Hallo!\n\nUm Ihr Passwort zurückzusetzen, besuchen Sie bitte den folgenden Link\n\n{link}\n\nDieser Link läuft in 1 Stunde ab.\n\nViele Grüße!',
    },
    fr: {
      subject: 'Votre demande de réinitialisation du mot de passe',
      body: 'Bonjour !\n\nPour réinitialiser votre mot de passe, veuillez visiter le lien suivant\n\n{link}\n\nCe lien expirera dans 1 heure.\n\nÀ bientôt !',
    },
    es: {
      subject: 'Tu solicitud de restablecimiento de contraseña',
      body: '¡Hola!\n\nPara restablecer tu contraseña, visita el siguiente enlace\n\n{link}\n\nEste enlace caducará en 1 hora.\n\n¡Saludos!',
    },
    pt: {
      subject: 'O seu pedido de redefinição de palavra-passe',
      body: 'Olá!\n\nPara redefinir a sua palavra-passe, visite o link seguinte\n\n{link}\n\nEste link expira dentro de 1 hora.\n\nObrigado!',
    },
    it: {
      subject: 'La tua richiesta di reimpostazione della password',
      body: 'Ciao!\n\nPer reimpostare la password, visita il link seguente\n\n{link}\n\nQuesto link scadrà tra 1 ora.\n\nA presto!',
    },
    nl: {
      subject: 'Je verzoek om je wachtwoord te resetten',
      body: 'Hoi!\n\nBezoek de volgende link om je wachtwoord te resetten\n\n{link}\n\nDeze link verloopt over 1 uur.\n\nGroeten!',
    },
    sv: {
      subject: 'Din begäran om lösenordsåterställning',
      body: 'Hej!\n\nBesök följande länk för att återställa ditt lösenord\n\n{link}\n\nLänken slutar gälla om 1 timme.\n\nHälsningar!',
    },
    pl: {
      subject: 'Twoja prośba o zresetowanie hasła',
      body: 'Cześć!\n\nAby zresetować hasło, odwiedź poniższy link\n\n{link}\n\nLink wygaśnie za 1 godzinę.\n\nPozdrawiamy!',
    },
  },
}

/** source: Flask-Security, reset_instructions.txt and EMAIL_SUBJECT_PASSWORD_RESET. */
export const FLASK_SECURITY_RESET: Product = {
  product: 'Flask-Security',
  family: 'reset',
  source:
    'Flask-Security(-Too) email template reset_instructions, subject "Password reset instructions"',
  echo: 'none',
  texts: {
    en: {
      subject: 'Password reset instructions',
      body: 'Click the link below to reset your password:\n\n{link}',
    },
    de: {
      subject: 'Anleitung zum Zurücksetzen des Passworts',
      body: 'Klicken Sie auf den folgenden Link, um Ihr Passwort zurückzusetzen:\n\n{link}',
    },
    fr: {
      subject: 'Instructions de réinitialisation du mot de passe',
      body: 'Cliquez sur le lien ci-dessous pour réinitialiser votre mot de passe :\n\n{link}',
    },
    es: {
      subject: 'Instrucciones para restablecer la contraseña',
      body: 'Haga clic en el siguiente enlace para restablecer su contraseña:\n\n{link}',
    },
    pt: {
      subject: 'Instruções para redefinir a palavra-passe',
      body: 'Clique no link abaixo para redefinir a sua palavra-passe:\n\n{link}',
    },
    it: {
      subject: 'Istruzioni per reimpostare la password',
      body: 'Fai clic sul link qui sotto per reimpostare la password:\n\n{link}',
    },
    nl: {
      subject: 'Instructies om uw wachtwoord te herstellen',
      body: 'Klik op de onderstaande link om uw wachtwoord te herstellen:\n\n{link}',
    },
    sv: {
      subject: 'Instruktioner för återställning av lösenord',
      body: 'Klicka på länken nedan för att återställa ditt lösenord:\n\n{link}',
    },
    pl: {
      subject: 'Instrukcje resetowania hasła',
      body: 'Kliknij poniższy link, aby zresetować hasło:\n\n{link}',
    },
  },
}
