// HumHub: the registration mail of a social-intranet network ("Welcome to <network>" with the
// link that continues the registration). source: HumHub's `user` module registration mail
// ("Welcome to %appName%. To continue your registration please click on the link below."),
// translations follow HumHub's message files where known, else reconstructed.
import type { Product } from '../product.ts'

export const HUMHUB: Product = {
  product: 'HumHub',
  family: 'verification',
  source: 'HumHub user module registration mail',
  echo: 'none',
  own: ['{co} <social@{domain}>', '{co} Community <noreply@community.{domain}>'],
  texts: {
    en: {
      subject: 'Welcome to {co}',
      body: 'Hello,\n\nWelcome to {co}. To continue your registration please click on the link below.\n\nSign up\n{url}\n\nThis mail was sent to {email}. If you did not register, you can ignore it.',
    },
    de: {
      subject: 'Willkommen bei {co}',
      body: 'Hallo,\n\nwillkommen bei {co}. Um deine Registrierung fortzusetzen, klicke bitte auf den folgenden Link.\n\nRegistrieren\n{url}\n\nDiese E-Mail wurde an {email} gesendet. Wenn du dich nicht registriert hast, kannst du sie ignorieren.',
    },
    fr: {
      subject: 'Bienvenue sur {co}',
      body: "Bonjour,\n\nBienvenue sur {co}. Pour poursuivre votre inscription, cliquez sur le lien ci-dessous.\n\nS'inscrire\n{url}\n\nCet e-mail a été envoyé à {email}. Si vous ne vous êtes pas inscrit, ignorez-le.",
    },
    es: {
      subject: 'Bienvenido a {co}',
      body: 'Hola:\n\nBienvenido a {co}. Para continuar con tu registro, haz clic en el siguiente enlace.\n\nRegistrarse\n{url}\n\nEste correo se envió a {email}. Si no te has registrado, puedes ignorarlo.',
    },
    pt: {
      subject: 'Bem-vindo a {co}',
      body: 'Olá,\n\nBem-vindo a {co}. Para continuar o seu registo, clique na ligação abaixo.\n\nRegistar\n{url}\n\nEste e-mail foi enviado para {email}. Se não se registou, pode ignorá-lo.',
    },
    it: {
      subject: 'Benvenuto su {co}',
      body: 'Ciao,\n\nbenvenuto su {co}. Per continuare la registrazione clicca sul link qui sotto.\n\nRegistrati\n{url}\n\nQuesta email è stata inviata a {email}. Se non ti sei registrato puoi ignorarla.',
    },
    nl: {
      subject: 'Welkom bij {co}',
      body: 'Hallo,\n\nWelkom bij {co}. Klik op de link hieronder om je registratie voort te zetten.\n\nRegistreren\n{url}\n\nDeze e-mail is verzonden naar {email}. Heb je je niet geregistreerd, dan kun je hem negeren.',
    },
  },
}
