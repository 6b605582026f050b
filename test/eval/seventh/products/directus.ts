// Directus: the default `password-reset` template ("Password Reset Request"). source: Directus
// api/src/services/templates password-reset.liquid ("We received a request to reset the password
// for your account..."); Directus sends it in English, the other languages are reconstructions of
// a project's translated template.
import type { Product } from '../product.ts'

export const DIRECTUS_RESET: Product = {
  product: 'Directus',
  family: 'reset',
  source: 'Directus default template password-reset.liquid (reconstructed translations)',
  echo: 'none',
  own: ['{co} <no-reply@{domain}>', 'Directus <directus@cms.{domain}>'],
  hosted: (c) => `${c.name} <no-reply@${c.slug}.directus.app>`,
  texts: {
    en: {
      subject: 'Password Reset Request',
      body: 'We received a request to reset the password for your account. If you did not make this request, you can safely ignore this email. To continue with resetting your password, click the button below.\n\nReset Your Password\n{url}\n\nThis link expires in 24 hours.\n\nSent by {co}',
    },
    de: {
      subject: 'Anfrage zum Zurücksetzen des Passworts',
      body: 'Wir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr Konto erhalten. Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Um Ihr Passwort zurückzusetzen, klicken Sie auf die Schaltfläche unten.\n\nPasswort zurücksetzen\n{url}\n\nDieser Link läuft in 24 Stunden ab.\n\nGesendet von {co}',
    },
    fr: {
      subject: 'Demande de réinitialisation du mot de passe',
      body: "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte. Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet e-mail. Pour réinitialiser votre mot de passe, cliquez sur le bouton ci-dessous.\n\nRéinitialiser le mot de passe\n{url}\n\nCe lien expire dans 24 heures.\n\nEnvoyé par {co}",
    },
    es: {
      subject: 'Solicitud de restablecimiento de contraseña',
      body: 'Hemos recibido una solicitud para restablecer la contraseña de tu cuenta. Si no la has hecho tú, puedes ignorar este correo. Para restablecer tu contraseña, haz clic en el botón de abajo.\n\nRestablecer contraseña\n{url}\n\nEste enlace caduca en 24 horas.\n\nEnviado por {co}',
    },
    pt: {
      subject: 'Pedido de redefinição de senha',
      body: 'Recebemos um pedido para redefinir a senha da sua conta. Se você não fez esse pedido, pode ignorar este e-mail. Para redefinir sua senha, clique no botão abaixo.\n\nRedefinir senha\n{url}\n\nEste link expira em 24 horas.\n\nEnviado por {co}',
    },
    it: {
      subject: 'Richiesta di reimpostazione della password',
      body: 'Abbiamo ricevuto una richiesta di reimpostazione della password del tuo account. Se non l’hai fatta tu, puoi ignorare questa email. Per reimpostare la password, clicca sul pulsante qui sotto.\n\nReimposta la password\n{url}\n\nIl link scade tra 24 ore.\n\nInviato da {co}',
    },
    nl: {
      subject: 'Verzoek om wachtwoord opnieuw in te stellen',
      body: 'We hebben een verzoek ontvangen om het wachtwoord van je account opnieuw in te stellen. Heb je dit niet gedaan, dan kun je deze e-mail negeren. Klik op de knop hieronder om je wachtwoord opnieuw in te stellen.\n\nWachtwoord opnieuw instellen\n{url}\n\nDeze link verloopt over 24 uur.\n\nVerzonden door {co}',
    },
  },
}
