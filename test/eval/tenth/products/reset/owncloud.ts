// ownCloud: the lost-password mail of ownCloud Server ("<instance> password reset", "Use the
// following link to reset your password: <link>"), a bare two-line notice with the instance's
// footer. English follows the core lost-password template; the other languages follow the
// shape of ownCloud's translations, written for this set.
import { lines, type Ctx, type Product } from '../../product.ts'

function lost(subject: string, use: string, ignore: string) {
  return (c: Ctx) => ({
    subject: `${c.company} ${subject}`,
    body: lines(`${use} ${c.link}`, ``, ignore, ``, `--`, `${c.company} Cloud – ownCloud`),
  })
}

export const OWNCLOUD: Product = {
  product: 'ownCloud',
  family: 'reset',
  source: 'ownCloud Server lost-password email (core/templates lostpassword)',
  echo: [],
  own: ['owncloud.cloud', 'no-reply.files'],
  hosted: (c) => `${c.name} Cloud <no-reply@${c.slug}.owncloud.online>`,
  texts: {
    en: lost(
      'password reset',
      'Use the following link to reset your password:',
      'If you did not request this, please ignore this email.',
    ),
    de: lost(
      'Passwort zurücksetzen',
      'Benutze den folgenden Link, um dein Passwort zurückzusetzen:',
      'Wenn du das nicht angefordert hast, ignoriere diese E-Mail.',
    ),
    fr: lost(
      'réinitialisation du mot de passe',
      'Utilisez le lien suivant pour réinitialiser votre mot de passe :',
      "Si vous ne l'avez pas demandé, ignorez cet e-mail.",
    ),
    es: lost(
      'restablecer contraseña',
      'Utiliza el siguiente enlace para restablecer tu contraseña:',
      'Si no lo has solicitado, ignora este correo.',
    ),
    pt: lost(
      'redefinir palavra-passe',
      'Use a seguinte ligação para redefinir a sua palavra-passe:',
      'Se não pediu isto, ignore este e-mail.',
    ),
    it: lost(
      'ripristino password',
      'Usa il collegamento seguente per ripristinare la password:',
      'Se non lo hai richiesto, ignora questa e-mail.',
    ),
    nl: lost(
      'wachtwoord herstellen',
      'Gebruik de volgende link om je wachtwoord te herstellen:',
      'Heb je dit niet aangevraagd, negeer deze e-mail dan.',
    ),
  },
}
