// Nhost (hasura-auth): the default `password-reset` template ("Reset your password", "Use the
// link below to reset your password") and `signin-passwordless` template ("Secure sign-in link",
// "Use the link below to securely sign in"), short one-line notices that name nobody. Written
// from memory of hasura-auth's English email templates; the other languages are renderings
// written for this set (hasura-auth lets a project add locale folders).
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

const TEXT: Record<Lang, [string, string, string, string]> = {
  en: [
    'Reset your password',
    'Use the link below to reset your password:',
    'Secure sign-in link',
    'Use the link below to securely sign in:',
  ],
  de: [
    'Passwort zurücksetzen',
    'Verwende den folgenden Link, um dein Passwort zurückzusetzen:',
    'Sicherer Anmeldelink',
    'Verwende den folgenden Link, um dich sicher anzumelden:',
  ],
  fr: [
    'Réinitialisez votre mot de passe',
    'Utilisez le lien ci-dessous pour réinitialiser votre mot de passe :',
    'Lien de connexion sécurisé',
    'Utilisez le lien ci-dessous pour vous connecter en toute sécurité :',
  ],
  es: [
    'Restablece tu contraseña',
    'Usa el siguiente enlace para restablecer tu contraseña:',
    'Enlace de inicio de sesión seguro',
    'Usa el siguiente enlace para iniciar sesión de forma segura:',
  ],
  pt: [
    'Redefina sua senha',
    'Use o link abaixo para redefinir sua senha:',
    'Link de acesso seguro',
    'Use o link abaixo para entrar com segurança:',
  ],
  it: [
    'Reimposta la password',
    'Usa il link qui sotto per reimpostare la password:',
    'Link di accesso sicuro',
    'Usa il link qui sotto per accedere in modo sicuro:',
  ],
  nl: [
    'Stel je wachtwoord opnieuw in',
    'Gebruik de onderstaande link om je wachtwoord opnieuw in te stellen:',
    'Veilige inloglink',
    'Gebruik de onderstaande link om veilig in te loggen:',
  ],
}

const wording =
  (lang: Lang) =>
  (m: MailContext): Written => {
    const [resetSubject, resetLine, signInSubject, signInLine] = TEXT[lang]
    const signIn = m.ticket % 2 === 0
    return {
      subject: signIn ? signInSubject : resetSubject,
      body: `${signIn ? signInLine : resetLine}\n\n${m.link}`,
    }
  }

export const NHOST: Product = {
  product: 'Nhost',
  family: 'reset',
  source: 'hasura-auth email templates password-reset and signin-passwordless (English default)',
  hosted: (c) => `${c.name} <noreply@${c.slug}.auth.nhost-mail.net>`,
  texts: {
    en: wording('en'),
    de: wording('de'),
    fr: wording('fr'),
    es: wording('es'),
    pt: wording('pt'),
    it: wording('it'),
    nl: wording('nl'),
  },
}
