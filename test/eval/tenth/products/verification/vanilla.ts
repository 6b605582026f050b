// Vanilla Forums: the "Confirm Your Email Address" mail sent after registration ("[<forum>]
// Confirm Your Email Address", "You need to confirm your email address before you can continue.
// Please confirm your email address by clicking on the following link."). English follows the
// default locale string; the other languages are written for this set in the manner of the
// community's locale packs. The confirmation is phrased as a question in some of them.
import { lines, type Ctx, type Product } from '../../product.ts'

function confirm(subject: string, hello: string, need: string, click: string, thanks: string) {
  return (c: Ctx) => ({
    subject: `[${c.company} Community] ${subject}`,
    body: lines(`${hello} ${c.name},`, ``, need, click, c.link, ``, thanks),
  })
}

export const VANILLA: Product = {
  product: 'Vanilla Forums',
  family: 'verification',
  source: 'Vanilla Forums "Confirm Your Email Address" (EmailConfirmEmail locale strings)',
  echo: ['name'],
  own: ['noreply.community', 'forum'],
  hosted: (c) => `${c.name} Community <noreply@${c.slug}.vanillacommunities.com>`,
  texts: {
    en: confirm(
      'Confirm Your Email Address',
      'Hello',
      'You need to confirm your email address before you can continue.',
      'Please confirm your email address by clicking on the following link.',
      'Have a great day!',
    ),
    de: confirm(
      'Bestätige deine E-Mail-Adresse',
      'Hallo',
      'Du musst deine E-Mail-Adresse bestätigen, bevor du fortfahren kannst.',
      'Bitte bestätige deine E-Mail-Adresse über den folgenden Link.',
      'Einen schönen Tag noch!',
    ),
    fr: confirm(
      'Confirmez-vous votre adresse e-mail ?',
      'Bonjour',
      'Vous devez confirmer votre adresse e-mail avant de continuer.',
      'Est-ce bien vous ? Confirmez votre adresse en cliquant sur le lien suivant.',
      'Bonne journée !',
    ),
    es: confirm(
      'Confirma tu dirección de correo electrónico',
      'Hola',
      'Debes confirmar tu dirección de correo electrónico antes de continuar.',
      'Confírmala haciendo clic en el siguiente enlace.',
      '¡Que tengas un buen día!',
    ),
    pt: confirm(
      'Confirme o seu endereço de e-mail',
      'Olá',
      'Precisa de confirmar o seu endereço de e-mail antes de continuar.',
      'Confirme o seu endereço clicando na seguinte ligação.',
      'Tenha um bom dia!',
    ),
    it: confirm(
      'Vuoi confermare il tuo indirizzo e-mail?',
      'Ciao',
      'Devi confermare il tuo indirizzo e-mail prima di poter continuare.',
      'Conferma il tuo indirizzo facendo clic sul seguente link.',
      'Buona giornata!',
    ),
    nl: confirm(
      'Bevestig je e-mailadres',
      'Hallo',
      'Je moet je e-mailadres bevestigen voordat je verder kunt.',
      'Bevestig je e-mailadres door op de volgende link te klikken.',
      'Nog een fijne dag!',
    ),
  },
}
