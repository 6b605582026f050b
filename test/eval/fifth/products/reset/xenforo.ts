// XenForo: the lost-password confirmation (email template `user_lost_password_reset`,
// "<name>, you requested to reset your password at <board>…", link valid for a limited time).
// Source: XenForo 2 default email templates and phrases; other languages after community
// language packs (reconstruction).
import type { Product } from '../../product.ts'

const reset = (f: { domain: string; token: string }) =>
  `https://community.${f.domain}/lost-password/${f.token.length * 73}/confirm?c=${f.token.slice(0, 16)}`

export const XENFORO_RESET: Product = {
  product: 'XenForo',
  family: 'reset',
  source: 'XenForo 2 email template user_lost_password_reset',
  echo: 'name',
  hosted: null,
  locals: ['noreply', 'community'],
  subdomains: ['', 'community.'],
  texts: {
    en: (f) => ({
      subject: `${f.name}, password reset request at ${f.company} Community`,
      body: `${f.name}, you have requested to reset your password at ${f.company} Community. To complete this request, please click the link below.\n\n${reset(f)}\n\nThis link will be valid for a limited time. If you did not request this, you may safely ignore this email.`,
    }),
    de: (f) => ({
      subject: `${f.name}, Anfrage zum Zurücksetzen des Passworts bei ${f.company} Community`,
      body: `${f.name}, du hast angefordert, dein Passwort bei ${f.company} Community zurückzusetzen. Klicke auf den folgenden Link, um die Anfrage abzuschließen.\n\n${reset(f)}\n\nDer Link ist nur begrenzte Zeit gültig. Falls du das nicht angefordert hast, kannst du diese E-Mail ignorieren.`,
    }),
    fr: (f) => ({
      subject: `${f.name}, demande de réinitialisation du mot de passe sur ${f.company} Communauté`,
      body: `${f.name}, vous avez demandé la réinitialisation de votre mot de passe sur ${f.company} Communauté. Pour terminer, cliquez sur le lien ci-dessous.\n\n${reset(f)}\n\nCe lien n'est valable que pour une durée limitée. Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: `${f.name}, solicitud de restablecimiento de contraseña en ${f.company} Comunidad`,
      body: `${f.name}, has solicitado restablecer tu contraseña en ${f.company} Comunidad. Para completar la solicitud, haz clic en el enlace.\n\n${reset(f)}\n\nEl enlace solo es válido durante un tiempo limitado. Si no lo solicitaste, ignora este correo.`,
    }),
    pt: (f) => ({
      subject: `${f.name}, pedido de redefinição de senha em ${f.company} Comunidade`,
      body: `${f.name}, você pediu para redefinir sua senha em ${f.company} Comunidade. Para concluir, clique no link abaixo.\n\n${reset(f)}\n\nO link é válido por tempo limitado. Se não foi você, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: `${f.name}, richiesta di reimpostazione password su ${f.company} Community`,
      body: `${f.name}, hai chiesto di reimpostare la password su ${f.company} Community. Per completare la richiesta, clicca sul link qui sotto.\n\n${reset(f)}\n\nIl link è valido per un tempo limitato. Se non l'hai chiesto tu, ignora questa email.`,
    }),
    nl: (f) => ({
      subject: `${f.name}, verzoek om wachtwoordherstel op ${f.company} Community`,
      body: `${f.name}, je hebt gevraagd je wachtwoord op ${f.company} Community opnieuw in te stellen. Klik op de link hieronder om het verzoek af te ronden.\n\n${reset(f)}\n\nDe link is beperkte tijd geldig. Heb je dit niet gevraagd, negeer deze e-mail dan.`,
    }),
  },
}
