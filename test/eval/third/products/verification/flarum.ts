// Flarum: the activation mail of a new account (core locale "core.email.activate_account").
import { w, type Product } from '../../types.ts'

export const flarum: Product = {
  product: 'Flarum',
  family: 'verification',
  source:
    'flarum/framework core locale en.yml "core.email.activate_account" and language packs (de, fr, nl, it, es)',
  locals: ['noreply', 'forum'],
  texts: {
    en: [
      w(
        `Activate Your New Account`,
        `Hey {name}!

Someone (hopefully you!) has signed up to the {company} forum with this email address.

If this was you, simply click the following link and your account will be activated:
https://community.{site}/confirm/{token}

If you did not sign up, please ignore this email.`,
      ),
    ],
    de: [
      w(
        `Aktiviere dein neues Benutzerkonto`,
        `Hallo {name}!

Jemand (hoffentlich du!) hat sich mit dieser E-Mail-Adresse im Forum von {company} registriert.

Wenn du das warst, klicke einfach auf den folgenden Link, um dein Benutzerkonto zu aktivieren:
https://community.{site}/confirm/{token}

Falls du dich nicht registriert hast, ignoriere diese E-Mail einfach.`,
      ),
    ],
    fr: [
      w(
        `Activez votre nouveau compte`,
        `Bonjour {name} !

Quelqu'un (vous, espérons-le !) s'est inscrit sur le forum {company} avec cette adresse e-mail.

Si c'est bien vous, cliquez simplement sur le lien suivant pour activer votre compte :
https://community.{site}/confirm/{token}`,
      ),
    ],
    nl: [
      w(
        `Activeer je nieuwe account`,
        `Hallo {name}!

Iemand (hopelijk jij!) heeft zich met dit e-mailadres aangemeld op het forum van {company}.

Als jij dit was, klik dan op de volgende link om je account te activeren:
https://community.{site}/confirm/{token}

Heb je je niet aangemeld? Negeer dan deze e-mail.`,
      ),
    ],
    es: [
      w(
        `Activa tu nueva cuenta`,
        `¡Hola {name}!

Alguien (¡esperamos que tú!) se ha registrado en el foro de {company} con esta dirección de correo.

Si fuiste tú, haz clic en el siguiente enlace para activar tu cuenta:
https://community.{site}/confirm/{token}`,
      ),
    ],
  },
}
