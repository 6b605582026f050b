// Metabase: the password reset email ("[Metabase] Password Reset Request"), whose subject stays
// English on every instance while the body follows the instance's site locale. Source: Metabase
// src/metabase/email/password_reset.hbs and its subject in messages; translations after
// Metabase's locale files where known, otherwise an instance's own.
import type { Product } from '../product.ts'

const SUBJECT = '[{company}] Password Reset Request'

export const METABASE: Product = {
  product: 'Metabase',
  family: 'reset',
  source: 'Metabase password_reset.hbs ("Password Reset Request")',
  hosted: (c) => `metabase@${c.slug}.metabaseapp.com`,
  ownLocal: 'metabase',
  texts: {
    en: {
      subject: SUBJECT,
      body: "Hello, {name}\n\nYou're receiving this e-mail because you or someone else has requested a password for your user account at {site}. It can be safely ignored if you did not request a password reset. Click the link below to reset your password.\n\nReset password: {link}\n\nThis link will expire in 48 hours.",
    },
    de: {
      subject: SUBJECT,
      body: 'Hallo {name},\n\nSie erhalten diese E-Mail, weil Sie oder jemand anderes ein Passwort für Ihr Benutzerkonto auf {site} angefordert hat. Wenn Sie keine Zurücksetzung angefordert haben, können Sie sie ignorieren. Klicken Sie auf den Link, um Ihr Passwort zurückzusetzen.\n\nPasswort zurücksetzen: {link}\n\nDieser Link läuft in 48 Stunden ab.',
    },
    fr: {
      subject: SUBJECT,
      body: "Bonjour {name},\n\nVous recevez cet e-mail parce que vous ou quelqu'un d'autre avez demandé un mot de passe pour votre compte sur {site}. Vous pouvez l'ignorer si vous n'avez rien demandé. Cliquez sur le lien ci-dessous pour réinitialiser votre mot de passe.\n\nRéinitialiser le mot de passe : {link}\n\nCe lien expire dans 48 heures.",
    },
    es: {
      subject: SUBJECT,
      body: 'Hola, {name}\n\nRecibes este correo porque tú u otra persona habéis solicitado una contraseña para tu cuenta en {site}. Si no lo solicitaste, puedes ignorarlo. Haz clic en el enlace para restablecer tu contraseña.\n\nRestablecer contraseña: {link}\n\nEl enlace caduca en 48 horas.',
    },
    pt: {
      subject: SUBJECT,
      body: 'Olá, {name}\n\nVocê está recebendo este e-mail porque você ou outra pessoa solicitou uma senha para sua conta em {site}. Se não foi você, pode ignorá-lo. Clique no link abaixo para redefinir sua senha.\n\nRedefinir senha: {link}\n\nEste link expira em 48 horas.',
    },
    it: {
      subject: SUBJECT,
      body: 'Ciao {name},\n\nricevi questa email perché tu o qualcun altro avete richiesto una password per il tuo account su {site}. Se non hai richiesto il ripristino puoi ignorarla. Fai clic sul link per reimpostare la password.\n\nReimposta password: {link}\n\nIl link scade tra 48 ore.',
    },
    nl: {
      subject: SUBJECT,
      body: 'Hallo {name},\n\nJe ontvangt deze e-mail omdat jij of iemand anders een wachtwoord heeft aangevraagd voor je account op {site}. Heb je niets aangevraagd, dan kun je hem negeren. Klik op de link om je wachtwoord opnieuw in te stellen.\n\nWachtwoord opnieuw instellen: {link}\n\nDeze link verloopt over 48 uur.',
    },
  },
}
