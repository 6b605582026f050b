import { w, type Product } from '../types.ts'

// Joomla com_users registration mail with self-activation (language/<tag>/com_users.ini,
// COM_USERS_EMAIL_ACCOUNT_DETAILS and COM_USERS_EMAIL_REGISTERED_WITH_ACTIVATION_BODY).
export const joomlaVerify: Product = {
  product: 'Joomla',
  family: 'verification',
  source: 'github.com/joomla/joomla-cms, language/*/com_users.ini, registration with activation',
  texts: {
    en: [
      w(
        'Account Details for {name} at {company}',
        `Hello {name},\n\nThank you for registering at {company}. Your account is created and must be activated before you can use it.\nTo activate the account select the following link or copy-paste it in your browser:\nhttps://{site}/index.php?option=com_users&task=registration.activate&token={token}\n\nAfter activation you may login to https://{site}/ using the following username and the password you entered during registration:\n\nUsername: {name}`,
      ),
    ],
    de: [
      w(
        'Benutzerkonto für {name} bei {company}',
        `Hallo {name},\n\nvielen Dank für die Registrierung bei {company}. Das Benutzerkonto wurde erstellt und muss vor der ersten Nutzung aktiviert werden.\nZum Aktivieren den folgenden Link anklicken oder in die Adresszeile des Browsers kopieren:\nhttps://{site}/index.php?option=com_users&task=registration.activate&token={token}\n\nNach der Aktivierung ist die Anmeldung auf https://{site}/ mit folgendem Benutzernamen und dem bei der Registrierung angegebenen Passwort möglich:\n\nBenutzername: {name}`,
      ),
    ],
    fr: [
      w(
        'Détails du compte de {name} sur {company}',
        `Bonjour {name},\n\nMerci de vous être enregistré sur {company}. Votre compte a été créé et doit être activé avant de pouvoir l’utiliser.\nPour l’activer, cliquez sur le lien suivant ou copiez-le dans votre navigateur :\nhttps://{site}/index.php?option=com_users&task=registration.activate&token={token}\n\nAprès activation, vous pourrez vous connecter sur https://{site}/ avec l’identifiant suivant et le mot de passe choisi lors de l’inscription :\n\nIdentifiant : {name}`,
      ),
    ],
    es: [
      w(
        'Detalles de la cuenta de {name} en {company}',
        `Hola {name}:\n\nGracias por registrarse en {company}. Su cuenta ha sido creada y debe activarse antes de poder utilizarla.\nPara activarla, seleccione el siguiente enlace o cópielo en su navegador:\nhttps://{site}/index.php?option=com_users&task=registration.activate&token={token}\n\nTras la activación podrá acceder a https://{site}/ con el siguiente usuario y la contraseña que indicó al registrarse:\n\nUsuario: {name}`,
      ),
    ],
    pt: [
      w(
        'Detalhes da conta de {name} em {company}',
        `Olá {name},\n\nObrigado por se registar em {company}. A sua conta foi criada e tem de ser ativada antes de a poder utilizar.\nPara ativar a conta, selecione a ligação seguinte ou copie-a para o navegador:\nhttps://{site}/index.php?option=com_users&task=registration.activate&token={token}\n\nApós a ativação poderá entrar em https://{site}/ com o seguinte nome de utilizador e a senha indicada no registo:\n\nNome de utilizador: {name}`,
      ),
    ],
    it: [
      w(
        'Dettagli account per {name} su {company}',
        `Ciao {name},\n\ngrazie per esserti registrato su {company}. Il tuo account è stato creato e deve essere attivato prima di poterlo usare.\nPer attivarlo seleziona il link seguente o copialo nel browser:\nhttps://{site}/index.php?option=com_users&task=registration.activate&token={token}\n\nDopo l’attivazione potrai accedere a https://{site}/ con il seguente nome utente e la password scelta in fase di registrazione:\n\nNome utente: {name}`,
      ),
    ],
    nl: [
      w(
        'Accountgegevens voor {name} op {company}',
        `Hallo {name},\n\nBedankt voor je registratie op {company}. Je account is aangemaakt en moet geactiveerd worden voordat je het kunt gebruiken.\nKlik op de volgende link of kopieer hem naar je browser om het account te activeren:\nhttps://{site}/index.php?option=com_users&task=registration.activate&token={token}\n\nNa activering kun je inloggen op https://{site}/ met de volgende gebruikersnaam en het wachtwoord dat je bij de registratie opgaf:\n\nGebruikersnaam: {name}`,
      ),
    ],
  },
}
