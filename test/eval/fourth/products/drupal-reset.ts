// Drupal core: the "Password recovery" mail with a one-time login link, addressed to the
// account's display name.
// source: drupal/drupal core/modules/user/config/install/user.mail.yml "password_reset"
// (subject "Replacement login information for [user:display-name] at [site:name]"), core
// translations from localize.drupal.org (reconstructed).
import type { Product } from './product.ts'

export const DRUPAL_RESET: Product = {
  product: 'Drupal',
  family: 'reset',
  source: 'drupal core user.mail.yml password_reset',
  locals: ['noreply', 'webmaster', 'admin'],
  link: (c, token) =>
    `https://www.${c.domain}/user/reset/${token.length}/1789${token.slice(0, 6)}/${token}`,
  texts: {
    en: [
      {
        subject: 'Replacement login information for {name} at {company}',
        body: '{name},\n\nA request to reset the password for your account has been made at {company}.\n\nYou may now log in by clicking this link or copying and pasting it into your browser:\n\n{link}\n\nThis link can only be used once to log in and will lead you to a page where you can set your password. It expires after one day and nothing will happen if it’s not used.\n\n--  {company} team',
      },
    ],
    de: [
      {
        subject: 'Ersatz-Anmeldedaten für {name} auf {company}',
        body: '{name},\n\nauf {company} wurde das Zurücksetzen des Passworts für Ihr Konto angefordert.\n\nSie können sich jetzt anmelden, indem Sie auf diesen Link klicken oder ihn in Ihren Browser kopieren:\n\n{link}\n\nDer Link funktioniert nur einmal, führt zu einer Seite zum Festlegen des Passworts und verfällt nach einem Tag.\n\n--  {company} Team',
      },
    ],
    fr: [
      {
        subject: 'Informations de connexion de remplacement pour {name} sur {company}',
        body: '{name},\n\nUne demande de réinitialisation du mot de passe de votre compte a été faite sur {company}.\n\nVous pouvez vous connecter en cliquant sur ce lien ou en le copiant dans votre navigateur :\n\n{link}\n\nCe lien ne sert qu’une fois, mène à une page où définir votre mot de passe et expire au bout d’un jour.\n\n--  L’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Información de acceso de reemplazo para {name} en {company}',
        body: '{name}:\n\nSe ha solicitado restablecer la contraseña de su cuenta en {company}.\n\nPuede iniciar sesión haciendo clic en este enlace o copiándolo en su navegador:\n\n{link}\n\nEl enlace solo funciona una vez, le lleva a una página para establecer la contraseña y caduca al cabo de un día.\n\n--  El equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Informação de acesso de substituição para {name} em {company}',
        body: '{name},\n\nFoi pedida a reposição da senha da sua conta em {company}.\n\nPode iniciar sessão clicando nesta ligação ou copiando-a para o navegador:\n\n{link}\n\nA ligação só funciona uma vez, leva a uma página para definir a senha e expira ao fim de um dia.\n\n--  Equipa {company}',
      },
    ],
    it: [
      {
        subject: 'Informazioni di accesso sostitutive per {name} su {company}',
        body: '{name},\n\nsu {company} è stata richiesta la reimpostazione della password del tuo account.\n\nPuoi accedere facendo clic su questo link o copiandolo nel browser:\n\n{link}\n\nIl link funziona una sola volta, porta a una pagina per impostare la password e scade dopo un giorno.\n\n--  Il team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Vervangende inloggegevens voor {name} op {company}',
        body: '{name},\n\nOp {company} is gevraagd het wachtwoord van je account opnieuw in te stellen.\n\nJe kunt nu inloggen door op deze link te klikken of hem in je browser te plakken:\n\n{link}\n\nDe link werkt maar één keer, leidt naar een pagina om je wachtwoord in te stellen en verloopt na een dag.\n\n--  Het {company}-team',
      },
    ],
  },
}
