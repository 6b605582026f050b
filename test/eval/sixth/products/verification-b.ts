// Account verification mails, part two: ASP.NET Core Identity's scaffolded UI, Phoenix's
// phx.gen.auth, Meteor accounts-password, Parse Server and Ultimate Member (WordPress).
import type { Product } from '../product.ts'

/** source: ASP.NET Core Identity scaffolded Register.cshtml.cs ("Confirm your email"). */
export const ASPNET_VERIFY: Product = {
  product: 'ASP.NET Identity',
  family: 'verification',
  source: 'ASP.NET Core Identity default UI, Areas/Identity/Pages/Account/Register.cshtml.cs',
  echo: 'none',
  texts: {
    en: {
      subject: 'Confirm your email',
      body: 'Please confirm your account by clicking here: {link}.',
    },
    de: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
      body: 'Bitte bestätigen Sie Ihr Konto, indem Sie hier klicken: {link}.',
    },
    fr: {
      subject: 'Confirmez votre adresse e-mail',
      body: 'Veuillez confirmer votre compte en cliquant ici : {link}.',
    },
    es: {
      subject: 'Confirme su correo electrónico',
      body: 'Confirme su cuenta haciendo clic aquí: {link}.',
    },
    pt: { subject: 'Confirme o seu e-mail', body: 'Confirme a sua conta clicando aqui: {link}.' },
    it: {
      subject: 'Conferma la tua email',
      body: 'Conferma il tuo account facendo clic qui: {link}.',
    },
    nl: {
      subject: 'Bevestig uw e-mailadres',
      body: 'Bevestig uw account door hier te klikken: {link}.',
    },
    sv: {
      subject: 'Bekräfta din e-post',
      body: 'Bekräfta ditt konto genom att klicka här: {link}.',
    },
    pl: {
      subject: 'Potwierdź swój e-mail',
      body: 'Potwierdź swoje konto, klikając tutaj: {link}.',
    },
  },
}

/** source: Phoenix `mix phx.gen.auth`, UserNotifier.deliver_confirmation_instructions. */
export const PHOENIX_VERIFY: Product = {
  product: 'Phoenix',
  family: 'verification',
  source: 'phoenix priv/templates/phx.gen.auth/notifier.ex, confirmation instructions',
  echo: 'none',
  texts: {
    en: {
      subject: 'Confirmation instructions',
      body: "==============================\n\nHi {email},\n\nYou can confirm your account by visiting the URL below:\n\n{link}\n\nIf you didn't create an account with us, please ignore this.\n\n==============================",
    },
    de: {
      subject: 'Anleitung zur Bestätigung',
      body: 'Hallo {email},\n\nSie können Ihr Konto bestätigen, indem Sie die folgende URL aufrufen:\n\n{link}\n\nWenn Sie kein Konto bei uns erstellt haben, ignorieren Sie diese Nachricht bitte.',
    },
    fr: {
      subject: 'Instructions de confirmation',
      body: "Bonjour {email},\n\nVous pouvez confirmer votre compte en visitant l'URL ci-dessous :\n\n{link}\n\nSi vous n'avez pas créé de compte chez nous, ignorez ce message.",
    },
    es: {
      subject: 'Instrucciones de confirmación',
      body: 'Hola {email}:\n\nPuedes confirmar tu cuenta visitando la siguiente URL:\n\n{link}\n\nSi no creaste una cuenta con nosotros, ignora este mensaje.',
    },
    pt: {
      subject: 'Instruções de confirmação',
      body: 'Olá {email},\n\nPode confirmar a sua conta visitando o URL abaixo:\n\n{link}\n\nSe não criou uma conta connosco, ignore esta mensagem.',
    },
    it: {
      subject: 'Istruzioni di conferma',
      body: "Ciao {email},\n\npuoi confermare il tuo account visitando l'URL qui sotto:\n\n{link}\n\nSe non hai creato un account con noi, ignora questo messaggio.",
    },
    nl: {
      subject: 'Bevestigingsinstructies',
      body: 'Hoi {email},\n\nJe kunt je account bevestigen via de onderstaande URL:\n\n{link}\n\nAls je geen account bij ons hebt aangemaakt, negeer dit bericht dan.',
    },
    sv: {
      subject: 'Instruktioner för bekräftelse',
      body: 'Hej {email},\n\nDu kan bekräfta ditt konto genom att besöka adressen nedan:\n\n{link}\n\nOm du inte har skapat ett konto hos oss kan du bortse från detta.',
    },
    pl: {
      subject: 'Instrukcje potwierdzenia',
      body: 'Cześć {email},\n\nmożesz potwierdzić swoje konto, odwiedzając poniższy adres:\n\n{link}\n\nJeśli nie zakładałeś u nas konta, zignoruj tę wiadomość.',
    },
  },
}

/** source: Meteor accounts-password, Accounts.emailTemplates.verifyEmail defaults. */
export const METEOR_VERIFY: Product = {
  product: 'Meteor',
  family: 'verification',
  source: 'Meteor accounts-base email_templates.js, verifyEmail subject and text',
  echo: 'none',
  texts: {
    en: {
      subject: 'How to verify email address on {site}',
      body: 'Hello,\n\nTo verify your account email, simply click the link below.\n\n{link}\n\nThanks.',
    },
    de: {
      subject: 'So bestätigen Sie Ihre E-Mail-Adresse auf {site}',
      body: 'Hallo,\n\num die E-Mail-Adresse Ihres Kontos zu bestätigen, klicken Sie einfach auf den folgenden Link.\n\n{link}\n\nDanke.',
    },
    fr: {
      subject: 'Comment vérifier votre adresse e-mail sur {site}',
      body: "Bonjour,\n\nPour vérifier l'adresse e-mail de votre compte, cliquez simplement sur le lien ci-dessous.\n\n{link}\n\nMerci.",
    },
    es: {
      subject: 'Cómo verificar tu correo en {site}',
      body: 'Hola:\n\nPara verificar el correo de tu cuenta, simplemente haz clic en el siguiente enlace.\n\n{link}\n\nGracias.',
    },
    pt: {
      subject: 'Como verificar o seu e-mail em {site}',
      body: 'Olá,\n\nPara verificar o e-mail da sua conta, basta clicar no link abaixo.\n\n{link}\n\nObrigado.',
    },
    it: {
      subject: "Come verificare l'indirizzo email su {site}",
      body: "Ciao,\n\nper verificare l'email del tuo account, fai semplicemente clic sul link qui sotto.\n\n{link}\n\nGrazie.",
    },
    nl: {
      subject: 'Zo verifieer je je e-mailadres op {site}',
      body: 'Hallo,\n\nKlik op de onderstaande link om het e-mailadres van je account te verifiëren.\n\n{link}\n\nBedankt.',
    },
    sv: {
      subject: 'Så verifierar du din e-postadress på {site}',
      body: 'Hej,\n\nKlicka på länken nedan för att verifiera e-postadressen för ditt konto.\n\n{link}\n\nTack.',
    },
    pl: {
      subject: 'Jak zweryfikować adres e-mail w {site}',
      body: 'Witaj,\n\naby zweryfikować adres e-mail swojego konta, kliknij poniższy link.\n\n{link}\n\nDziękujemy.',
    },
  },
}

/** source: Parse Server, default verification email (src/Controllers/UserController.js). */
export const PARSE_VERIFY: Product = {
  product: 'Parse Server',
  family: 'verification',
  source: 'parse-community/parse-server UserController defaultVerificationEmail',
  echo: 'none',
  texts: {
    en: {
      subject: 'Please verify your e-mail for {company}',
      body: 'Hi,\n\nYou are being asked to confirm the e-mail address {email} with {company}\n\nClick here to confirm it:\n{link}',
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail für {company}',
      body: 'Hallo,\n\nSie werden gebeten, die E-Mail-Adresse {email} bei {company} zu bestätigen.\n\nHier klicken zum Bestätigen:\n{link}',
    },
    fr: {
      subject: 'Veuillez vérifier votre e-mail pour {company}',
      body: "Bonjour,\n\nOn vous demande de confirmer l'adresse e-mail {email} auprès de {company}\n\nCliquez ici pour la confirmer :\n{link}",
    },
    es: {
      subject: 'Verifica tu correo para {company}',
      body: 'Hola:\n\nSe te pide confirmar la dirección {email} en {company}\n\nHaz clic aquí para confirmarla:\n{link}',
    },
    pt: {
      subject: 'Verifique o seu e-mail para {company}',
      body: 'Olá,\n\nPedimos que confirme o endereço {email} na {company}\n\nClique aqui para o confirmar:\n{link}',
    },
    it: {
      subject: 'Verifica la tua email per {company}',
      body: "Ciao,\n\nti chiediamo di confermare l'indirizzo {email} presso {company}\n\nFai clic qui per confermarlo:\n{link}",
    },
    nl: {
      subject: 'Verifieer je e-mailadres voor {company}',
      body: 'Hallo,\n\nJe wordt gevraagd het e-mailadres {email} te bevestigen bij {company}\n\nKlik hier om het te bevestigen:\n{link}',
    },
    sv: {
      subject: 'Verifiera din e-post för {company}',
      body: 'Hej,\n\nDu ombeds bekräfta e-postadressen {email} hos {company}\n\nKlicka här för att bekräfta:\n{link}',
    },
    pl: {
      subject: 'Zweryfikuj swój e-mail w {company}',
      body: 'Cześć,\n\nprosimy o potwierdzenie adresu {email} w {company}\n\nKliknij tutaj, aby potwierdzić:\n{link}',
    },
  },
}

/** source: Ultimate Member (WordPress), "Account Activation Email" default (checkmail_email). */
export const ULTIMATE_MEMBER: Product = {
  product: 'Ultimate Member',
  family: 'verification',
  source: 'Ultimate Member email template "Account Activation Email" (checkmail_email)',
  echo: 'name',
  texts: {
    en: {
      subject: 'Please activate your account',
      body: 'Hi {name},\n\nThank you for signing up with {company}! To activate your account, please click the link below to confirm your email address:\n\n{link}\n\nIf you have any problems, please contact us.\n\nThanks,\n{company}',
    },
    de: {
      subject: 'Bitte aktiviere dein Konto',
      body: 'Hallo {name},\n\ndanke für deine Registrierung bei {company}! Um dein Konto zu aktivieren, klicke bitte auf den folgenden Link und bestätige deine E-Mail-Adresse:\n\n{link}\n\nDanke,\n{company}',
    },
    fr: {
      subject: 'Veuillez activer votre compte',
      body: 'Bonjour {name},\n\nMerci de vous être inscrit sur {company} ! Pour activer votre compte, cliquez sur le lien ci-dessous afin de confirmer votre adresse e-mail :\n\n{link}\n\nMerci,\n{company}',
    },
    es: {
      subject: 'Activa tu cuenta',
      body: 'Hola {name}:\n\n¡Gracias por registrarte en {company}! Para activar tu cuenta, haz clic en el siguiente enlace y confirma tu dirección de correo:\n\n{link}\n\nGracias,\n{company}',
    },
    pt: {
      subject: 'Ative a sua conta',
      body: 'Olá {name},\n\nObrigado por se registar na {company}! Para ativar a sua conta, clique no link abaixo para confirmar o seu e-mail:\n\n{link}\n\nObrigado,\n{company}',
    },
    it: {
      subject: 'Attiva il tuo account',
      body: 'Ciao {name},\n\ngrazie per esserti registrato su {company}! Per attivare il tuo account, fai clic sul link qui sotto per confermare il tuo indirizzo email:\n\n{link}\n\nGrazie,\n{company}',
    },
    nl: {
      subject: 'Activeer je account',
      body: 'Hoi {name},\n\nBedankt voor je aanmelding bij {company}! Klik op de onderstaande link om je e-mailadres te bevestigen en je account te activeren:\n\n{link}\n\nBedankt,\n{company}',
    },
    sv: {
      subject: 'Aktivera ditt konto',
      body: 'Hej {name},\n\nTack för att du registrerade dig hos {company}! Klicka på länken nedan för att bekräfta din e-postadress och aktivera ditt konto:\n\n{link}\n\nTack,\n{company}',
    },
    pl: {
      subject: 'Aktywuj swoje konto',
      body: 'Cześć {name},\n\ndziękujemy za rejestrację w {company}! Aby aktywować konto, kliknij poniższy link i potwierdź adres e-mail:\n\n{link}\n\nDzięki,\n{company}',
    },
  },
}
