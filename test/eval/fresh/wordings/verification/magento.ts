import { w, type Product } from '../types.ts'

// Magento Open Source / Adobe Commerce customer email "New Account Confirmation Key"
// (Magento_Customer, view/frontend/email/account_new_confirmation.html) and its language packs.
export const magentoVerify: Product = {
  product: 'Magento / Adobe Commerce',
  family: 'verification',
  source:
    'github.com/magento/magento2, Magento_Customer email template account_new_confirmation.html',
  texts: {
    en: [
      w(
        'Please confirm your {company} account',
        `{name},\n\nYou must confirm your {email} email before you can sign in (link is only valid once):\n\nConfirm Your Account: https://{site}/customer/account/confirm/?id={code}&key={token}\n\nThank you again for shopping with us.\n{company}`,
      ),
    ],
    de: [
      w(
        'Bitte bestätigen Sie Ihr {company}-Kundenkonto',
        `{name},\n\nSie müssen Ihre E-Mail-Adresse {email} bestätigen, bevor Sie sich anmelden können (der Link ist nur einmal gültig):\n\nKonto bestätigen: https://{site}/customer/account/confirm/?id={code}&key={token}\n\nVielen Dank für Ihren Einkauf bei uns.\n{company}`,
      ),
    ],
    fr: [
      w(
        'Veuillez confirmer votre compte {company}',
        `{name},\n\nVous devez confirmer votre adresse e-mail {email} avant de pouvoir vous connecter (le lien n’est valable qu’une seule fois) :\n\nConfirmer votre compte : https://{site}/customer/account/confirm/?id={code}&key={token}\n\nMerci encore pour vos achats chez nous.\n{company}`,
      ),
    ],
    es: [
      w(
        'Confirme su cuenta de {company}',
        `{name}:\n\nDebe confirmar su correo {email} antes de poder iniciar sesión (el enlace solo es válido una vez):\n\nConfirmar su cuenta: https://{site}/customer/account/confirm/?id={code}&key={token}\n\nGracias de nuevo por comprar con nosotros.\n{company}`,
      ),
    ],
    pt: [
      w(
        'Confirme sua conta na {company}',
        `{name},\n\nVocê precisa confirmar seu e-mail {email} antes de entrar (o link só é válido uma vez):\n\nConfirmar sua conta: https://{site}/customer/account/confirm/?id={code}&key={token}\n\nObrigado mais uma vez por comprar conosco.\n{company}`,
      ),
    ],
    it: [
      w(
        'Conferma il tuo account {company}',
        `{name},\n\ndevi confermare il tuo indirizzo {email} prima di poter accedere (il link è valido una sola volta):\n\nConferma il tuo account: https://{site}/customer/account/confirm/?id={code}&key={token}\n\nGrazie ancora per i tuoi acquisti.\n{company}`,
      ),
    ],
    nl: [
      w(
        'Bevestig uw {company}-account',
        `{name},\n\nU moet uw e-mailadres {email} bevestigen voordat u kunt inloggen (de link is maar één keer geldig):\n\nBevestig uw account: https://{site}/customer/account/confirm/?id={code}&key={token}\n\nNogmaals bedankt voor uw aankoop.\n{company}`,
      ),
    ],
  },
}
