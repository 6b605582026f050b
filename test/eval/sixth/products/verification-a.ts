// Account verification and activation mails of web frameworks' default scaffolding, part one.
// Written from knowledge of each default template, not pasted; other languages reconstructed.
import type { Product } from '../product.ts'

/** source: Symfony MakerBundle `make:registration-form` with VerifyEmailBundle, confirmation_email.html.twig. */
export const SYMFONY_VERIFY: Product = {
  product: 'Symfony VerifyEmail',
  family: 'verification',
  source: 'symfony/maker-bundle registration form template confirmation_email.html.twig',
  echo: 'none',
  texts: {
    en: {
      subject: 'Please Confirm your Email',
      body: 'Hi! Please confirm your email!\n\nPlease confirm your email address by clicking the following link:\n\nConfirm my Email {link}\n\nThis link will expire in 1 hour.\n\nCheers!',
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      body: 'Hallo! Bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie auf den folgenden Link klicken:\n\nE-Mail bestätigen {link}\n\nDieser Link läuft in 1 Stunde ab.\n\nViele Grüße!',
    },
    fr: {
      subject: 'Veuillez confirmer votre adresse e-mail',
      body: 'Bonjour ! Veuillez confirmer votre adresse e-mail en cliquant sur le lien suivant :\n\nConfirmer mon e-mail {link}\n\nCe lien expirera dans 1 heure.\n\nÀ bientôt !',
    },
    es: {
      subject: 'Por favor, confirma tu correo electrónico',
      body: '¡Hola! Confirma tu dirección de correo haciendo clic en el siguiente enlace:\n\nConfirmar mi correo {link}\n\nEste enlace caducará en 1 hora.\n\n¡Saludos!',
    },
    pt: {
      subject: 'Por favor, confirme o seu e-mail',
      body: 'Olá! Confirme o seu endereço de e-mail clicando no link seguinte:\n\nConfirmar o meu e-mail {link}\n\nEste link expira dentro de 1 hora.\n\nObrigado!',
    },
    it: {
      subject: 'Conferma il tuo indirizzo email',
      body: 'Ciao! Conferma il tuo indirizzo email facendo clic sul link seguente:\n\nConferma la mia email {link}\n\nQuesto link scadrà tra 1 ora.\n\nA presto!',
    },
    nl: {
      subject: 'Bevestig je e-mailadres',
      body: 'Hoi! Bevestig je e-mailadres door op de volgende link te klikken:\n\nMijn e-mailadres bevestigen {link}\n\nDeze link verloopt over 1 uur.\n\nGroeten!',
    },
    sv: {
      subject: 'Bekräfta din e-postadress',
      body: 'Hej! Bekräfta din e-postadress genom att klicka på länken nedan:\n\nBekräfta min e-post {link}\n\nLänken slutar gälla om 1 timme.\n\nHälsningar!',
    },
    pl: {
      subject: 'Potwierdź swój adres e-mail',
      body: 'Cześć! Potwierdź swój adres e-mail, klikając poniższy link:\n\nPotwierdź mój e-mail {link}\n\nLink wygaśnie za 1 godzinę.\n\nPozdrawiamy!',
    },
  },
}

/** source: Flask-Security, templates/security/email/confirmation_instructions.txt and welcome.txt. */
export const FLASK_SECURITY_VERIFY: Product = {
  product: 'Flask-Security',
  family: 'verification',
  source:
    'Flask-Security(-Too) email templates confirmation_instructions / welcome, EMAIL_SUBJECT_REGISTER',
  echo: 'none',
  texts: {
    en: {
      subject: 'Welcome',
      body: 'Welcome {email}!\n\nYou can confirm your email through the link below:\n\n{link}',
    },
    de: {
      subject: 'Willkommen',
      body: 'Willkommen {email}!\n\nSie können Ihre E-Mail-Adresse über den folgenden Link bestätigen:\n\n{link}',
    },
    fr: {
      subject: 'Bienvenue',
      body: 'Bienvenue {email} !\n\nVous pouvez confirmer votre adresse e-mail grâce au lien ci-dessous :\n\n{link}',
    },
    es: {
      subject: 'Bienvenido',
      body: '¡Bienvenido {email}!\n\nPuede confirmar su correo electrónico mediante el siguiente enlace:\n\n{link}',
    },
    pt: {
      subject: 'Bem-vindo',
      body: 'Bem-vindo {email}!\n\nPode confirmar o seu e-mail através do link abaixo:\n\n{link}',
    },
    it: {
      subject: 'Benvenuto',
      body: 'Benvenuto {email}!\n\nPuoi confermare la tua email tramite il link qui sotto:\n\n{link}',
    },
    nl: {
      subject: 'Welkom',
      body: 'Welkom {email}!\n\nU kunt uw e-mailadres bevestigen via de onderstaande link:\n\n{link}',
    },
    sv: {
      subject: 'Välkommen',
      body: 'Välkommen {email}!\n\nDu kan bekräfta din e-postadress via länken nedan:\n\n{link}',
    },
    pl: {
      subject: 'Witamy',
      body: 'Witamy {email}!\n\nMożesz potwierdzić swój adres e-mail, korzystając z poniższego linku:\n\n{link}',
    },
  },
}

/** source: JHipster generated app, templates/mail/activationEmail.html and messages_<lang>.properties. */
export const JHIPSTER_VERIFY: Product = {
  product: 'JHipster',
  family: 'verification',
  source: 'JHipster generated server, activationEmail.html with i18n/messages_<lang>.properties',
  echo: 'name',
  texts: {
    en: {
      subject: '{company} account activation is required',
      body: 'Dear {name}\n\nYour {company} account has been created, please click on the URL below to activate it:\n\n{link}\n\nRegards,\n{company} Team.',
    },
    de: {
      subject: '{company}-Kontoaktivierung erforderlich',
      body: 'Hallo {name}\n\nIhr {company}-Konto wurde erstellt, bitte klicken Sie auf den folgenden Link, um es zu aktivieren:\n\n{link}\n\nMit freundlichen Grüßen,\n{company} Team.',
    },
    fr: {
      subject: 'Activation de votre compte {company}',
      body: "Cher {name}\n\nVotre compte {company} a été créé, veuillez cliquer sur le lien ci-dessous pour l'activer :\n\n{link}\n\nCordialement,\nL'équipe {company}.",
    },
    es: {
      subject: 'Se requiere la activación de la cuenta de {company}',
      body: 'Estimado {name}\n\nSu cuenta de {company} ha sido creada, por favor haga clic en el siguiente enlace para activarla:\n\n{link}\n\nSaludos,\nEquipo {company}.',
    },
    pt: {
      subject: 'Ativação da conta {company} necessária',
      body: 'Caro {name}\n\nA sua conta {company} foi criada, clique no endereço abaixo para a ativar:\n\n{link}\n\nCumprimentos,\nEquipa {company}.',
    },
    it: {
      subject: "È richiesta l'attivazione dell'account {company}",
      body: 'Caro {name}\n\nIl tuo account {company} è stato creato, fai clic sul link qui sotto per attivarlo:\n\n{link}\n\nSaluti,\nIl team {company}.',
    },
    nl: {
      subject: 'Activatie van uw {company}-account vereist',
      body: 'Beste {name}\n\nUw {company}-account is aangemaakt, klik op de onderstaande link om het te activeren:\n\n{link}\n\nMet vriendelijke groet,\n{company} Team.',
    },
    sv: {
      subject: 'Aktivering av ditt {company}-konto krävs',
      body: 'Hej {name}\n\nDitt {company}-konto har skapats, klicka på länken nedan för att aktivera det:\n\n{link}\n\nHälsningar,\n{company}-teamet.',
    },
    pl: {
      subject: 'Wymagana aktywacja konta {company}',
      body: 'Drogi {name}\n\nTwoje konto {company} zostało utworzone, kliknij poniższy link, aby je aktywować:\n\n{link}\n\nPozdrawiamy,\nZespół {company}.',
    },
  },
}

/** source: Strapi users-permissions plugin, default "Email address confirmation" template. */
export const STRAPI_VERIFY: Product = {
  product: 'Strapi',
  family: 'verification',
  source: 'Strapi users-permissions advanced settings, email template "Email address confirmation"',
  echo: 'none',
  texts: {
    en: {
      subject: 'Account confirmation',
      body: 'Thank you for registering!\n\nYou have to confirm your email address. Please click on the link below.\n\n{link}\n\nThanks.',
    },
    de: {
      subject: 'Kontobestätigung',
      body: 'Danke für Ihre Registrierung!\n\nSie müssen Ihre E-Mail-Adresse bestätigen. Bitte klicken Sie auf den folgenden Link.\n\n{link}\n\nDanke.',
    },
    fr: {
      subject: 'Confirmation du compte',
      body: 'Merci pour votre inscription !\n\nVous devez confirmer votre adresse e-mail. Veuillez cliquer sur le lien ci-dessous.\n\n{link}\n\nMerci.',
    },
    es: {
      subject: 'Confirmación de la cuenta',
      body: '¡Gracias por registrarte!\n\nDebes confirmar tu dirección de correo. Haz clic en el siguiente enlace.\n\n{link}\n\nGracias.',
    },
    pt: {
      subject: 'Confirmação de conta',
      body: 'Obrigado pelo seu registo!\n\nTem de confirmar o seu endereço de e-mail. Clique no link abaixo.\n\n{link}\n\nObrigado.',
    },
    it: {
      subject: "Conferma dell'account",
      body: 'Grazie per la registrazione!\n\nDevi confermare il tuo indirizzo email. Fai clic sul link qui sotto.\n\n{link}\n\nGrazie.',
    },
    nl: {
      subject: 'Accountbevestiging',
      body: 'Bedankt voor je registratie!\n\nJe moet je e-mailadres bevestigen. Klik op de onderstaande link.\n\n{link}\n\nBedankt.',
    },
    sv: {
      subject: 'Kontobekräftelse',
      body: 'Tack för din registrering!\n\nDu måste bekräfta din e-postadress. Klicka på länken nedan.\n\n{link}\n\nTack.',
    },
    pl: {
      subject: 'Potwierdzenie konta',
      body: 'Dziękujemy za rejestrację!\n\nMusisz potwierdzić swój adres e-mail. Kliknij poniższy link.\n\n{link}\n\nDzięki.',
    },
  },
}
