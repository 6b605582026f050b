import { w, type Product } from '../types.ts'

// Moodle forgotten-password confirmation (lang/en/moodle.php emailresetconfirmationsubject
// "{site}: Password reset request" and emailresetconfirmation), lang.moodle.org packs.
export const moodleReset: Product = {
  product: 'Moodle reset',
  family: 'reset',
  source: 'Moodle lang/en/moodle.php emailresetconfirmation / emailresetconfirmationsubject',
  texts: {
    en: [
      w(
        '{company}: Password reset request',
        `Hi {name},\n\nA password reset was requested for your account '{name}' at {company}.\n\nTo confirm this request, and set a new password for your account, please go to the following web address:\n\nhttps://moodle.{site}/login/forgot_password.php?token={token}\n(This link is valid for 30 minutes from the time this reset was first requested.)\n\nIf this password reset was not requested by you, no action is needed.\n\nIf you need help, please contact the site administrator,\nAdmin User`,
      ),
    ],
    de: [
      w(
        '{company}: Kennwort zurücksetzen',
        `Guten Tag {name},\n\nfür Ihr Nutzerkonto '{name}' auf {company} wurde das Zurücksetzen des Kennworts angefordert.\n\nUm die Anfrage zu bestätigen und ein neues Kennwort festzulegen, öffnen Sie bitte folgende Webadresse:\n\nhttps://moodle.{site}/login/forgot_password.php?token={token}\n(Der Link ist 30 Minuten gültig.)\n\nFalls Sie das nicht angefordert haben, müssen Sie nichts tun.\n\nAdmin Nutzer`,
      ),
    ],
    fr: [
      w(
        '{company} : demande de réinitialisation du mot de passe',
        `Bonjour {name},\n\nUne réinitialisation du mot de passe a été demandée pour votre compte « {name} » sur {company}.\n\nPour confirmer cette demande et définir un nouveau mot de passe, rendez-vous à l’adresse suivante :\n\nhttps://moodle.{site}/login/forgot_password.php?token={token}\n(Ce lien est valable 30 minutes.)\n\nSi vous n’êtes pas à l’origine de cette demande, aucune action n’est nécessaire.\n\nAdmin Utilisateur`,
      ),
    ],
    es: [
      w(
        '{company}: Solicitud de restablecimiento de contraseña',
        `Hola {name}:\n\nSe ha solicitado restablecer la contraseña de su cuenta '{name}' en {company}.\n\nPara confirmar la solicitud y establecer una nueva contraseña, vaya a la siguiente dirección:\n\nhttps://moodle.{site}/login/forgot_password.php?token={token}\n(Este enlace es válido durante 30 minutos.)\n\nSi no ha solicitado este cambio, no tiene que hacer nada.\n\nUsuario Administrador`,
      ),
    ],
    pt: [
      w(
        '{company}: Pedido de redefinição de senha',
        `Olá {name},\n\nFoi pedida a redefinição da senha da sua conta '{name}' em {company}.\n\nPara confirmar o pedido e definir uma nova senha, aceda ao seguinte endereço:\n\nhttps://moodle.{site}/login/forgot_password.php?token={token}\n(Esta ligação é válida durante 30 minutos.)\n\nSe não fez este pedido, não precisa de fazer nada.\n\nUtilizador Administrador`,
      ),
    ],
    it: [
      w(
        '{company}: Richiesta di reimpostazione password',
        `Ciao {name},\n\nè stata richiesta la reimpostazione della password del tuo account '{name}' su {company}.\n\nPer confermare la richiesta e impostare una nuova password vai al seguente indirizzo:\n\nhttps://moodle.{site}/login/forgot_password.php?token={token}\n(Il link è valido per 30 minuti.)\n\nSe non hai richiesto tu la reimpostazione, non devi fare nulla.\n\nUtente Amministratore`,
      ),
    ],
    nl: [
      w(
        '{company}: Verzoek om wachtwoord te resetten',
        `Hallo {name},\n\nEr is gevraagd om het wachtwoord van je account '{name}' op {company} te resetten.\n\nGa naar het volgende webadres om dit verzoek te bevestigen en een nieuw wachtwoord in te stellen:\n\nhttps://moodle.{site}/login/forgot_password.php?token={token}\n(Deze link is 30 minuten geldig.)\n\nHeb je dit niet aangevraagd, dan hoef je niets te doen.\n\nAdmin Gebruiker`,
      ),
    ],
  },
}
