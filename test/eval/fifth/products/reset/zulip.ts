// Zulip: the password reset mail (email template `password_reset`, subject "Reset your Zulip
// password", addressing the account's email, with the organization URL and a reset link).
// Source: zulip/zulip `templates/zerver/emails/password_reset.*` and its translations
// (wording reconstructed, not copied).
import type { Product } from '../../product.ts'

const reset = (f: { domain: string; token: string }) =>
  `https://chat.${f.domain}/accounts/password/reset/${f.token.slice(0, 3)}/${f.token.slice(3, 27)}/`

export const ZULIP_RESET: Product = {
  product: 'Zulip',
  family: 'reset',
  source: 'zulip/zulip templates/zerver/emails/password_reset, "Reset your Zulip password"',
  echo: 'none',
  hosted: (c) => `Zulip <noreply-${c.slug.slice(0, 12)}@zulipchat.com>`,
  locals: ['noreply', 'zulip'],
  subdomains: ['chat.', ''],
  texts: {
    en: (f) => ({
      subject: 'Reset your Zulip password',
      body: `Somebody (possibly you) requested a new password for the Zulip account ${f.email} on https://chat.${f.domain}.\n\nClick the button below to reset your password.\n${reset(f)}\n\nIf you did not request a password reset, please ignore this message.\n\nThanks,\nZulip team`,
    }),
    de: (f) => ({
      subject: 'Setze dein Zulip-Passwort zurück',
      body: `Jemand (vielleicht du) hat ein neues Passwort für das Zulip-Konto ${f.email} auf https://chat.${f.domain} angefordert.\n\nKlicke auf die Schaltfläche, um dein Passwort zurückzusetzen.\n${reset(f)}\n\nFalls du kein neues Passwort angefordert hast, ignoriere diese Nachricht.\n\nDanke,\ndas Zulip-Team`,
    }),
    fr: (f) => ({
      subject: 'Réinitialisez votre mot de passe Zulip',
      body: `Quelqu'un (peut-être vous) a demandé un nouveau mot de passe pour le compte Zulip ${f.email} sur https://chat.${f.domain}.\n\nCliquez sur le bouton ci-dessous pour réinitialiser votre mot de passe.\n${reset(f)}\n\nSi vous n'avez rien demandé, ignorez ce message.\n\nMerci,\nL'équipe Zulip`,
    }),
    es: (f) => ({
      subject: 'Restablece tu contraseña de Zulip',
      body: `Alguien (quizá tú) ha solicitado una nueva contraseña para la cuenta de Zulip ${f.email} en https://chat.${f.domain}.\n\nHaz clic en el botón para restablecer tu contraseña.\n${reset(f)}\n\nSi no lo solicitaste, ignora este mensaje.\n\nGracias,\nEl equipo de Zulip`,
    }),
    pt: (f) => ({
      subject: 'Redefina sua senha do Zulip',
      body: `Alguém (talvez você) pediu uma nova senha para a conta do Zulip ${f.email} em https://chat.${f.domain}.\n\nClique no botão abaixo para redefinir sua senha.\n${reset(f)}\n\nSe você não pediu a redefinição, ignore esta mensagem.\n\nObrigado,\nEquipe Zulip`,
    }),
    it: (f) => ({
      subject: 'Reimposta la tua password di Zulip',
      body: `Qualcuno (forse tu) ha richiesto una nuova password per l'account Zulip ${f.email} su https://chat.${f.domain}.\n\nClicca sul pulsante per reimpostare la password.\n${reset(f)}\n\nSe non l'hai richiesto, ignora questo messaggio.\n\nGrazie,\nIl team di Zulip`,
    }),
    nl: (f) => ({
      subject: 'Stel je Zulip-wachtwoord opnieuw in',
      body: `Iemand (misschien jij) heeft een nieuw wachtwoord aangevraagd voor het Zulip-account ${f.email} op https://chat.${f.domain}.\n\nKlik op de knop hieronder om je wachtwoord opnieuw in te stellen.\n${reset(f)}\n\nHeb je dit niet aangevraagd, negeer dit bericht dan.\n\nBedankt,\nHet Zulip-team`,
    }),
  },
}
