// Invision Community: the "forgot password" mail (email template `lost_password_init`: greeting
// with the display name, "Someone requested a password reset for your account", button "Reset
// my password"), from a self-hosted board or an invisioncommunity.com tenant. Source: Invision
// Community 4 default email templates (reconstruction of the wording; other languages after
// IPS language packs).
import type { Product } from '../../product.ts'

const reset = (f: { domain: string; token: string }) =>
  `https://${f.domain}/lostpassword/?do=validate&vid=${f.token.slice(0, 24)}`

export const INVISION_RESET: Product = {
  product: 'Invision Community',
  family: 'reset',
  source: 'Invision Community email template lost_password_init (reconstruction)',
  echo: 'name',
  hosted: (c) => `${c.name} <noreply@${c.slug}.invisioncommunity.com>`,
  locals: ['noreply', 'community'],
  subdomains: ['', 'community.'],
  texts: {
    en: (f) => ({
      subject: `Reset your password at ${f.company}`,
      body: `Hi ${f.name},\n\nSomeone (hopefully you) requested a password reset for your account at ${f.company}. Click the button below to choose a new password.\n\nReset my password: ${reset(f)}\n\nIf you didn't request this, you can ignore this email and your password will stay the same.`,
    }),
    de: (f) => ({
      subject: `Setze dein Passwort bei ${f.company} zurück`,
      body: `Hallo ${f.name},\n\njemand (hoffentlich du) hat das Zurücksetzen des Passworts für dein Konto bei ${f.company} angefordert. Klicke auf die Schaltfläche, um ein neues Passwort zu wählen.\n\nMein Passwort zurücksetzen: ${reset(f)}\n\nWenn du das nicht warst, ignoriere diese E-Mail; dein Passwort bleibt unverändert.`,
    }),
    fr: (f) => ({
      subject: `Réinitialisez votre mot de passe sur ${f.company}`,
      body: `Bonjour ${f.name},\n\nQuelqu'un (vous, espérons-le) a demandé la réinitialisation du mot de passe de votre compte sur ${f.company}. Cliquez sur le bouton pour choisir un nouveau mot de passe.\n\nRéinitialiser mon mot de passe : ${reset(f)}\n\nSi vous n'avez rien demandé, ignorez cet e-mail ; votre mot de passe ne changera pas.`,
    }),
    es: (f) => ({
      subject: `Restablece tu contraseña en ${f.company}`,
      body: `Hola ${f.name}:\n\nAlguien (esperamos que tú) ha solicitado restablecer la contraseña de tu cuenta en ${f.company}. Pulsa el botón para elegir una nueva.\n\nRestablecer mi contraseña: ${reset(f)}\n\nSi no lo pediste, ignora este correo y tu contraseña seguirá igual.`,
    }),
    pt: (f) => ({
      subject: `Redefina sua senha em ${f.company}`,
      body: `Olá ${f.name},\n\nAlguém (esperamos que você) pediu a redefinição da senha da sua conta em ${f.company}. Clique no botão para escolher uma nova senha.\n\nRedefinir minha senha: ${reset(f)}\n\nSe não foi você, ignore este e-mail e sua senha continuará a mesma.`,
    }),
    it: (f) => ({
      subject: `Reimposta la password su ${f.company}`,
      body: `Ciao ${f.name},\n\nqualcuno (speriamo tu) ha chiesto di reimpostare la password del tuo account su ${f.company}. Clicca sul pulsante per sceglierne una nuova.\n\nReimposta la mia password: ${reset(f)}\n\nSe non l'hai chiesto, ignora questa email e la password resterà invariata.`,
    }),
    nl: (f) => ({
      subject: `Stel je wachtwoord opnieuw in bij ${f.company}`,
      body: `Hallo ${f.name},\n\nIemand (hopelijk jij) heeft gevraagd het wachtwoord van je account bij ${f.company} opnieuw in te stellen. Klik op de knop om een nieuw wachtwoord te kiezen.\n\nMijn wachtwoord opnieuw instellen: ${reset(f)}\n\nHeb je dit niet gevraagd, negeer deze e-mail dan; je wachtwoord blijft hetzelfde.`,
    }),
  },
}
