// Supabase Auth: the default "Confirm signup" template ("Confirm Your Signup" / "Follow this link
// to confirm your user:") and the default "Magic Link" template ("Your Magic Link" / "Follow this
// link to login:"), sent by the built-in mailer as "Supabase Auth <noreply@mail.app.supabase.io>".
// source: Supabase dashboard default email templates (en only); other languages are
// reconstructions of a project's translated templates, sent from the project's own domain.
import type { Company } from '../companies.ts'
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

const hosted = (_: Company) => 'noreply@mail.app.supabase.io'
const display = (_: Company) => 'Supabase Auth'

export const SUPABASE_VERIFY: Product = {
  product: 'Supabase Auth',
  family: 'verification',
  source: 'Supabase default template "Confirm signup"',
  echo: 'none',
  hosted,
  display,
  texts: fromTable({
    en: [
      'Confirm Your Signup',
      'Confirm your signup\n\nFollow this link to confirm your user:\n\nConfirm your mail\n{link}',
    ],
    de: [
      'Bestätige deine Registrierung',
      'Bestätige deine Registrierung bei {company}\n\nFolge diesem Link, um dein Benutzerkonto zu bestätigen:\n\nE-Mail bestätigen\n{link}',
    ],
    fr: [
      'Confirmez votre inscription',
      'Confirmez votre inscription à {company}\n\nSuivez ce lien pour confirmer votre compte :\n\nConfirmer mon adresse\n{link}',
    ],
    es: [
      'Confirma tu registro',
      'Confirma tu registro en {company}\n\nSigue este enlace para confirmar tu usuario:\n\nConfirmar mi correo\n{link}',
    ],
    pt: [
      'Confirme o seu registo',
      'Confirme o seu registo na {company}\n\nSiga esta ligação para confirmar o seu utilizador:\n\nConfirmar o meu e-mail\n{link}',
    ],
    it: [
      'Conferma la tua registrazione',
      'Conferma la tua registrazione a {company}\n\nSegui questo link per confermare il tuo utente:\n\nConferma la mia email\n{link}',
    ],
    nl: [
      'Bevestig je aanmelding',
      'Bevestig je aanmelding bij {company}\n\nVolg deze link om je gebruiker te bevestigen:\n\nBevestig mijn e-mail\n{link}',
    ],
  }),
}

export const SUPABASE_MAGIC_LINK: Product = {
  product: 'Supabase Auth',
  family: 'reset',
  source: 'Supabase default template "Magic Link"',
  echo: 'none',
  hosted,
  display,
  texts: fromTable({
    en: [
      'Your Magic Link',
      'Magic Link\n\nFollow this link to login:\n\nLog In\n{link}\n\nAlternatively, enter the code: {code}',
    ],
    de: [
      'Dein Anmeldelink',
      'Anmeldelink für {company}\n\nFolge diesem Link, um dich anzumelden:\n\nAnmelden\n{link}\n\nOder gib diesen Code ein: {code}',
    ],
    fr: [
      'Votre lien de connexion',
      'Lien de connexion à {company}\n\nSuivez ce lien pour vous connecter :\n\nSe connecter\n{link}\n\nOu saisissez le code : {code}',
    ],
    es: [
      'Tu enlace mágico',
      'Enlace de acceso a {company}\n\nSigue este enlace para iniciar sesión:\n\nIniciar sesión\n{link}\n\nO introduce el código: {code}',
    ],
    pt: [
      'O seu link de acesso',
      'Link de acesso à {company}\n\nSiga este link para iniciar sessão:\n\nIniciar sessão\n{link}\n\nOu introduza o código: {code}',
    ],
    it: [
      'Il tuo link magico',
      'Link di accesso a {company}\n\nSegui questo link per accedere:\n\nAccedi\n{link}\n\nIn alternativa inserisci il codice: {code}',
    ],
    nl: [
      'Je inloglink',
      'Inloglink voor {company}\n\nVolg deze link om in te loggen:\n\nInloggen\n{link}\n\nOf voer de code in: {code}',
    ],
  }),
}
