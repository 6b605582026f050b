// Sign-in links and codes: Phoenix's magic link, Parse Server's reset, an in-house sign-in code.
import type { Product } from '../product.ts'

/** source: Phoenix 1.8 `mix phx.gen.auth`, UserNotifier.deliver_login_instructions (magic link). */
export const PHOENIX_LOGIN: Product = {
  product: 'Phoenix',
  family: 'reset',
  source: 'phoenix priv/templates/phx.gen.auth/notifier.ex, log-in instructions',
  echo: 'none',
  texts: {
    en: {
      subject: 'Log in instructions',
      body: "Hi {email},\n\nYou can log into your account by visiting the URL below:\n\n{link}\n\nIf you didn't request this email, please ignore this.",
    },
    de: {
      subject: 'Anmeldeanleitung',
      body: 'Hallo {email},\n\nSie können sich über die folgende URL in Ihrem Konto anmelden:\n\n{link}\n\nWenn Sie diese E-Mail nicht angefordert haben, ignorieren Sie sie bitte.',
    },
    fr: {
      subject: 'Instructions de connexion',
      body: "Bonjour {email},\n\nVous pouvez vous connecter à votre compte en visitant l'URL ci-dessous :\n\n{link}\n\nSi vous n'avez pas demandé cet e-mail, ignorez-le.",
    },
    es: {
      subject: 'Instrucciones de inicio de sesión',
      body: 'Hola {email}:\n\nPuedes iniciar sesión en tu cuenta visitando la siguiente URL:\n\n{link}\n\nSi no solicitaste este correo, ignóralo.',
    },
    pt: {
      subject: 'Instruções de início de sessão',
      body: 'Olá {email},\n\nPode entrar na sua conta visitando o URL abaixo:\n\n{link}\n\nSe não pediu este e-mail, ignore-o.',
    },
    it: {
      subject: 'Istruzioni di accesso',
      body: "Ciao {email},\n\npuoi accedere al tuo account visitando l'URL qui sotto:\n\n{link}\n\nSe non hai richiesto questa email, ignorala.",
    },
    nl: {
      subject: 'Inloginstructies',
      body: 'Hoi {email},\n\nJe kunt inloggen op je account via de onderstaande URL:\n\n{link}\n\nAls je deze e-mail niet hebt aangevraagd, negeer hem dan.',
    },
    sv: {
      subject: 'Inloggningsinstruktioner',
      body: 'Hej {email},\n\nDu kan logga in på ditt konto via adressen nedan:\n\n{link}\n\nOm du inte har begärt detta e-postmeddelande kan du bortse från det.',
    },
    pl: {
      subject: 'Instrukcje logowania',
      body: 'Cześć {email},\n\nmożesz zalogować się na swoje konto, odwiedzając poniższy adres:\n\n{link}\n\nJeśli nie prosiłeś o tę wiadomość, zignoruj ją.',
    },
  },
}

/** source: Parse Server, default password reset email (src/Controllers/UserController.js). */
export const PARSE_RESET: Product = {
  product: 'Parse Server',
  family: 'reset',
  source: 'parse-community/parse-server UserController defaultResetPasswordEmail',
  echo: 'none',
  texts: {
    en: {
      subject: 'Password Reset for {company}',
      body: "Hi,\n\nYou requested to reset your password for {company} (your username or email is '{email}').\n\nClick here to reset it:\n{link}",
    },
    de: {
      subject: 'Passwort-Zurücksetzung für {company}',
      body: "Hallo,\n\nSie haben das Zurücksetzen Ihres Passworts für {company} angefordert (Benutzername oder E-Mail: '{email}').\n\nHier klicken zum Zurücksetzen:\n{link}",
    },
    fr: {
      subject: 'Réinitialisation du mot de passe pour {company}',
      body: "Bonjour,\n\nVous avez demandé à réinitialiser votre mot de passe pour {company} (identifiant ou e-mail : '{email}').\n\nCliquez ici pour le réinitialiser :\n{link}",
    },
    es: {
      subject: 'Restablecimiento de contraseña de {company}',
      body: "Hola:\n\nSolicitaste restablecer tu contraseña de {company} (usuario o correo: '{email}').\n\nHaz clic aquí para restablecerla:\n{link}",
    },
    pt: {
      subject: 'Redefinição de palavra-passe para {company}',
      body: "Olá,\n\nPediu para redefinir a sua palavra-passe da {company} (utilizador ou e-mail: '{email}').\n\nClique aqui para a redefinir:\n{link}",
    },
    it: {
      subject: 'Reimpostazione password per {company}',
      body: "Ciao,\n\nhai chiesto di reimpostare la password per {company} (nome utente o email: '{email}').\n\nFai clic qui per reimpostarla:\n{link}",
    },
    nl: {
      subject: 'Wachtwoord resetten voor {company}',
      body: "Hallo,\n\nJe hebt gevraagd je wachtwoord voor {company} te resetten (gebruikersnaam of e-mail: '{email}').\n\nKlik hier om het te resetten:\n{link}",
    },
    sv: {
      subject: 'Återställning av lösenord för {company}',
      body: "Hej,\n\nDu har begärt att återställa ditt lösenord för {company} (användarnamn eller e-post: '{email}').\n\nKlicka här för att återställa det:\n{link}",
    },
    pl: {
      subject: 'Resetowanie hasła w {company}',
      body: "Cześć,\n\npoprosiłeś o zresetowanie hasła w {company} (login lub e-mail: '{email}').\n\nKliknij tutaj, aby je zresetować:\n{link}",
    },
  },
}

/** source: in-house one-time sign-in code of a shop or app account (reconstruction). */
export const INHOUSE_CODE: Product = {
  product: 'in-house sign-in code',
  family: 'reset',
  source: 'reconstruction of the usual passwordless sign-in code mail of a shop or app',
  echo: 'none',
  texts: {
    en: {
      subject: '{code} is your {company} sign-in code',
      body: 'Use this code to sign in to {company}:\n\n{code}\n\nIt expires in 10 minutes. If you did not try to sign in, you can ignore this email; someone may have typed your address by mistake.',
    },
    de: {
      subject: '{code} ist Ihr Anmeldecode für {company}',
      body: 'Verwenden Sie diesen Code, um sich bei {company} anzumelden:\n\n{code}\n\nEr ist 10 Minuten gültig. Wenn Sie sich nicht anmelden wollten, können Sie diese E-Mail ignorieren.',
    },
    fr: {
      subject: '{code} est votre code de connexion {company}',
      body: "Utilisez ce code pour vous connecter à {company} :\n\n{code}\n\nIl expire dans 10 minutes. Si vous n'avez pas essayé de vous connecter, ignorez cet e-mail.",
    },
    es: {
      subject: '{code} es tu código de acceso a {company}',
      body: 'Usa este código para iniciar sesión en {company}:\n\n{code}\n\nCaduca en 10 minutos. Si no intentaste iniciar sesión, puedes ignorar este correo.',
    },
    pt: {
      subject: '{code} é o seu código de acesso {company}',
      body: 'Use este código para entrar na {company}:\n\n{code}\n\nExpira em 10 minutos. Se não tentou entrar, pode ignorar este e-mail.',
    },
    it: {
      subject: '{code} è il tuo codice di accesso a {company}',
      body: 'Usa questo codice per accedere a {company}:\n\n{code}\n\nScade tra 10 minuti. Se non hai provato ad accedere, ignora questa email.',
    },
    nl: {
      subject: '{code} is je inlogcode voor {company}',
      body: 'Gebruik deze code om in te loggen bij {company}:\n\n{code}\n\nDe code verloopt over 10 minuten. Heb je niet geprobeerd in te loggen, dan kun je deze e-mail negeren.',
    },
    sv: {
      subject: '{code} är din inloggningskod för {company}',
      body: 'Använd den här koden för att logga in på {company}:\n\n{code}\n\nDen slutar gälla om 10 minuter. Om du inte försökte logga in kan du ignorera detta meddelande.',
    },
    pl: {
      subject: '{code} to Twój kod logowania do {company}',
      body: 'Użyj tego kodu, aby zalogować się do {company}:\n\n{code}\n\nKod wygaśnie za 10 minut. Jeśli nie próbowałeś się zalogować, zignoruj tę wiadomość.',
    },
  },
}
