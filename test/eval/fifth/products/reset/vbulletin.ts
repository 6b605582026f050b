// vBulletin: the lost-password mail (phrase `lostpw`, subject "Your Password Reset Request for
// <board>", "Dear <username>, You have requested to reset your password…"), after which a new
// password is mailed. Source: vBulletin 4/5 default email phrases; other languages after
// vBulletin language packs (reconstruction).
import type { Product } from '../../product.ts'

const reset = (f: { domain: string; token: string }) =>
  `https://${f.domain}/forum/login.php?a=pwd&u=${f.token.length * 61}&i=${f.token.slice(0, 12)}`

export const VBULLETIN_RESET: Product = {
  product: 'vBulletin',
  family: 'reset',
  source: 'vBulletin email phrase lostpw, "Your Password Reset Request for <board>"',
  echo: 'name',
  hosted: null,
  locals: ['webmaster', 'noreply'],
  subdomains: ['', 'forums.'],
  texts: {
    en: (f) => ({
      subject: `Your Password Reset Request for ${f.company} Forums`,
      body: `Dear ${f.name},\n\nYou have requested to reset your password on ${f.company} Forums because you have forgotten your password. If you did not request this, please ignore it. It will expire in 24 hours time.\n\nTo reset your password, please visit the following page:\n${reset(f)}\n\nWhen you visit that page, your password will be reset, and the new password will be emailed to you.\n\nYour username is: ${f.name}\n\nAll the best,\n${f.company} Forums`,
    }),
    de: (f) => ({
      subject: `Ihre Anfrage zum Zurücksetzen des Passworts für ${f.company} Forum`,
      body: `Hallo ${f.name},\n\nSie haben angefordert, Ihr Passwort im ${f.company} Forum zurückzusetzen, weil Sie es vergessen haben. Falls nicht, ignorieren Sie diese E-Mail. Die Anfrage verfällt in 24 Stunden.\n\nUm Ihr Passwort zurückzusetzen, besuchen Sie:\n${reset(f)}\n\nDanach wird Ihr Passwort zurückgesetzt und das neue Passwort per E-Mail zugeschickt.\n\nIhr Benutzername: ${f.name}\n\nMit freundlichen Grüßen\n${f.company} Forum`,
    }),
    fr: (f) => ({
      subject: `Votre demande de réinitialisation du mot de passe pour ${f.company} Forums`,
      body: `Cher/Chère ${f.name},\n\nVous avez demandé à réinitialiser votre mot de passe sur ${f.company} Forums car vous l'avez oublié. Si ce n'est pas le cas, ignorez ce message. La demande expire dans 24 heures.\n\nPour réinitialiser votre mot de passe, rendez-vous sur :\n${reset(f)}\n\nVotre mot de passe sera alors réinitialisé et le nouveau vous sera envoyé par e-mail.\n\nVotre nom d'utilisateur : ${f.name}\n\nCordialement,\n${f.company} Forums`,
    }),
    es: (f) => ({
      subject: `Tu solicitud de restablecimiento de contraseña para ${f.company} Foros`,
      body: `Estimado/a ${f.name}:\n\nHas solicitado restablecer tu contraseña en ${f.company} Foros porque la has olvidado. Si no fuiste tú, ignora este mensaje. Caduca en 24 horas.\n\nPara restablecer tu contraseña, visita:\n${reset(f)}\n\nAl visitar esa página se restablecerá tu contraseña y te enviaremos la nueva por correo.\n\nTu nombre de usuario es: ${f.name}\n\nSaludos,\n${f.company} Foros`,
    }),
    pt: (f) => ({
      subject: `O seu pedido de reposição da palavra-passe em ${f.company} Fóruns`,
      body: `Caro(a) ${f.name},\n\nPediu para repor a sua palavra-passe em ${f.company} Fóruns por a ter esquecido. Se não foi você, ignore esta mensagem. O pedido expira em 24 horas.\n\nPara repor a palavra-passe, visite:\n${reset(f)}\n\nAo visitar essa página, a palavra-passe será reposta e a nova ser-lhe-á enviada por e-mail.\n\nO seu nome de utilizador: ${f.name}\n\nCumprimentos,\n${f.company} Fóruns`,
    }),
    it: (f) => ({
      subject: `La tua richiesta di reimpostazione password per ${f.company} Forum`,
      body: `Gentile ${f.name},\n\nhai chiesto di reimpostare la password su ${f.company} Forum perché l'hai dimenticata. Se non sei stato tu, ignora questo messaggio. La richiesta scade tra 24 ore.\n\nPer reimpostare la password visita:\n${reset(f)}\n\nVisitando la pagina la password verrà reimpostata e la nuova ti sarà inviata per email.\n\nIl tuo nome utente è: ${f.name}\n\nCordiali saluti,\n${f.company} Forum`,
    }),
    nl: (f) => ({
      subject: `Je verzoek om je wachtwoord te herstellen voor ${f.company} Forums`,
      body: `Beste ${f.name},\n\nJe hebt gevraagd je wachtwoord op ${f.company} Forums te herstellen omdat je het vergeten bent. Heb je dit niet gevraagd, negeer dit bericht dan. Het verzoek verloopt over 24 uur.\n\nGa naar de volgende pagina om je wachtwoord te herstellen:\n${reset(f)}\n\nDaarna wordt je wachtwoord hersteld en ontvang je het nieuwe per e-mail.\n\nJe gebruikersnaam is: ${f.name}\n\nMet vriendelijke groet,\n${f.company} Forums`,
    }),
  },
}
