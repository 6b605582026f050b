// Joomla: the registration mail when users activate their own account (com_users, "self"
// activation), with the name and username the visitor typed.
// source: joomla/joomla-cms language/<lang>/com_users.ini COM_USERS_EMAIL_ACCOUNT_DETAILS and
// COM_USERS_EMAIL_REGISTERED_WITH_ACTIVATION_BODY (reconstructed, not copied).
import type { Product } from './product.ts'

export const JOOMLA_REGISTRATION: Product = {
  product: 'Joomla',
  family: 'verification',
  source: 'joomla-cms com_users.ini COM_USERS_EMAIL_REGISTERED_WITH_ACTIVATION_BODY',
  locals: ['webmaster', 'noreply', 'info'],
  link: (c, token) =>
    `https://www.${c.domain}/index.php?option=com_users&task=registration.activate&token=${token}`,
  texts: {
    en: [
      {
        subject: 'Account Details for {name} at {company}',
        body: 'Hello {name},\n\nThank you for registering at {company}. Your account is created and must be activated before you can use it.\nTo activate the account select the following link or copy-paste it in your browser:\n{link}\n\nAfter activation you may login to https://www.{site}/ using the following username and the password you entered when registering.\n\nUsername: {user}',
      },
    ],
    de: [
      {
        subject: 'Benutzerdaten für {name} bei {company}',
        body: 'Hallo {name},\n\nvielen Dank für die Registrierung bei {company}. Das Benutzerkonto wurde angelegt und muss noch aktiviert werden.\nZur Aktivierung bitte auf den folgenden Link klicken oder ihn in den Browser kopieren:\n{link}\n\nNach der Aktivierung ist die Anmeldung auf https://www.{site}/ mit folgendem Benutzernamen und dem bei der Registrierung gewählten Passwort möglich.\n\nBenutzername: {user}',
      },
    ],
    fr: [
      {
        subject: 'Détails du compte de {name} sur {company}',
        body: 'Bonjour {name},\n\nMerci de vous être enregistré sur {company}. Votre compte a été créé et doit être activé avant de pouvoir l’utiliser.\nPour l’activer, cliquez sur le lien suivant ou copiez-le dans votre navigateur :\n{link}\n\nAprès activation, vous pourrez vous connecter à https://www.{site}/ avec l’identifiant suivant et le mot de passe choisi lors de l’inscription.\n\nIdentifiant : {user}',
      },
    ],
    es: [
      {
        subject: 'Detalles de la cuenta de {name} en {company}',
        body: 'Hola {name}:\n\nGracias por registrarse en {company}. Su cuenta se ha creado y debe activarse antes de poder usarla.\nPara activarla, pulse el siguiente enlace o cópielo en su navegador:\n{link}\n\nTras la activación podrá acceder a https://www.{site}/ con el siguiente usuario y la contraseña que indicó al registrarse.\n\nUsuario: {user}',
      },
    ],
    pt: [
      {
        subject: 'Dados da conta de {name} em {company}',
        body: 'Olá {name},\n\nObrigado pelo registo em {company}. A sua conta foi criada e tem de ser ativada antes de a poder usar.\nPara ativar a conta, clique na ligação seguinte ou copie-a para o navegador:\n{link}\n\nDepois da ativação pode entrar em https://www.{site}/ com o nome de utilizador abaixo e a senha que escolheu.\n\nNome de utilizador: {user}',
      },
    ],
    it: [
      {
        subject: 'Dettagli account per {name} su {company}',
        body: 'Ciao {name},\n\ngrazie per esserti registrato su {company}. Il tuo account è stato creato e deve essere attivato prima di poterlo usare.\nPer attivarlo seleziona il link seguente o copialo nel browser:\n{link}\n\nDopo l’attivazione potrai accedere a https://www.{site}/ con il nome utente seguente e la password scelta in fase di registrazione.\n\nNome utente: {user}',
      },
    ],
    nl: [
      {
        subject: 'Accountgegevens voor {name} bij {company}',
        body: 'Hallo {name},\n\nBedankt voor uw registratie bij {company}. Uw account is aangemaakt en moet worden geactiveerd voordat u het kunt gebruiken.\nKlik op de volgende link of kopieer hem naar uw browser om het account te activeren:\n{link}\n\nNa activering kunt u inloggen op https://www.{site}/ met de volgende gebruikersnaam en het wachtwoord dat u bij de registratie opgaf.\n\nGebruikersnaam: {user}',
      },
    ],
  },
}
