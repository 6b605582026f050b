// Vendure (headless commerce) EmailPlugin default handlers: email verification after a storefront
// registration and the "Forgotten password reset" mail.
// source: @vendure/email-plugin default templates email-verification ("Please verify your email
// address") and password-reset ("Forgotten password reset"); written from knowledge of their
// structure, not pasted; the plugin ships English only, so every other language is a shop's own
// translation written for this set.
import type { Product, Text } from './types.ts'
import type { Lang } from '../../types.ts'

const verify: Record<Lang, Text> = {
  en: {
    subject: 'Please verify your email address',
    body: 'Hi {name},\n\nThank you for registering an account with {company}. To complete your registration, please verify your email address by clicking the link below:\n\n{link}\n\nIf you did not create an account, you can safely ignore this email.\n\n{company} · {email}',
  },
  de: {
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    body: 'Hallo {name},\n\nvielen Dank für Ihre Registrierung bei {company}. Um die Registrierung abzuschließen, bestätigen Sie bitte Ihre E-Mail-Adresse über diesen Link:\n\n{link}\n\nSie haben kein Konto angelegt? Dann können Sie diese E-Mail ignorieren.\n\n{company} · {email}',
  },
  fr: {
    subject: 'Veuillez vérifier votre adresse e-mail',
    body: "Bonjour {name},\n\nMerci d'avoir créé un compte chez {company}. Pour terminer votre inscription, vérifiez votre adresse e-mail en cliquant sur le lien ci-dessous :\n\n{link}\n\nSi vous n'avez pas créé de compte, ignorez simplement ce message.\n\n{company} · {email}",
  },
  es: {
    subject: 'Verifica tu dirección de correo electrónico',
    body: 'Hola {name}:\n\nGracias por registrar una cuenta en {company}. Para completar el registro, verifica tu correo haciendo clic en el siguiente enlace:\n\n{link}\n\nSi no has creado ninguna cuenta, puedes ignorar este correo.\n\n{company} · {email}',
  },
  pt: {
    subject: 'Confirme o seu endereço de e-mail',
    body: 'Olá {name},\n\nObrigado por registar uma conta na {company}. Para concluir o registo, confirme o seu e-mail clicando na ligação abaixo:\n\n{link}\n\nSe não criou nenhuma conta, pode ignorar este e-mail.\n\n{company} · {email}',
  },
  it: {
    subject: 'Verifica il tuo indirizzo email',
    body: 'Ciao {name},\n\ngrazie per aver creato un account su {company}. Per completare la registrazione verifica il tuo indirizzo email cliccando sul link qui sotto:\n\n{link}\n\nSe non hai creato un account, ignora pure questa email.\n\n{company} · {email}',
  },
  nl: {
    subject: 'Verifieer je e-mailadres',
    body: 'Hoi {name},\n\nBedankt voor het aanmaken van een account bij {company}. Verifieer je e-mailadres via de link hieronder om je registratie af te ronden:\n\n{link}\n\nHeb je geen account aangemaakt? Dan kun je deze e-mail negeren.\n\n{company} · {email}',
  },
}

const reset: Record<Lang, Text> = {
  en: {
    subject: 'Forgotten password reset',
    body: 'Hi {name},\n\nSomeone asked to reset the password of your {company} account. Click here to choose a new password:\n\n{link}\n\nIf you did not ask for this, you can ignore this email; your password stays the same.',
  },
  de: {
    subject: 'Passwort vergessen – zurücksetzen',
    body: 'Hallo {name},\n\njemand hat das Zurücksetzen des Passworts Ihres {company}-Kontos angefordert. Hier können Sie ein neues Passwort wählen:\n\n{link}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
  },
  fr: {
    subject: 'Réinitialisation du mot de passe oublié',
    body: "Bonjour {name},\n\nQuelqu'un a demandé à réinitialiser le mot de passe de votre compte {company}. Cliquez ici pour en choisir un nouveau :\n\n{link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message ; votre mot de passe reste inchangé.",
  },
  es: {
    subject: 'Restablecer la contraseña olvidada',
    body: 'Hola {name}:\n\nAlguien ha pedido restablecer la contraseña de tu cuenta de {company}. Haz clic aquí para elegir una nueva:\n\n{link}\n\nSi no lo has pedido tú, ignora este correo; tu contraseña no cambia.',
  },
  pt: {
    subject: 'Redefinição da palavra-passe esquecida',
    body: 'Olá {name},\n\nAlguém pediu para redefinir a palavra-passe da sua conta {company}. Clique aqui para escolher uma nova:\n\n{link}\n\nSe não foi você, ignore este e-mail; a sua palavra-passe mantém-se.',
  },
  it: {
    subject: 'Reimpostazione della password dimenticata',
    body: 'Ciao {name},\n\nqualcuno ha chiesto di reimpostare la password del tuo account {company}. Clicca qui per sceglierne una nuova:\n\n{link}\n\nSe non sei stato tu, ignora questa email: la password resta invariata.',
  },
  nl: {
    subject: 'Vergeten wachtwoord herstellen',
    body: 'Hoi {name},\n\nIemand heeft gevraagd het wachtwoord van je {company}-account te herstellen. Klik hier om een nieuw wachtwoord te kiezen:\n\n{link}\n\nWas jij dit niet? Negeer deze e-mail dan; je wachtwoord blijft hetzelfde.',
  },
}

const shop = { senders: ['own', 'esp', 'esp', 'display'], mailbox: 'noreply' } as const

export const vendureVerify: Product = {
  product: 'Vendure',
  family: 'verification',
  source: '@vendure/email-plugin email-verification (default, English only)',
  texts: verify,
  ...shop,
}

export const vendureReset: Product = {
  product: 'Vendure',
  family: 'reset',
  source: '@vendure/email-plugin password-reset (default, English only)',
  texts: reset,
  ...shop,
}
