import { w, type Product } from '../types.ts'

// Shopware 6 mail template "Customer password recovery" (customer.recovery.request), default
// texts of the Administration's mail templates (de-DE / en-GB and the language packs).
export const shopwareReset: Product = {
  product: 'Shopware',
  family: 'reset',
  source: 'Shopware 6 default mail template "Customer password recovery"',
  texts: {
    en: [
      w(
        'Password recovery',
        `Hello {name},\n\nYou have requested a new password for your {company} account.\nClick on the following link to reset your password:\n\nhttps://{site}/account/recover/password?hash={token}\n\nThis link is valid for the next 2 hours.\nIf you don't want to reset your password, ignore this email and no changes will be made.\n\nYours sincerely\nYour {company} team`,
      ),
    ],
    de: [
      w(
        'Passwort-Wiederherstellung',
        `Hallo {name},\n\nim Shop {company} wurde eine Anfrage gestellt, um Ihr Passwort zurückzusetzen.\nBitte bestätigen Sie den unten stehenden Link, um ein neues Passwort zu definieren:\n\nhttps://{site}/account/recover/password?hash={token}\n\nDieser Link ist nur für die nächsten 2 Stunden gültig.\nFalls Sie Ihr Passwort nicht zurücksetzen möchten, ignorieren Sie diese E-Mail – es wird dann keine Änderung vorgenommen.\n\nMit freundlichen Grüßen\nIhr {company}-Team`,
      ),
    ],
    fr: [
      w(
        'Récupération du mot de passe',
        `Bonjour {name},\n\nVous avez demandé un nouveau mot de passe pour votre compte {company}.\nCliquez sur le lien suivant pour le réinitialiser :\n\nhttps://{site}/account/recover/password?hash={token}\n\nCe lien est valable pendant 2 heures.\nSi vous ne souhaitez pas réinitialiser votre mot de passe, ignorez cet e-mail.\n\nCordialement,\nL’équipe {company}`,
      ),
    ],
    es: [
      w(
        'Recuperación de contraseña',
        `Hola {name}:\n\nHas solicitado una nueva contraseña para tu cuenta de {company}.\nHaz clic en el siguiente enlace para restablecerla:\n\nhttps://{site}/account/recover/password?hash={token}\n\nEste enlace es válido durante las próximas 2 horas.\nSi no quieres restablecer tu contraseña, ignora este correo.\n\nSaludos,\nEl equipo de {company}`,
      ),
    ],
    it: [
      w(
        'Recupero password',
        `Ciao {name},\n\nhai richiesto una nuova password per il tuo account {company}.\nFai clic sul link seguente per reimpostarla:\n\nhttps://{site}/account/recover/password?hash={token}\n\nIl link è valido per le prossime 2 ore.\nSe non vuoi reimpostare la password, ignora questa e-mail.\n\nCordiali saluti\nIl team {company}`,
      ),
    ],
    nl: [
      w(
        'Wachtwoordherstel',
        `Hallo {name},\n\nJe hebt een nieuw wachtwoord aangevraagd voor je {company}-account.\nKlik op de volgende link om je wachtwoord te herstellen:\n\nhttps://{site}/account/recover/password?hash={token}\n\nDeze link is de komende 2 uur geldig.\nWil je je wachtwoord niet herstellen, negeer deze e-mail dan.\n\nMet vriendelijke groet\nHet {company}-team`,
      ),
    ],
  },
}
