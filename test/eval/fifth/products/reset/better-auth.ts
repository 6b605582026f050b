// Better Auth: the password-reset mail an app sends through `emailAndPassword.sendResetPassword`;
// most apps follow the documentation's example (subject "Reset your password", "Click the link
// to reset your password: <url>"), greeting `user.name`. Source: better-auth.com docs "Email &
// Password → Request password reset" (reconstruction of typical app texts per language).
import type { Product } from '../../product.ts'

const reset = (f: { domain: string; token: string }) =>
  `https://${f.domain}/api/auth/reset-password/${f.token}?callbackURL=%2Freset-password`

export const BETTER_AUTH_RESET: Product = {
  product: 'Better Auth',
  family: 'reset',
  source: 'better-auth docs sendResetPassword example, "Reset your password"',
  echo: 'name',
  hosted: null,
  locals: ['no-reply', 'security', 'auth'],
  subdomains: ['', 'mail.', 'notify.'],
  texts: {
    en: (f) => ({
      subject: 'Reset your password',
      body: `Hi ${f.name},\n\nClick the link to reset your password: ${reset(f)}\n\nThis link expires in 1 hour. If you didn't ask for it, ignore this email.\n\n${f.company}`,
    }),
    de: (f) => ({
      subject: 'Passwort zurücksetzen',
      body: `Hallo ${f.name},\n\nklicke auf den Link, um dein Passwort zurückzusetzen: ${reset(f)}\n\nDer Link ist 1 Stunde gültig. Falls du das nicht angefordert hast, ignoriere diese E-Mail.\n\n${f.company}`,
    }),
    fr: (f) => ({
      subject: 'Réinitialisez votre mot de passe',
      body: `Bonjour ${f.name},\n\nCliquez sur le lien pour réinitialiser votre mot de passe : ${reset(f)}\n\nLe lien expire dans 1 heure. Si vous n'avez rien demandé, ignorez cet e-mail.\n\n${f.company}`,
    }),
    es: (f) => ({
      subject: 'Restablece tu contraseña',
      body: `Hola ${f.name}:\n\nHaz clic en el enlace para restablecer tu contraseña: ${reset(f)}\n\nEl enlace caduca en 1 hora. Si no lo pediste, ignora este correo.\n\n${f.company}`,
    }),
    pt: (f) => ({
      subject: 'Redefina sua senha',
      body: `Oi ${f.name},\n\nClique no link para redefinir sua senha: ${reset(f)}\n\nO link expira em 1 hora. Se você não pediu, ignore este e-mail.\n\n${f.company}`,
    }),
    it: (f) => ({
      subject: 'Reimposta la tua password',
      body: `Ciao ${f.name},\n\nclicca sul link per reimpostare la password: ${reset(f)}\n\nIl link scade tra 1 ora. Se non l'hai richiesto, ignora questa email.\n\n${f.company}`,
    }),
    nl: (f) => ({
      subject: 'Stel je wachtwoord opnieuw in',
      body: `Hoi ${f.name},\n\nKlik op de link om je wachtwoord opnieuw in te stellen: ${reset(f)}\n\nDe link verloopt over 1 uur. Heb je dit niet gevraagd, negeer deze e-mail dan.\n\n${f.company}`,
    }),
  },
}
