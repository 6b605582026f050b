// In-house welcome mails of apps and shops where the confirmation request sits mid-body, after
// a greeting and product talk. Reconstructions.
import { w, type Product } from '../../types.ts'

export const inHouseWelcome: Product = {
  product: 'in-house welcome',
  family: 'verification',
  source: 'reconstruction of welcome mails of consumer apps (confirmation request mid-body)',
  locals: ['hello', 'team', 'welcome', 'mailer'],
  texts: {
    en: [
      w(
        `Welcome aboard, {name}! 🎉`,
        `Hi {name},

We're so glad you're here. With {company} you can plan trips, share lists and keep everything in one place.

One small thing before you start: please confirm that this is your email address so we can keep your account safe.
https://app.{site}/verify/{token}

Here are three tips to get going:
1. Invite a friend
2. Create your first board
3. Download the mobile app

Cheers,
The {company} crew`,
      ),
    ],
    nl: [
      w(
        `Welkom bij {company}`,
        `Hoi {name},

Leuk dat je erbij bent! Met {company} bestel je je boodschappen in een paar tikken.

Nog één ding: bevestig je e-mailadres, dan is je account helemaal klaar.
https://app.{site}/bevestig/{token}

Tot snel!
Team {company}`,
      ),
    ],
    it: [
      w(
        `{company}: i dettagli del tuo account`,
        `Ciao {name},

benvenuto in {company}! Da oggi puoi prenotare, pagare e tenere traccia di tutto dall'app.

Il tuo nome utente: {email}

Per attivare l'account conferma il tuo indirizzo email entro 48 ore:
https://app.{site}/attiva/{token}

A presto,
lo staff di {company}`,
      ),
    ],
    pt: [
      w(
        `{company}`,
        `Olá {name},

Que bom ter você por aqui! Antes de começar, confirme seu e-mail tocando no botão abaixo:
https://app.{site}/confirmar/{token}

Equipe {company}`,
      ),
    ],
    fr: [
      w(
        `Bienvenue chez {company} 👋`,
        `Bonjour {name},

Votre compte {company} est presque prêt. Il ne reste qu'une étape : confirmez votre adresse e-mail en cliquant ici.
https://app.{site}/confirmation/{token}

À très vite,
L'équipe {company}`,
      ),
    ],
    es: [
      w(
        `Los datos de tu cuenta en {company}`,
        `Hola {name}:

¡Bienvenido/a a {company}! Tu usuario es {email}.

Para activar la cuenta, confirma tu correo electrónico aquí:
https://app.{site}/activar/{token}

El equipo de {company}`,
      ),
    ],
    de: [
      w(
        `Deine Anmeldung bei {company}`,
        `Hallo {name},

schön, dass du da bist! Mit {company} hast du deine Verträge immer im Blick.

Bitte bestätige noch kurz deine E-Mail-Adresse, damit wir dein Konto freischalten können:
https://app.{site}/bestaetigen/{token}

Dein {company}-Team`,
      ),
    ],
  },
}
