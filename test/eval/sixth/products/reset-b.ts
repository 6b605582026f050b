// Password reset mails, part two: JHipster, Strapi, ASP.NET Core Identity and Meteor defaults.
import type { Product } from '../product.ts'

/** source: JHipster generated server, passwordResetEmail.html with messages_<lang>.properties. */
export const JHIPSTER_RESET: Product = {
  product: 'JHipster',
  family: 'reset',
  source: 'JHipster generated server, passwordResetEmail.html with i18n/messages_<lang>.properties',
  echo: 'name',
  texts: {
    en: {
      subject: '{company} password reset',
      body: 'Dear {name}\n\nFor your {company} account a password reset was requested, please click on the URL below to reset it:\n\n{link}\n\nRegards,\n{company} Team.',
    },
    de: {
      subject: '{company} Passwort zurücksetzen',
      body: 'Hallo {name}\n\nFür Ihr {company}-Konto wurde ein neues Passwort angefordert, bitte klicken Sie auf den folgenden Link:\n\n{link}\n\nMit freundlichen Grüßen,\n{company} Team.',
    },
    fr: {
      subject: 'Réinitialisation du mot de passe {company}',
      body: "Cher {name}\n\nUne réinitialisation du mot de passe de votre compte {company} a été demandée, cliquez sur le lien ci-dessous :\n\n{link}\n\nCordialement,\nL'équipe {company}.",
    },
    es: {
      subject: 'Restablecimiento de contraseña de {company}',
      body: 'Estimado {name}\n\nSe ha solicitado restablecer la contraseña de su cuenta de {company}, haga clic en el siguiente enlace:\n\n{link}\n\nSaludos,\nEquipo {company}.',
    },
    pt: {
      subject: 'Redefinição da palavra-passe {company}',
      body: 'Caro {name}\n\nFoi pedida a redefinição da palavra-passe da sua conta {company}, clique no endereço abaixo:\n\n{link}\n\nCumprimentos,\nEquipa {company}.',
    },
    it: {
      subject: 'Reimpostazione password {company}',
      body: 'Caro {name}\n\nÈ stata richiesta la reimpostazione della password del tuo account {company}, fai clic sul link qui sotto:\n\n{link}\n\nSaluti,\nIl team {company}.',
    },
    nl: {
      subject: '{company} wachtwoord herstellen',
      body: 'Beste {name}\n\nVoor uw {company}-account is een nieuw wachtwoord aangevraagd, klik op de onderstaande link:\n\n{link}\n\nMet vriendelijke groet,\n{company} Team.',
    },
    sv: {
      subject: '{company} återställning av lösenord',
      body: 'Hej {name}\n\nFör ditt {company}-konto har en lösenordsåterställning begärts, klicka på länken nedan:\n\n{link}\n\nHälsningar,\n{company}-teamet.',
    },
    pl: {
      subject: '{company} resetowanie hasła',
      body: 'Drogi {name}\n\ndla Twojego konta {company} zażądano zresetowania hasła, kliknij poniższy link:\n\n{link}\n\nPozdrawiamy,\nZespół {company}.',
    },
  },
}

/** source: Strapi users-permissions plugin, default "Reset password" email template. */
export const STRAPI_RESET: Product = {
  product: 'Strapi',
  family: 'reset',
  source: 'Strapi users-permissions advanced settings, email template "Reset password"',
  echo: 'none',
  texts: {
    en: {
      subject: 'Reset password',
      body: "We heard that you lost your password. Sorry about that!\n\nBut don't worry! You can use the following link to reset your password:\n\n{link}\n\nThanks.",
    },
    de: {
      subject: 'Passwort zurücksetzen',
      body: 'Wir haben gehört, dass Sie Ihr Passwort verloren haben. Das tut uns leid!\n\nKeine Sorge! Mit dem folgenden Link können Sie es zurücksetzen:\n\n{link}\n\nDanke.',
    },
    fr: {
      subject: 'Réinitialiser le mot de passe',
      body: "Il paraît que vous avez perdu votre mot de passe. Désolé !\n\nPas d'inquiétude ! Utilisez le lien suivant pour le réinitialiser :\n\n{link}\n\nMerci.",
    },
    es: {
      subject: 'Restablecer contraseña',
      body: 'Nos hemos enterado de que perdiste tu contraseña. ¡Lo sentimos!\n\n¡No te preocupes! Puedes usar el siguiente enlace para restablecerla:\n\n{link}\n\nGracias.',
    },
    pt: {
      subject: 'Redefinir palavra-passe',
      body: 'Soubemos que perdeu a sua palavra-passe. Lamentamos!\n\nMas não se preocupe! Use o link seguinte para a redefinir:\n\n{link}\n\nObrigado.',
    },
    it: {
      subject: 'Reimposta password',
      body: 'Abbiamo saputo che hai perso la password. Ci dispiace!\n\nNessun problema! Usa il link seguente per reimpostarla:\n\n{link}\n\nGrazie.',
    },
    nl: {
      subject: 'Wachtwoord resetten',
      body: 'We hoorden dat je je wachtwoord kwijt bent. Vervelend!\n\nGeen zorgen! Gebruik de volgende link om je wachtwoord te resetten:\n\n{link}\n\nBedankt.',
    },
    sv: {
      subject: 'Återställ lösenord',
      body: 'Vi hörde att du har tappat bort ditt lösenord. Tråkigt!\n\nMen oroa dig inte! Använd länken nedan för att återställa det:\n\n{link}\n\nTack.',
    },
    pl: {
      subject: 'Resetowanie hasła',
      body: 'Słyszeliśmy, że zgubiłeś hasło. Przykro nam!\n\nAle bez obaw! Użyj poniższego linku, aby je zresetować:\n\n{link}\n\nDzięki.',
    },
  },
}

/** source: ASP.NET Core Identity default UI, ForgotPassword.cshtml.cs ("Reset Password"). */
export const ASPNET_RESET: Product = {
  product: 'ASP.NET Identity',
  family: 'reset',
  source: 'ASP.NET Core Identity default UI, Areas/Identity/Pages/Account/ForgotPassword.cshtml.cs',
  echo: 'none',
  texts: {
    en: { subject: 'Reset Password', body: 'Please reset your password by clicking here: {link}.' },
    de: {
      subject: 'Passwort zurücksetzen',
      body: 'Bitte setzen Sie Ihr Passwort zurück, indem Sie hier klicken: {link}.',
    },
    fr: {
      subject: 'Réinitialiser le mot de passe',
      body: 'Veuillez réinitialiser votre mot de passe en cliquant ici : {link}.',
    },
    es: {
      subject: 'Restablecer contraseña',
      body: 'Restablezca su contraseña haciendo clic aquí: {link}.',
    },
    pt: {
      subject: 'Redefinir palavra-passe',
      body: 'Redefina a sua palavra-passe clicando aqui: {link}.',
    },
    it: { subject: 'Reimposta password', body: 'Reimposta la password facendo clic qui: {link}.' },
    nl: {
      subject: 'Wachtwoord opnieuw instellen',
      body: 'Stel uw wachtwoord opnieuw in door hier te klikken: {link}.',
    },
    sv: {
      subject: 'Återställ lösenord',
      body: 'Återställ ditt lösenord genom att klicka här: {link}.',
    },
    pl: { subject: 'Resetuj hasło', body: 'Zresetuj hasło, klikając tutaj: {link}.' },
  },
}

/** source: Meteor accounts-base email_templates.js, resetPassword subject and text. */
export const METEOR_RESET: Product = {
  product: 'Meteor',
  family: 'reset',
  source: 'Meteor accounts-base email_templates.js, resetPassword subject and text',
  echo: 'none',
  texts: {
    en: {
      subject: 'How to reset your password on {site}',
      body: 'Hello,\n\nTo reset your password, simply click the link below.\n\n{link}\n\nThanks.',
    },
    de: {
      subject: 'So setzen Sie Ihr Passwort auf {site} zurück',
      body: 'Hallo,\n\num Ihr Passwort zurückzusetzen, klicken Sie einfach auf den folgenden Link.\n\n{link}\n\nDanke.',
    },
    fr: {
      subject: 'Comment réinitialiser votre mot de passe sur {site}',
      body: 'Bonjour,\n\nPour réinitialiser votre mot de passe, cliquez simplement sur le lien ci-dessous.\n\n{link}\n\nMerci.',
    },
    es: {
      subject: 'Cómo restablecer tu contraseña en {site}',
      body: 'Hola:\n\nPara restablecer tu contraseña, simplemente haz clic en el siguiente enlace.\n\n{link}\n\nGracias.',
    },
    pt: {
      subject: 'Como redefinir a sua palavra-passe em {site}',
      body: 'Olá,\n\nPara redefinir a sua palavra-passe, basta clicar no link abaixo.\n\n{link}\n\nObrigado.',
    },
    it: {
      subject: 'Come reimpostare la password su {site}',
      body: 'Ciao,\n\nper reimpostare la password, fai semplicemente clic sul link qui sotto.\n\n{link}\n\nGrazie.',
    },
    nl: {
      subject: 'Zo stel je je wachtwoord opnieuw in op {site}',
      body: 'Hallo,\n\nKlik op de onderstaande link om je wachtwoord opnieuw in te stellen.\n\n{link}\n\nBedankt.',
    },
    sv: {
      subject: 'Så återställer du ditt lösenord på {site}',
      body: 'Hej,\n\nKlicka på länken nedan för att återställa ditt lösenord.\n\n{link}\n\nTack.',
    },
    pl: {
      subject: 'Jak zresetować hasło w {site}',
      body: 'Witaj,\n\naby zresetować hasło, kliknij poniższy link.\n\n{link}\n\nDziękujemy.',
    },
  },
}
