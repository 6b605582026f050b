// PrestaShop: the password reset confirmation request (mail template "password_query"),
// addressed with the customer's first and last name.
// source: PrestaShop/PrestaShop mails "password_query" template and its translated subject
// "Password query confirmation" (Emails.Subject), reconstructed.
import type { Product } from './product.ts'

export const PRESTASHOP_PASSWORD: Product = {
  product: 'PrestaShop',
  family: 'reset',
  source: 'PrestaShop mail template "password_query" ("Password query confirmation")',
  locals: ['contact', 'noreply', 'boutique'],
  link: (c, token) =>
    `https://www.${c.domain}/recuperation-mot-de-passe?token=${token}&id_customer=1${token.length}`,
  texts: {
    en: [
      {
        subject: '[{company}] Password query confirmation',
        body: 'Hi {name},\n\nYou have requested to reset your {company} login details.\nPlease note that this will change your current password.\n\nTo confirm this action, please use the following link:\n{link}\n\n{company} powered by PrestaShop™',
      },
    ],
    de: [
      {
        subject: '[{company}] Bestätigung Passwort-Anfrage',
        body: 'Hallo {name},\n\nSie haben angefordert, Ihre Zugangsdaten für {company} zurückzusetzen.\nBitte beachten Sie, dass dabei Ihr aktuelles Passwort geändert wird.\n\nZur Bestätigung verwenden Sie bitte folgenden Link:\n{link}\n\n{company} powered by PrestaShop™',
      },
    ],
    fr: [
      {
        subject: '[{company}] Confirmation de demande de mot de passe',
        body: 'Bonjour {name},\n\nVous avez demandé la réinitialisation de vos identifiants {company}.\nAttention, votre mot de passe actuel sera modifié.\n\nPour confirmer cette action, utilisez le lien suivant :\n{link}\n\n{company} propulsé par PrestaShop™',
      },
    ],
    es: [
      {
        subject: '[{company}] Confirmación de solicitud de contraseña',
        body: 'Hola {name}:\n\nHas solicitado restablecer tus datos de acceso a {company}.\nTen en cuenta que esto cambiará tu contraseña actual.\n\nPara confirmar esta acción, utiliza el siguiente enlace:\n{link}\n\n{company} desarrollado con PrestaShop™',
      },
    ],
    pt: [
      {
        subject: '[{company}] Confirmação de pedido de senha',
        body: 'Olá {name},\n\nPediu a reposição dos seus dados de acesso à {company}.\nTenha em conta que a sua senha atual será alterada.\n\nPara confirmar esta ação, use a ligação seguinte:\n{link}\n\n{company} com tecnologia PrestaShop™',
      },
    ],
    it: [
      {
        subject: '[{company}] Conferma richiesta password',
        body: 'Ciao {name},\n\nhai richiesto di reimpostare i tuoi dati di accesso a {company}.\nTieni presente che la password attuale verrà cambiata.\n\nPer confermare, usa il link seguente:\n{link}\n\n{company} realizzato con PrestaShop™',
      },
    ],
    nl: [
      {
        subject: '[{company}] Bevestiging wachtwoordaanvraag',
        body: 'Hallo {name},\n\nJe hebt gevraagd je inloggegevens voor {company} opnieuw in te stellen.\nLet op: je huidige wachtwoord wordt hierdoor gewijzigd.\n\nGebruik de volgende link om dit te bevestigen:\n{link}\n\n{company} mogelijk gemaakt door PrestaShop™',
      },
    ],
  },
}
