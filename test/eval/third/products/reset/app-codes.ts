// One-time sign-in codes and magic links of delivery, food and mobility apps built in-house.
// Reconstructions of the usual wording.
import { w, type Product } from '../../types.ts'

export const appCodes: Product = {
  product: 'in-house app codes',
  family: 'reset',
  source:
    'reconstruction of one-time sign-in codes and magic links of delivery, food and mobility apps',
  locals: ['noreply', 'no-reply', 'login', 'accounts', 'mailer'],
  texts: {
    en: [
      w(
        `{code} is your {company} login code`,
        `Use {code} to sign in to {company}. The code is valid for 10 minutes. Never share it with anyone - our staff will never ask for it.`,
      ),
      w(
        `Your magic sign-in link 🔑`,
        `Hi!

Tap the button to sign in to {company} on your device. The link works once and expires in 15 minutes.

Sign in to {company}
https://{site}/magic?t={token}

Didn't try to sign in? You can ignore this email.`,
      ),
    ],
    de: [
      w(
        `Dein Anmeldecode für {company}: {code}`,
        `Hallo,

dein Code lautet {code}. Er ist 10 Minuten gültig. Gib ihn niemals an Dritte weiter.

Du hast keinen Code angefordert? Dann kannst du diese E-Mail ignorieren.`,
      ),
    ],
    fr: [
      w(
        `{code} est votre code de connexion {company}`,
        `Bonjour,

Saisissez le code {code} dans l'application {company} pour vous connecter. Il expire dans 10 minutes.

Vous n'avez rien demandé ? Ignorez simplement cet e-mail.`,
      ),
    ],
    es: [
      w(
        `Tu código de acceso a {company}`,
        `Hola:

Tu código es {code}. Caduca en 10 minutos. No lo compartas con nadie.

Si no intentaste iniciar sesión, ignora este correo.`,
      ),
    ],
    pt: [
      w(
        `O seu código {company}: {code}`,
        `Olá,

Use o código {code} para entrar na app {company}. É válido durante 10 minutos.

Se não pediu este código, ignore este e-mail.`,
      ),
    ],
    it: [
      w(
        `{code} è il tuo codice di accesso {company}`,
        `Ciao,

inserisci {code} nell'app {company} per accedere. Il codice scade tra 10 minuti. Non condividerlo con nessuno.`,
      ),
      w(
        `Il tuo link di accesso a {company}`,
        `Tocca il link per accedere a {company}: https://{site}/login?t={token}

Il link vale una sola volta e scade tra 15 minuti.`,
      ),
    ],
    nl: [
      w(
        `Je inlogcode voor {company}`,
        `Hoi,

Je code is {code}. Hij is 10 minuten geldig. Deel deze code met niemand.

Heb je niet geprobeerd in te loggen? Dan kun je deze e-mail negeren.`,
      ),
    ],
  },
}
