// Devise (Ruby on Rails, MIT): confirmation_instructions mail, "Confirmation instructions" /
// "Welcome <email>! You can confirm your account email through the link below", and the
// devise-i18n locale files for the other languages. Mastodon and GitLab send the same mail.
import type { Product } from '../types.ts'

export const devise: Product = {
  family: 'verification',
  product: 'Devise',
  source: 'heartcombo/devise app/views/devise/mailer/confirmation_instructions; devise-i18n',
  senders: [
    { shape: 'own', local: 'no-reply', name: '{company}' },
    { shape: 'own', local: 'notifications', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Confirmation instructions',
        body: 'Welcome {email}!\n\nYou can confirm your account email through the link below:\n\nConfirm my account\n{url}',
      },
    ],
    de: [
      {
        subject: 'Anleitung zur Bestätigung Ihres Kontos',
        body: 'Willkommen {email}!\n\nSie können Ihr Konto über den folgenden Link bestätigen:\n\nKonto bestätigen\n{url}',
      },
    ],
    fr: [
      {
        subject: 'Instructions de confirmation',
        body: 'Bienvenue {email} !\n\nVous pouvez confirmer l’adresse e-mail de votre compte en cliquant sur le lien ci-dessous :\n\nConfirmer mon compte\n{url}',
      },
    ],
    es: [
      {
        subject: 'Instrucciones de confirmación',
        body: '¡Bienvenido {email}!\n\nPuedes confirmar el correo electrónico de tu cuenta a través del siguiente enlace:\n\nConfirmar mi cuenta\n{url}',
      },
    ],
    pt: [
      {
        subject: 'Instruções de confirmação',
        body: 'Bem-vindo {email}!\n\nVocê pode confirmar o e-mail da sua conta através do link abaixo:\n\nConfirmar minha conta\n{url}',
      },
    ],
    it: [
      {
        subject: 'Istruzioni per la conferma',
        body: 'Benvenuto {email}!\n\nPuoi confermare l’email del tuo account tramite il link qui sotto:\n\nConferma il mio account\n{url}',
      },
    ],
    nl: [
      {
        subject: 'Bevestigingsinstructies',
        body: 'Welkom {email}!\n\nJe kunt het e-mailadres van je account bevestigen via de onderstaande link:\n\nBevestig mijn account\n{url}',
      },
    ],
  },
}
