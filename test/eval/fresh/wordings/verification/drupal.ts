import { w, type Product } from '../types.ts'

// Drupal core user module account mail "Welcome (no approval required)" (user.mail.yml,
// register_no_approval_required), subject "Account details for [user:display-name] at
// [site:name]"; translations from localize.drupal.org.
export const drupalVerify: Product = {
  product: 'Drupal',
  family: 'verification',
  source:
    'Drupal core, core/modules/user/config/install/user.mail.yml register_no_approval_required',
  texts: {
    en: [
      w(
        'Account details for {name} at {company}',
        `{name},\n\nThank you for registering at {company}. You may now log in by clicking this link or copying and pasting it into your browser:\n\nhttps://{site}/user/reset/{code}/{token}\n\nThis link can only be used once to log in and will lead you to a page where you can set your password.\n\nAfter setting your password, you will be able to log in at https://{site}/user in the future using:\n\nusername: {name}\npassword: Your password\n\n--  {company} team`,
      ),
    ],
    de: [
      w(
        'Kontodetails für {name} auf {company}',
        `{name},\n\nvielen Dank für die Registrierung bei {company}. Sie können sich jetzt anmelden, indem Sie auf diesen Link klicken oder ihn in Ihren Browser kopieren:\n\nhttps://{site}/user/reset/{code}/{token}\n\nDieser Link kann nur einmal zur Anmeldung verwendet werden und führt Sie zu einer Seite, auf der Sie Ihr Passwort festlegen können.\n\nBenutzername: {name}\nPasswort: Ihr Passwort\n\n--  Das Team von {company}`,
      ),
    ],
    fr: [
      w(
        'Détails du compte de {name} sur {company}',
        `{name},\n\nMerci de vous être inscrit sur {company}. Vous pouvez maintenant vous connecter en cliquant sur ce lien ou en le copiant dans votre navigateur :\n\nhttps://{site}/user/reset/{code}/{token}\n\nCe lien ne peut être utilisé qu’une seule fois et vous mènera à une page où vous pourrez définir votre mot de passe.\n\nnom d’utilisateur : {name}\nmot de passe : votre mot de passe\n\n--  L’équipe {company}`,
      ),
    ],
    es: [
      w(
        'Detalles de la cuenta para {name} en {company}',
        `{name}:\n\nGracias por registrarse en {company}. Ya puede iniciar sesión haciendo clic en este enlace o copiándolo en su navegador:\n\nhttps://{site}/user/reset/{code}/{token}\n\nEste enlace solo puede usarse una vez y le llevará a una página donde podrá establecer su contraseña.\n\nnombre de usuario: {name}\ncontraseña: su contraseña\n\n--  El equipo de {company}`,
      ),
    ],
    it: [
      w(
        'Dettagli dell’account di {name} su {company}',
        `{name},\n\ngrazie per esserti registrato su {company}. Ora puoi accedere facendo clic su questo link o copiandolo nel browser:\n\nhttps://{site}/user/reset/{code}/{token}\n\nIl link può essere usato una sola volta e ti porterà a una pagina in cui impostare la password.\n\nnome utente: {name}\npassword: la tua password\n\n--  Lo staff di {company}`,
      ),
    ],
    nl: [
      w(
        'Accountgegevens voor {name} op {company}',
        `{name},\n\nBedankt voor je registratie bij {company}. Je kunt nu inloggen door op deze link te klikken of hem in je browser te plakken:\n\nhttps://{site}/user/reset/{code}/{token}\n\nDeze link kan maar één keer gebruikt worden en brengt je naar een pagina waar je je wachtwoord kunt instellen.\n\ngebruikersnaam: {name}\nwachtwoord: je wachtwoord\n\n--  Het {company}-team`,
      ),
    ],
  },
}
