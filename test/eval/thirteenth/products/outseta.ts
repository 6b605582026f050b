// Outseta (membership / billing SaaS): confirmation of a new member's email, phrased as a
// question. source: reconstruction of a sign-up confirmation sent from the platform on the
// company's behalf; the hosted address <slug>.outseta.com is invented in the product's shape;
// all languages written for this set.
import type { Product } from './types.ts'

export const outseta: Product = {
  product: 'Outseta',
  family: 'verification',
  source: 'reconstruction (member sign-up confirmation)',
  senders: ['hosted', 'hosted', 'own', 'display'],
  mailbox: 'members',
  hosted: (c) => `no-reply@${c.slug}.outseta.com`,
  texts: {
    en: {
      subject: 'Is this you? Confirm your email for {company}',
      body: 'Hi {name}, did you just sign up for {company}? If so, confirm your email and set your password here:\n{link}\n\nNot you? No action needed: the account stays inactive.\n\nSent by {company} via Outseta',
    },
    de: {
      subject: 'Warst du das? Bestätige deine E-Mail für {company}',
      body: 'Hallo {name}, hast du dich gerade bei {company} angemeldet? Dann bestätige hier deine E-Mail-Adresse und lege dein Passwort fest:\n{link}\n\nDas warst nicht du? Dann musst du nichts tun: Das Konto bleibt inaktiv.\n\nGesendet von {company} über Outseta',
    },
    fr: {
      subject: "C'est bien vous ? Confirmez votre e-mail pour {company}",
      body: "Bonjour {name}, venez-vous de vous inscrire chez {company} ? Si oui, confirmez votre e-mail et choisissez votre mot de passe ici :\n{link}\n\nCe n'est pas vous ? Rien à faire : le compte reste inactif.\n\nEnvoyé par {company} via Outseta",
    },
    es: {
      subject: '¿Eres tú? Confirma tu correo para {company}',
      body: 'Hola {name}, ¿acabas de registrarte en {company}? Si es así, confirma tu correo y crea tu contraseña aquí:\n{link}\n\n¿No has sido tú? No tienes que hacer nada: la cuenta seguirá inactiva.\n\nEnviado por {company} a través de Outseta',
    },
    pt: {
      subject: 'É você? Confirme seu e-mail para {company}',
      body: 'Olá {name}, você acabou de se cadastrar na {company}? Se sim, confirme seu e-mail e defina sua senha aqui:\n{link}\n\nNão foi você? Não é preciso fazer nada: a conta continua inativa.\n\nEnviado por {company} via Outseta',
    },
    it: {
      subject: 'Sei tu? Conferma la tua email per {company}',
      body: "Ciao {name}, ti sei appena iscritto a {company}? Se sì, conferma l'email e imposta la password qui:\n{link}\n\nNon sei tu? Non serve fare nulla: l'account resta inattivo.\n\nInviato da {company} tramite Outseta",
    },
    nl: {
      subject: 'Ben jij dit? Bevestig je e-mail voor {company}',
      body: 'Hoi {name}, heb je je net aangemeld bij {company}? Bevestig dan hier je e-mailadres en kies je wachtwoord:\n{link}\n\nNiet jij? Dan hoef je niets te doen: het account blijft inactief.\n\nVerzonden door {company} via Outseta',
    },
  },
}
