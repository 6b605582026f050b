import { w, type Product } from '../types.ts'

// Moodle email-based self-registration confirmation (lang/en/moodle.php strings
// emailconfirmationsubject "{site}: account confirmation" and emailconfirmation), language packs
// from lang.moodle.org.
export const moodleVerify: Product = {
  product: 'Moodle',
  family: 'verification',
  source:
    'Moodle lang/en/moodle.php emailconfirmation / emailconfirmationsubject, lang.moodle.org packs',
  texts: {
    en: [
      w(
        '{company}: account confirmation',
        `Hi {name},\n\nA new account has been requested at '{company}' using your email address.\n\nTo confirm your new account, please go to this web address:\n\nhttps://moodle.{site}/login/confirm.php?data={token}/{code}\n\nIn most mail programs, this should appear as a blue link which you can just click on. If that doesn't work, then cut and paste the address into the address line at the top of your web browser window.\n\nIf you need help, please contact the site administrator,\nAdmin User`,
      ),
    ],
    de: [
      w(
        '{company}: Zugangsbestätigung',
        `Guten Tag {name},\n\nfür Ihre E-Mail-Adresse wurde auf '{company}' ein neues Nutzerkonto angelegt.\n\nUm Ihr neues Nutzerkonto zu bestätigen, öffnen Sie bitte die folgende Webadresse:\n\nhttps://moodle.{site}/login/confirm.php?data={token}/{code}\n\nIn den meisten E-Mail-Programmen sollte der Link direkt anklickbar sein. Falls nicht, kopieren Sie die Adresse in die Adresszeile Ihres Browsers.\n\nBei Problemen wenden Sie sich bitte an die Administrator/innen der Website.\nAdmin Nutzer`,
      ),
    ],
    fr: [
      w(
        '{company} : confirmation de l’inscription',
        `Bonjour {name},\n\nUn nouveau compte a été demandé sur « {company} » avec votre adresse de courriel.\n\nPour confirmer votre nouveau compte, veuillez vous rendre à l’adresse web suivante :\n\nhttps://moodle.{site}/login/confirm.php?data={token}/{code}\n\nDans la plupart des logiciels de courriel, cette adresse devrait apparaître comme un lien bleu sur lequel vous pouvez cliquer. Sinon, copiez-la dans la barre d’adresse de votre navigateur.\n\nSi vous avez besoin d’aide, contactez l’administrateur du site,\nAdmin Utilisateur`,
      ),
    ],
    es: [
      w(
        '{company}: confirmación de la cuenta',
        `Hola {name}:\n\nSe ha solicitado la apertura de una cuenta en '{company}' utilizando su dirección de correo.\n\nPara confirmar su nueva cuenta, vaya a la siguiente dirección web:\n\nhttps://moodle.{site}/login/confirm.php?data={token}/{code}\n\nEn la mayoría de los programas de correo aparecerá como un enlace azul. Si no funciona, copie la dirección en la barra de su navegador.\n\nSi necesita ayuda, contacte con el administrador del sitio,\nUsuario Administrador`,
      ),
    ],
    pt: [
      w(
        '{company}: confirmação da conta',
        `Olá {name},\n\nFoi pedida a criação de uma conta em '{company}' com o seu endereço de e-mail.\n\nPara confirmar a sua nova conta, aceda ao seguinte endereço:\n\nhttps://moodle.{site}/login/confirm.php?data={token}/{code}\n\nNa maioria dos programas de e-mail este endereço aparece como uma ligação azul. Se não funcionar, copie-o para a barra de endereço do navegador.\n\nSe precisar de ajuda, contacte o administrador do site,\nUtilizador Administrador`,
      ),
    ],
    it: [
      w(
        '{company}: conferma dell’account',
        `Ciao {name},\n\nè stata richiesta la creazione di un nuovo account su '{company}' con il tuo indirizzo e-mail.\n\nPer confermare il nuovo account vai al seguente indirizzo:\n\nhttps://moodle.{site}/login/confirm.php?data={token}/{code}\n\nNella maggior parte dei programmi di posta apparirà come un link blu da cliccare. Se non funziona, copia l’indirizzo nella barra del browser.\n\nPer assistenza contatta l’amministratore del sito,\nUtente Amministratore`,
      ),
    ],
    nl: [
      w(
        '{company}: accountbevestiging',
        `Hallo {name},\n\nEr is op '{company}' een nieuwe account aangevraagd met jouw e-mailadres.\n\nGa naar het volgende webadres om je nieuwe account te bevestigen:\n\nhttps://moodle.{site}/login/confirm.php?data={token}/{code}\n\nIn de meeste e-mailprogramma's verschijnt dit als een blauwe link. Werkt dat niet, kopieer het adres dan naar de adresbalk van je browser.\n\nHeb je hulp nodig, neem dan contact op met de sitebeheerder,\nAdmin Gebruiker`,
      ),
    ],
  },
}
