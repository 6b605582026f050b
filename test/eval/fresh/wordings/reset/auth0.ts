import { w, type Product } from '../types.ts'

// Auth0 default "Change Password (Link)" email template (Branding > Email Templates); Auth0 docs
// "Customize Email Templates".
export const auth0Reset: Product = {
  product: 'Auth0 reset',
  family: 'reset',
  source: 'Auth0 docs, Email Templates, default "Change Password (Link)"',
  hosted: 'no-reply@auth0user.net',
  texts: {
    en: [
      w(
        'Reset your password',
        `Hello {name},\n\nWe have received a password change request for your {company} account.\n\nIf you made this request, then please click on the link below:\nhttps://{slug}.eu.auth0.com/lo/reset?ticket={token}#\n\nThis link will expire in 5 days.\n\nIf you did not ask to change your password, then you can ignore this email and your password will not be changed.`,
      ),
    ],
    de: [
      w(
        'Passwort zurücksetzen',
        `Hallo {name},\n\nwir haben eine Anfrage zur Änderung des Passworts für Ihr {company}-Konto erhalten.\n\nWenn Sie diese Anfrage gestellt haben, klicken Sie bitte auf den folgenden Link:\nhttps://{slug}.eu.auth0.com/lo/reset?ticket={token}#\n\nDer Link läuft in 5 Tagen ab.\n\nWenn Sie keine Passwortänderung angefordert haben, können Sie diese E-Mail ignorieren.`,
      ),
    ],
    fr: [
      w(
        'Réinitialisez votre mot de passe',
        `Bonjour {name},\n\nNous avons reçu une demande de changement de mot de passe pour votre compte {company}.\n\nSi vous êtes à l’origine de cette demande, cliquez sur le lien ci-dessous :\nhttps://{slug}.eu.auth0.com/lo/reset?ticket={token}#\n\nCe lien expirera dans 5 jours.\n\nSi vous n’avez pas demandé de changement, ignorez cet e-mail ; votre mot de passe ne sera pas modifié.`,
      ),
    ],
    es: [
      w(
        'Restablece tu contraseña',
        `Hola {name}:\n\nHemos recibido una solicitud de cambio de contraseña para tu cuenta de {company}.\n\nSi fuiste tú, haz clic en el siguiente enlace:\nhttps://{slug}.eu.auth0.com/lo/reset?ticket={token}#\n\nEl enlace caducará en 5 días.\n\nSi no pediste cambiar la contraseña, ignora este correo y no se modificará.`,
      ),
    ],
    pt: [
      w(
        'Redefina sua senha',
        `Olá {name},\n\nRecebemos uma solicitação de alteração de senha para sua conta {company}.\n\nSe foi você, clique no link abaixo:\nhttps://{slug}.us.auth0.com/lo/reset?ticket={token}#\n\nO link expira em 5 dias.\n\nSe você não pediu a alteração, ignore este e-mail e sua senha não será alterada.`,
      ),
    ],
    it: [
      w(
        'Reimposta la password',
        `Ciao {name},\n\nabbiamo ricevuto una richiesta di modifica della password per il tuo account {company}.\n\nSe hai fatto tu la richiesta, fai clic sul link seguente:\nhttps://{slug}.eu.auth0.com/lo/reset?ticket={token}#\n\nIl link scadrà tra 5 giorni.\n\nSe non hai chiesto di cambiare la password, ignora questa e-mail.`,
      ),
    ],
    nl: [
      w(
        'Wachtwoord opnieuw instellen',
        `Hallo {name},\n\nWe hebben een verzoek ontvangen om het wachtwoord van je {company}-account te wijzigen.\n\nHeb jij dit aangevraagd, klik dan op de onderstaande link:\nhttps://{slug}.eu.auth0.com/lo/reset?ticket={token}#\n\nDeze link verloopt over 5 dagen.\n\nHeb je niets aangevraagd, negeer deze e-mail dan; je wachtwoord blijft ongewijzigd.`,
      ),
    ],
  },
}
