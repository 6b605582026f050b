// Drupal core: the "Welcome (no approval required)" mail to a visitor who registered, with the
// display name they chose and a one-time login link to set a password.
// source: drupal/drupal core/modules/user/config/install/user.mail.yml "register_no_approval_required"
// (subject "Account details for [user:display-name] at [site:name]"), with core translations
// from localize.drupal.org (reconstructed).
import type { Product } from './product.ts'

export const DRUPAL_WELCOME: Product = {
  product: 'Drupal',
  family: 'verification',
  source: 'drupal core user.mail.yml register_no_approval_required',
  locals: ['noreply', 'webmaster', 'admin'],
  link: (c, token) =>
    `https://www.${c.domain}/user/reset/${token.length}/1789${token.slice(0, 6)}/${token}`,
  texts: {
    en: [
      {
        subject: 'Account details for {name} at {company}',
        body: '{name},\n\nThank you for registering at {company}. You may now log in by clicking this link or copying and pasting it into your browser:\n\n{link}\n\nThis link can only be used once to log in and will lead you to a page where you can set your password.\n\n--  {company} team',
      },
    ],
    de: [
      {
        subject: 'Kontodetails für {name} auf {company}',
        body: '{name},\n\nvielen Dank für die Registrierung bei {company}. Sie können sich jetzt anmelden, indem Sie auf diesen Link klicken oder ihn in Ihren Browser kopieren:\n\n{link}\n\nDieser Link kann nur einmal zur Anmeldung verwendet werden und führt zu einer Seite, auf der Sie Ihr Passwort festlegen können.\n\n--  {company} Team',
      },
    ],
    fr: [
      {
        subject: 'Détails du compte de {name} sur {company}',
        body: '{name},\n\nMerci de vous être inscrit sur {company}. Vous pouvez maintenant vous connecter en cliquant sur ce lien ou en le copiant dans votre navigateur :\n\n{link}\n\nCe lien ne peut servir qu’une seule fois et vous mènera à une page où définir votre mot de passe.\n\n--  L’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Detalles de la cuenta de {name} en {company}',
        body: '{name}:\n\nGracias por registrarse en {company}. Ya puede iniciar sesión haciendo clic en este enlace o copiándolo en su navegador:\n\n{link}\n\nEste enlace solo puede usarse una vez y le llevará a una página donde podrá establecer su contraseña.\n\n--  El equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Detalhes da conta de {name} em {company}',
        body: '{name},\n\nObrigado por se registar em {company}. Pode agora iniciar sessão clicando nesta ligação ou copiando-a para o navegador:\n\n{link}\n\nEsta ligação só pode ser usada uma vez e leva a uma página onde pode definir a sua senha.\n\n--  Equipa {company}',
      },
    ],
    it: [
      {
        subject: 'Dettagli dell’account per {name} su {company}',
        body: '{name},\n\ngrazie per esserti registrato su {company}. Ora puoi accedere facendo clic su questo link o copiandolo nel browser:\n\n{link}\n\nQuesto link può essere usato una sola volta e ti porterà a una pagina in cui impostare la password.\n\n--  Il team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Accountgegevens voor {name} op {company}',
        body: '{name},\n\nBedankt voor je registratie op {company}. Je kunt nu inloggen door op deze link te klikken of hem in je browser te plakken:\n\n{link}\n\nDeze link kan maar één keer worden gebruikt en brengt je naar een pagina waar je je wachtwoord kunt instellen.\n\n--  Het {company}-team',
      },
    ],
  },
}
