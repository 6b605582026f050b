// Synapse (Matrix homeserver): the password reset mail (`password_reset` subject
// "[%(server_name)s] Password reset", template `password_reset.txt`: "A password reset request
// has been received for your Matrix account…"). Source: element-hq/synapse
// `synapse/res/templates/password_reset.txt` and default `email.subjects`; English only
// upstream, other languages are admins' translations (reconstruction).
import type { Product } from '../../product.ts'

const server = (domain: string) => `matrix.${domain}`
const submit = (f: { domain: string; token: string }) =>
  `https://${server(f.domain)}/_synapse/client/password_reset/email/submit_token?token=${f.token}&client_secret=${f.token.slice(2, 18)}&sid=${f.token.slice(0, 16)}`

export const SYNAPSE_RESET: Product = {
  product: 'Synapse',
  family: 'reset',
  source: 'element-hq/synapse password_reset.txt, subject "[%(server_name)s] Password reset"',
  echo: 'none',
  hosted: null,
  locals: ['noreply', 'matrix'],
  subdomains: ['', 'matrix.'],
  texts: {
    en: (f) => ({
      subject: `[${server(f.domain)}] Password reset`,
      body: `A password reset request has been received for your Matrix account. If this was you, please click the link below to confirm resetting your password:\n\n${submit(f)}\n\nIf this was not you, do not click the link above and instead contact your server administrator. Thank you.`,
    }),
    de: (f) => ({
      subject: `[${server(f.domain)}] Passwort zurücksetzen`,
      body: `Für dein Matrix-Konto wurde das Zurücksetzen des Passworts angefordert. Wenn du das warst, bestätige es über den folgenden Link:\n\n${submit(f)}\n\nWenn du das nicht warst, klicke nicht auf den Link, sondern wende dich an die Administration deines Servers. Danke.`,
    }),
    fr: (f) => ({
      subject: `[${server(f.domain)}] Réinitialisation du mot de passe`,
      body: `Une demande de réinitialisation du mot de passe de votre compte Matrix a été reçue. Si c'est bien vous, cliquez sur le lien ci-dessous pour la confirmer :\n\n${submit(f)}\n\nSi ce n'est pas vous, ne cliquez pas sur le lien et contactez l'administrateur de votre serveur. Merci.`,
    }),
    es: (f) => ({
      subject: `[${server(f.domain)}] Restablecimiento de contraseña`,
      body: `Se ha recibido una solicitud para restablecer la contraseña de tu cuenta de Matrix. Si fuiste tú, haz clic en el enlace para confirmarlo:\n\n${submit(f)}\n\nSi no fuiste tú, no pulses el enlace y contacta con el administrador de tu servidor. Gracias.`,
    }),
    pt: (f) => ({
      subject: `[${server(f.domain)}] Redefinição de senha`,
      body: `Recebemos um pedido de redefinição de senha para sua conta Matrix. Se foi você, clique no link abaixo para confirmar:\n\n${submit(f)}\n\nSe não foi você, não clique no link e fale com o administrador do seu servidor. Obrigado.`,
    }),
    it: (f) => ({
      subject: `[${server(f.domain)}] Reimpostazione della password`,
      body: `È stata ricevuta una richiesta di reimpostazione della password per il tuo account Matrix. Se sei stato tu, clicca sul link per confermare:\n\n${submit(f)}\n\nSe non sei stato tu, non cliccare sul link e contatta l'amministratore del server. Grazie.`,
    }),
    nl: (f) => ({
      subject: `[${server(f.domain)}] Wachtwoord opnieuw instellen`,
      body: `Er is een verzoek ontvangen om het wachtwoord van je Matrix-account opnieuw in te stellen. Was jij dat, klik dan op de link hieronder om te bevestigen:\n\n${submit(f)}\n\nWas jij dit niet, klik dan niet op de link en neem contact op met de beheerder van je server. Bedankt.`,
    }),
  },
}
