// MyBB forum software: the account activation mail after registration (language strings
// `emailsubject_activateaccount` "Account Activation at {1}" and `email_activateaccount`, which
// greets the username and gives the activation link and code). Source: MyBB
// `inc/languages/english/messages.lang.php`; other languages after the MyBB language packs
// (reconstruction).
import type { Product } from '../../product.ts'

const url = (domain: string, token: string) =>
  `https://forum.${domain}/member.php?action=activate&uid=${token.length * 97}&code=${token.slice(0, 10)}`

export const MYBB_VERIFY: Product = {
  product: 'MyBB',
  family: 'verification',
  source: 'MyBB messages.lang.php email_activateaccount / emailsubject_activateaccount',
  echo: 'name',
  hosted: null,
  locals: ['forum', 'admin', 'noreply', 'board'],
  subdomains: ['', 'forum.'],
  texts: {
    en: (f) => ({
      subject: `Account Activation at ${f.company} Forums`,
      body: `${f.name},\n\nTo complete the registration process on ${f.company} Forums, you will need to go to the URL below in your web browser.\n\n${url(f.domain, f.token)}\n\nIf the above link does not work correctly, go to\n\nhttps://forum.${f.domain}/member.php?action=activate\n\nYou will need to enter the following:\nUsername: ${f.name}\nActivation Code: ${f.token.slice(0, 10)}\n\nThank you,\n${f.company} Forums Staff`,
    }),
    de: (f) => ({
      subject: `Kontoaktivierung bei ${f.company} Forum`,
      body: `${f.name},\n\num die Registrierung im ${f.company} Forum abzuschließen, musst du die folgende Adresse in deinem Browser aufrufen.\n\n${url(f.domain, f.token)}\n\nFalls der Link nicht funktioniert, gehe zu\n\nhttps://forum.${f.domain}/member.php?action=activate\n\nund gib Folgendes ein:\nBenutzername: ${f.name}\nAktivierungscode: ${f.token.slice(0, 10)}\n\nDanke,\ndas Team von ${f.company} Forum`,
    }),
    fr: (f) => ({
      subject: `Activation du compte sur ${f.company} Forum`,
      body: `${f.name},\n\nPour terminer votre inscription sur ${f.company} Forum, vous devez vous rendre à l'adresse ci-dessous avec votre navigateur.\n\n${url(f.domain, f.token)}\n\nSi le lien ne fonctionne pas, allez sur\n\nhttps://forum.${f.domain}/member.php?action=activate\n\net saisissez :\nNom d'utilisateur : ${f.name}\nCode d'activation : ${f.token.slice(0, 10)}\n\nMerci,\nL'équipe de ${f.company} Forum`,
    }),
    es: (f) => ({
      subject: `Activación de cuenta en ${f.company} Foro`,
      body: `${f.name}:\n\nPara completar el registro en ${f.company} Foro debes abrir la siguiente dirección en tu navegador.\n\n${url(f.domain, f.token)}\n\nSi el enlace no funciona, ve a\n\nhttps://forum.${f.domain}/member.php?action=activate\n\ne introduce:\nNombre de usuario: ${f.name}\nCódigo de activación: ${f.token.slice(0, 10)}\n\nGracias,\nEl equipo de ${f.company} Foro`,
    }),
    pt: (f) => ({
      subject: `Ativação de conta em ${f.company} Fórum`,
      body: `${f.name},\n\nPara concluir o registo em ${f.company} Fórum, abra o endereço abaixo no seu navegador.\n\n${url(f.domain, f.token)}\n\nSe a ligação não funcionar, aceda a\n\nhttps://forum.${f.domain}/member.php?action=activate\n\ne introduza:\nNome de utilizador: ${f.name}\nCódigo de ativação: ${f.token.slice(0, 10)}\n\nObrigado,\nA equipa de ${f.company} Fórum`,
    }),
    it: (f) => ({
      subject: `Attivazione account su ${f.company} Forum`,
      body: `${f.name},\n\nper completare la registrazione su ${f.company} Forum devi aprire l'indirizzo qui sotto nel browser.\n\n${url(f.domain, f.token)}\n\nSe il link non funziona, vai a\n\nhttps://forum.${f.domain}/member.php?action=activate\n\ne inserisci:\nNome utente: ${f.name}\nCodice di attivazione: ${f.token.slice(0, 10)}\n\nGrazie,\nLo staff di ${f.company} Forum`,
    }),
    nl: (f) => ({
      subject: `Accountactivering op ${f.company} Forum`,
      body: `${f.name},\n\nOm je registratie op ${f.company} Forum af te ronden, open je onderstaand adres in je browser.\n\n${url(f.domain, f.token)}\n\nWerkt de link niet, ga dan naar\n\nhttps://forum.${f.domain}/member.php?action=activate\n\nen vul in:\nGebruikersnaam: ${f.name}\nActiveringscode: ${f.token.slice(0, 10)}\n\nBedankt,\nHet team van ${f.company} Forum`,
    }),
  },
}
