// Misskey: the password-reset mail of an instance, the instance name as the whole subject in some
// languages, a one-line notice and the link. Reconstruction of what the instance sends on
// "Forgot password?" (Misskey's locales hold the UI strings, the mail text here is not a known
// default); the translations are written for this set.
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

const LINES: Record<Lang, [string | null, string]> = {
  en: [
    'Password reset',
    'A password reset was requested for your account. Open this link to set a new password. If you did not request it, ignore this email.',
  ],
  de: [
    null,
    'Für dein Konto wurde das Zurücksetzen des Passworts angefordert. Öffne diesen Link, um ein neues Passwort festzulegen. Wenn du das nicht warst, ignoriere diese E-Mail.',
  ],
  fr: [
    'Réinitialisation du mot de passe',
    'Une réinitialisation du mot de passe a été demandée pour votre compte. Ouvrez ce lien pour définir un nouveau mot de passe. Si ce n’est pas vous, ignorez cet e-mail.',
  ],
  es: [
    null,
    'Se ha solicitado restablecer la contraseña de tu cuenta. Abre este enlace para establecer una nueva. Si no lo solicitaste, ignora este correo.',
  ],
  pt: [
    'Redefinição de senha',
    'Foi solicitada a redefinição da senha da sua conta. Abra este link para definir uma nova senha. Se não foi você, ignore este e-mail.',
  ],
  it: [
    'Reimpostazione della password',
    'È stata richiesta la reimpostazione della password del tuo account. Apri questo link per impostarne una nuova. Se non sei stato tu, ignora questa email.',
  ],
  nl: [
    null,
    'Er is gevraagd om het wachtwoord van je account opnieuw in te stellen. Open deze link om een nieuw wachtwoord te kiezen. Was jij dit niet? Negeer deze e-mail dan.',
  ],
}

const wording =
  (lang: Lang) =>
  (m: MailContext): Written => {
    const [subject, line] = LINES[lang]
    return {
      subject: subject ?? m.company.name,
      body: `${line}\n\n${m.link}\n\n— ${m.company.name}`,
    }
  }

export const MISSKEY: Product = {
  product: 'Misskey',
  family: 'reset',
  source: 'reconstruction: Misskey instance password-reset mail',
  hosted: (c) => `${c.name} <noreply@${c.slug}.misskey-host.net>`,
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
