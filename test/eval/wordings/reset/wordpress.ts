// WordPress (GPL-2.0): retrieve_password() mail ("[Site] Password Reset", "Someone has requested a
// password reset for the following account:") and its core translations.
import type { Product } from '../types.ts'

export const wordpressReset: Product = {
  family: 'reset',
  product: 'WordPress reset',
  source: 'WordPress wp-includes/user.php retrieve_password(); translate.wordpress.org',
  senders: [{ shape: 'own', local: 'wordpress', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: '[{company}] Password Reset',
        body: 'Someone has requested a password reset for the following account:\n\nSite Name: {company}\n\nUsername: {name}\n\nIf this was a mistake, ignore this email and nothing will happen.\n\nTo reset your password, visit the following address:\n\n{url}',
      },
    ],
    de: [
      {
        subject: '[{company}] Passwort zurücksetzen',
        body: 'Jemand hat das Zurücksetzen des Passworts für folgendes Benutzerkonto angefordert:\n\nName der Website: {company}\n\nBenutzername: {name}\n\nFalls dies ein Fehler war, ignoriere diese E-Mail einfach und nichts wird passieren.',
      },
    ],
    fr: [
      {
        subject: '[{company}] Réinitialisation du mot de passe',
        body: 'Quelqu’un a demandé la réinitialisation du mot de passe pour le compte suivant :\n\nNom du site : {company}\n\nIdentifiant : {name}\n\nS’il s’agit d’une erreur, ignorez ce message et la demande ne sera pas prise en compte.',
      },
    ],
    es: [
      {
        subject: '[{company}] Restablecer la contraseña',
        body: 'Alguien ha solicitado el restablecimiento de la contraseña de la siguiente cuenta:\n\nNombre del sitio: {company}\n\nNombre de usuario: {name}\n\nSi ha sido un error, simplemente ignora este correo electrónico y no pasará nada.',
      },
    ],
    pt: [
      {
        subject: '[{company}] Redefinição de senha',
        body: 'Alguém solicitou a redefinição de senha para a seguinte conta:\n\nNome do site: {company}\n\nNome de usuário: {name}\n\nSe isso foi um erro, apenas ignore este e-mail e nada acontecerá.',
      },
    ],
    it: [
      {
        subject: '[{company}] Reimpostazione della password',
        body: 'Qualcuno ha richiesto la reimpostazione della password per il seguente account:\n\nNome del sito: {company}\n\nNome utente: {name}\n\nSe è stato un errore, ignora questa email e non accadrà nulla.',
      },
    ],
    nl: [
      {
        subject: '[{company}] Wachtwoord opnieuw instellen',
        body: 'Iemand heeft verzocht het wachtwoord te resetten voor het volgende account:\n\nSitenaam: {company}\n\nGebruikersnaam: {name}\n\nAls dit een vergissing was, negeer dan deze e-mail en er zal niets gebeuren.',
      },
    ],
  },
}
