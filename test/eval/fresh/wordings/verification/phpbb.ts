import { w, type Product } from '../types.ts'

// phpBB 3.3 registration mail with user activation (language/en/email/user_welcome_inactive.txt,
// subject "Welcome to “{SITENAME}”"), translations from the phpBB language packs.
export const phpbbVerify: Product = {
  product: 'phpBB',
  family: 'verification',
  source: 'github.com/phpbb/phpbb, language/en/email/user_welcome_inactive.txt',
  texts: {
    en: [
      w(
        'Welcome to “{company}”',
        `Welcome to “{company}”\n\nPlease keep this email for your records. Your account information is as follows:\n\n----------------------------\nUsername: {name}\n\nBoard URL: https://forum.{site}\n----------------------------\n\nYour account is currently inactive. You cannot use it until you visit the following link:\n\nhttps://forum.{site}/ucp.php?mode=activate&u={code}&k={token}\n\nPlease do not forget your password as it has been encrypted in our database and we cannot retrieve it for you.\n\n-- \nThanks, The Management`,
      ),
    ],
    de: [
      w(
        'Willkommen bei „{company}“',
        `Willkommen bei „{company}“\n\nBitte bewahre diese E-Mail für deine Unterlagen auf. Deine Benutzerkonto-Informationen lauten:\n\n----------------------------\nBenutzername: {name}\n\nForen-URL: https://forum.{site}\n----------------------------\n\nDein Benutzerkonto ist derzeit inaktiv. Du kannst es erst nach dem Aufruf folgenden Links nutzen:\n\nhttps://forum.{site}/ucp.php?mode=activate&u={code}&k={token}\n\n-- \nDanke, das Board-Team`,
      ),
    ],
    fr: [
      w(
        'Bienvenue sur « {company} »',
        `Bienvenue sur « {company} »\n\nVeuillez conserver cet e-mail. Les informations de votre compte sont les suivantes :\n\n----------------------------\nNom d’utilisateur : {name}\n\nAdresse du forum : https://forum.{site}\n----------------------------\n\nVotre compte est actuellement inactif. Vous ne pourrez l’utiliser qu’après avoir visité le lien suivant :\n\nhttps://forum.{site}/ucp.php?mode=activate&u={code}&k={token}\n\n-- \nMerci, l’équipe du forum`,
      ),
    ],
    it: [
      w(
        'Benvenuto su “{company}”',
        `Benvenuto su “{company}”\n\nConserva questa e-mail. I dati del tuo account sono i seguenti:\n\n----------------------------\nNome utente: {name}\n\nURL del forum: https://forum.{site}\n----------------------------\n\nIl tuo account è attualmente inattivo. Non potrai usarlo finché non visiterai il seguente link:\n\nhttps://forum.{site}/ucp.php?mode=activate&u={code}&k={token}\n\n-- \nGrazie, lo staff`,
      ),
    ],
  },
}
