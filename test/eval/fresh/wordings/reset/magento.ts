import { w, type Product } from '../types.ts'

// Magento / Adobe Commerce "Forgot Password" customer email (Magento_Customer
// view/frontend/email/password_reset_confirmation.html, subject "Reset your {store} password").
export const magentoReset: Product = {
  product: 'Magento / Adobe Commerce reset',
  family: 'reset',
  source: 'github.com/magento/magento2, Magento_Customer password_reset_confirmation.html',
  texts: {
    en: [
      w(
        'Reset your {company} password',
        `{name},\n\nThere was recently a request to change the password for your account.\n\nIf you requested this change, set a new password here:\nhttps://{site}/customer/account/createPassword/?token={token}\n\nIf you did not make this request, you can ignore this email and your password will remain the same.`,
      ),
    ],
    de: [
      w(
        'Setzen Sie Ihr {company}-Passwort zurück',
        `{name},\n\nvor Kurzem wurde angefordert, das Passwort für Ihr Konto zu ändern.\n\nWenn Sie diese Änderung angefordert haben, legen Sie hier ein neues Passwort fest:\nhttps://{site}/customer/account/createPassword/?token={token}\n\nWenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.`,
      ),
    ],
    fr: [
      w(
        'Réinitialisez votre mot de passe {company}',
        `{name},\n\nUne demande de modification du mot de passe de votre compte a été faite récemment.\n\nSi vous êtes à l’origine de cette demande, définissez un nouveau mot de passe ici :\nhttps://{site}/customer/account/createPassword/?token={token}\n\nSinon, ignorez cet e-mail ; votre mot de passe restera inchangé.`,
      ),
    ],
    es: [
      w(
        'Restablezca su contraseña de {company}',
        `{name}:\n\nRecientemente se solicitó cambiar la contraseña de su cuenta.\n\nSi usted solicitó este cambio, establezca una nueva contraseña aquí:\nhttps://{site}/customer/account/createPassword/?token={token}\n\nSi no realizó esta solicitud, ignore este correo y su contraseña seguirá igual.`,
      ),
    ],
    pt: [
      w(
        'Redefina sua senha da {company}',
        `{name},\n\nRecentemente foi feita uma solicitação para alterar a senha da sua conta.\n\nSe você solicitou a alteração, defina uma nova senha aqui:\nhttps://{site}/customer/account/createPassword/?token={token}\n\nSe não fez esta solicitação, ignore este e-mail e sua senha continuará a mesma.`,
      ),
    ],
    it: [
      w(
        'Reimposta la password di {company}',
        `{name},\n\nè stata richiesta di recente la modifica della password del tuo account.\n\nSe hai richiesto tu la modifica, imposta una nuova password qui:\nhttps://{site}/customer/account/createPassword/?token={token}\n\nSe non hai fatto questa richiesta, ignora questa e-mail: la password resterà invariata.`,
      ),
    ],
    nl: [
      w(
        'Stel uw {company}-wachtwoord opnieuw in',
        `{name},\n\nEr is onlangs gevraagd om het wachtwoord van uw account te wijzigen.\n\nHeeft u dit aangevraagd, stel dan hier een nieuw wachtwoord in:\nhttps://{site}/customer/account/createPassword/?token={token}\n\nHeeft u dit niet aangevraagd, negeer deze e-mail dan; uw wachtwoord blijft hetzelfde.`,
      ),
    ],
  },
}
