// Django (BSD-3-Clause): registration/password_reset_subject.txt and password_reset_email.html
// ("Password reset on <site>", "You're receiving this email because you requested a password reset
// for your user account at <site>.") and Django's own translations.
import type { Product } from '../types.ts'

export const djangoReset: Product = {
  family: 'reset',
  product: 'Django reset',
  source: 'django/django contrib/admin/templates/registration/password_reset_*; conf/locale',
  senders: [{ shape: 'own', local: 'webmaster', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Password reset on {company}',
        body: "You're receiving this email because you requested a password reset for your user account at {company}.\n\nPlease go to the following page and choose a new password:\n{url}\n\nYour username, in case you've forgotten: {name}\n\nThanks for using our site!\n\nThe {company} team",
      },
    ],
    de: [
      {
        subject: 'Passwort auf {company} zurücksetzen',
        body: 'Sie erhalten diese E-Mail, weil Sie das Zurücksetzen des Passworts für Ihr Benutzerkonto auf {company} angefordert haben.\n\nBitte öffnen Sie folgende Seite, um ein neues Passwort zu wählen:\n{url}\n\nIhr Benutzername, falls Sie ihn vergessen haben: {name}',
      },
    ],
    fr: [
      {
        subject: 'Réinitialisation du mot de passe sur {company}',
        body: 'Vous recevez ce message en réponse à votre demande de réinitialisation du mot de passe de votre compte sur {company}.\n\nVeuillez vous rendre sur cette page et choisir un nouveau mot de passe :\n{url}',
      },
    ],
    es: [
      {
        subject: 'Restablecimiento de contraseña en {company}',
        body: 'Ha recibido este correo electrónico porque ha solicitado restablecer la contraseña para su cuenta en {company}.\n\nPor favor, vaya a la página siguiente y escoja una nueva contraseña:\n{url}',
      },
    ],
    it: [
      {
        subject: 'Reimpostazione password su {company}',
        body: 'Ricevi questa mail perché hai richiesto di reimpostare la password del tuo account utente presso {company}.\n\nVai alla pagina seguente e scegli una nuova password:\n{url}',
      },
    ],
    nl: [
      {
        subject: 'Wachtwoordherinitialisatie op {company}',
        body: 'U ontvangt deze e-mail, omdat u heeft verzocht het wachtwoord voor uw account op {company} opnieuw in te stellen.\n\nGaat u naar de volgende pagina en kies een nieuw wachtwoord:\n{url}',
      },
    ],
    pt: [
      {
        subject: 'Redefinição de senha em {company}',
        body: 'Você está recebendo este e-mail porque solicitou a redefinição da senha da sua conta em {company}.\n\nAcesse a página a seguir e escolha uma nova senha:\n{url}',
      },
    ],
  },
}
