import { w, type Product } from '../types.ts'

// One-time sign-in codes and magic links of in-house apps (Slack-style "confirm your sign in"
// links and short numeric codes). Reconstruction; no single source.
export const inhouseCodes: Product = {
  product: 'in-house sign-in codes and magic links',
  family: 'reset',
  source: 'reconstruction of in-house one-time code and magic-link sign-in mails',
  texts: {
    en: [
      w(
        '{code} is your {company} login code',
        `Hi {name},\n\nYour one-time login code is:\n\n{code}\n\nIt expires in 10 minutes. If you didn't try to sign in, you can ignore this email — someone may have typed your address by mistake.\n\n{company}`,
      ),
      w(
        'Your sign-in link for {company}',
        `Hi {name},\n\nClick the button below to sign in to {company}. This link can be used once and expires in 15 minutes.\n\nSign in to {company}: https://app.{site}/auth/magic?token={token}\n\nIf you didn't request this email, there's nothing to worry about — you can safely ignore it.`,
      ),
    ],
    de: [
      w(
        'Dein Anmeldecode für {company}: {code}',
        `Hallo {name},\n\ndein einmaliger Anmeldecode lautet:\n\n{code}\n\nEr ist 10 Minuten gültig. Wenn du dich nicht anmelden wolltest, kannst du diese E-Mail ignorieren.\n\n{company}`,
      ),
    ],
    fr: [
      w(
        'Votre lien de connexion à {company}',
        `Bonjour {name},\n\nCliquez sur le bouton ci-dessous pour vous connecter à {company}. Ce lien est utilisable une seule fois et expire dans 15 minutes.\n\nSe connecter : https://app.{site}/auth/magic?token={token}\n\nSi vous n’avez rien demandé, vous pouvez ignorer cet e-mail.`,
      ),
    ],
    es: [
      w(
        '{code} es tu código de acceso a {company}',
        `Hola {name}:\n\nTu código de acceso de un solo uso es:\n\n{code}\n\nCaduca en 10 minutos. Si no intentaste iniciar sesión, ignora este correo.\n\n{company}`,
      ),
    ],
    pt: [
      w(
        '{code} é o seu código de acesso à {company}',
        `Olá {name},\n\nSeu código de acesso único é:\n\n{code}\n\nEle expira em 10 minutos. Se você não tentou entrar, ignore este e-mail.\n\n{company}`,
      ),
    ],
    it: [
      w(
        'Il tuo link di accesso a {company}',
        `Ciao {name},\n\nfai clic sul pulsante qui sotto per accedere a {company}. Il link è utilizzabile una volta sola e scade tra 15 minuti.\n\nAccedi: https://app.{site}/auth/magic?token={token}\n\nSe non hai richiesto questa e-mail, puoi ignorarla.`,
      ),
    ],
    nl: [
      w(
        '{code} is je inlogcode voor {company}',
        `Hallo {name},\n\nJe eenmalige inlogcode is:\n\n{code}\n\nDeze verloopt over 10 minuten. Probeerde je niet in te loggen, negeer deze e-mail dan.\n\n{company}`,
      ),
    ],
  },
}
