// MyBB: the lost-password mail (language strings `emailsubject_lostpw` "Password Reset at {1}"
// and `email_lostpw`, greeting the username, with the reset link and the activation code).
// Source: MyBB `inc/languages/english/messages.lang.php`; other languages after MyBB language
// packs (reconstruction).
import type { Product } from '../../product.ts'

const reset = (f: { domain: string; token: string }) =>
  `https://forum.${f.domain}/member.php?action=resetpassword&uid=${f.token.length * 89}&code=${f.token.slice(0, 10)}`

export const MYBB_RESET: Product = {
  product: 'MyBB',
  family: 'reset',
  source: 'MyBB messages.lang.php email_lostpw / emailsubject_lostpw',
  echo: 'name',
  hosted: null,
  locals: ['forum', 'noreply', 'board'],
  subdomains: ['', 'forum.'],
  texts: {
    en: (f) => ({
      subject: `Password Reset at ${f.company} Forums`,
      body: `${f.name},\n\nTo complete the phase of resetting your account password at ${f.company} Forums, you will need to go to the URL below in your web browser.\n\n${reset(f)}\n\nIf the above link does not work correctly, go to\nhttps://forum.${f.domain}/member.php?action=resetpassword\n\nYou will need to enter the following:\nUsername: ${f.name}\nActivation Code: ${f.token.slice(0, 10)}\n\nThank you,\n${f.company} Forums Staff`,
    }),
    de: (f) => ({
      subject: `Passwort zurücksetzen bei ${f.company} Forum`,
      body: `${f.name},\n\num das Zurücksetzen deines Passworts im ${f.company} Forum abzuschließen, rufe bitte die folgende Adresse auf.\n\n${reset(f)}\n\nFalls der Link nicht funktioniert, gehe zu\nhttps://forum.${f.domain}/member.php?action=resetpassword\n\nund gib Folgendes ein:\nBenutzername: ${f.name}\nAktivierungscode: ${f.token.slice(0, 10)}\n\nDanke,\ndas Team von ${f.company} Forum`,
    }),
    fr: (f) => ({
      subject: `Réinitialisation du mot de passe sur ${f.company} Forum`,
      body: `${f.name},\n\nPour terminer la réinitialisation du mot de passe de votre compte sur ${f.company} Forum, rendez-vous à l'adresse ci-dessous.\n\n${reset(f)}\n\nSi le lien ne fonctionne pas, allez sur\nhttps://forum.${f.domain}/member.php?action=resetpassword\n\net saisissez :\nNom d'utilisateur : ${f.name}\nCode d'activation : ${f.token.slice(0, 10)}\n\nMerci,\nL'équipe de ${f.company} Forum`,
    }),
    es: (f) => ({
      subject: `Restablecimiento de contraseña en ${f.company} Foro`,
      body: `${f.name}:\n\nPara completar el restablecimiento de la contraseña de tu cuenta en ${f.company} Foro, abre la siguiente dirección.\n\n${reset(f)}\n\nSi el enlace no funciona, ve a\nhttps://forum.${f.domain}/member.php?action=resetpassword\n\ne introduce:\nNombre de usuario: ${f.name}\nCódigo de activación: ${f.token.slice(0, 10)}\n\nGracias,\nEl equipo de ${f.company} Foro`,
    }),
    pt: (f) => ({
      subject: `Redefinição de senha em ${f.company} Fórum`,
      body: `${f.name},\n\nPara concluir a redefinição da senha da sua conta em ${f.company} Fórum, acesse o endereço abaixo.\n\n${reset(f)}\n\nSe o link não funcionar, acesse\nhttps://forum.${f.domain}/member.php?action=resetpassword\n\ne informe:\nNome de usuário: ${f.name}\nCódigo de ativação: ${f.token.slice(0, 10)}\n\nObrigado,\nEquipe ${f.company} Fórum`,
    }),
    it: (f) => ({
      subject: `Reimpostazione password su ${f.company} Forum`,
      body: `${f.name},\n\nper completare la reimpostazione della password del tuo account su ${f.company} Forum, apri l'indirizzo qui sotto.\n\n${reset(f)}\n\nSe il link non funziona, vai a\nhttps://forum.${f.domain}/member.php?action=resetpassword\n\ne inserisci:\nNome utente: ${f.name}\nCodice di attivazione: ${f.token.slice(0, 10)}\n\nGrazie,\nLo staff di ${f.company} Forum`,
    }),
    nl: (f) => ({
      subject: `Wachtwoord opnieuw instellen op ${f.company} Forum`,
      body: `${f.name},\n\nOm het opnieuw instellen van je wachtwoord op ${f.company} Forum af te ronden, open je onderstaand adres.\n\n${reset(f)}\n\nWerkt de link niet, ga dan naar\nhttps://forum.${f.domain}/member.php?action=resetpassword\n\nen vul in:\nGebruikersnaam: ${f.name}\nActiveringscode: ${f.token.slice(0, 10)}\n\nBedankt,\nHet team van ${f.company} Forum`,
    }),
  },
}
