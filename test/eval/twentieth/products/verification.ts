// Account verification / activation mails of two products no earlier set used.
import type { Product } from './types.ts'

// Source: MantisBT "Account registration" mail (the sign-up confirmation with the link to set a
// password, the remote IP and the do-not-reply line; subject prefixed with the window title).
// MantisBT ships its strings in all seven languages.
export const MANTIS_SIGNUP: Product = {
  family: 'verification',
  product: 'MantisBT account registration',
  shipped: ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'],
  texts: {
    en: {
      subject: '[{brand}] Account registration',
      body: 'Thanks for signing up. You now have an account with the username "{name}". To finish the registration, open the address below (keep it on one single line) and choose your own access password:\n\n{link}\n\nIf you did not ask for a registration, ignore this message and nothing will happen.\n\nRemote IP address: {ip}\n\nPLEASE DO NOT REPLY TO THIS MESSAGE',
    },
    de: {
      subject: '[{brand}] Kontoregistrierung',
      body: 'Danke für Ihre Registrierung. Sie haben nun ein Konto mit dem Benutzernamen „{name}“. Um die Registrierung abzuschließen, rufen Sie die folgende Adresse auf (als eine einzige Zeile) und legen Sie Ihr eigenes Zugangspasswort fest:\n\n{link}\n\nFalls Sie keine Registrierung angefordert haben, ignorieren Sie diese Nachricht; es passiert dann nichts.\n\nEntfernte IP-Adresse: {ip}\n\nBITTE NICHT AUF DIESE NACHRICHT ANTWORTEN',
    },
    fr: {
      subject: '[{brand}] Création de compte',
      body: "Merci pour votre inscription. Vous avez maintenant un compte avec l'identifiant « {name} ». Pour terminer l'inscription, ouvrez l'adresse ci-dessous (sur une seule ligne) et choisissez votre propre mot de passe :\n\n{link}\n\nSi vous n'avez demandé aucune inscription, ignorez ce message : rien ne se passera.\n\nAdresse IP distante : {ip}\n\nNE RÉPONDEZ PAS À CE MESSAGE",
    },
    es: {
      subject: '[{brand}] Registro de cuenta',
      body: 'Gracias por registrarse. Ya tiene una cuenta con el nombre de usuario «{name}». Para completar el registro, abra la dirección siguiente (en una sola línea) y elija su propia contraseña de acceso:\n\n{link}\n\nSi no ha solicitado ningún registro, ignore este mensaje y no ocurrirá nada.\n\nDirección IP remota: {ip}\n\nPOR FAVOR, NO RESPONDA A ESTE MENSAJE',
    },
    pt: {
      subject: '[{brand}] Registo de conta',
      body: 'Obrigado por se registar. Tem agora uma conta com o nome de utilizador "{name}". Para concluir o registo, abra o endereço abaixo (numa única linha) e defina a sua própria palavra-passe de acesso:\n\n{link}\n\nSe não pediu nenhum registo, ignore esta mensagem e nada acontecerá.\n\nEndereço IP remoto: {ip}\n\nPOR FAVOR NÃO RESPONDA A ESTA MENSAGEM',
    },
    it: {
      subject: '[{brand}] Registrazione account',
      body: 'Grazie per la registrazione. Ora ha un account con il nome utente "{name}". Per completare la registrazione, apra l\'indirizzo qui sotto (su un\'unica riga) e scelga la sua password di accesso:\n\n{link}\n\nSe non ha richiesto alcuna registrazione, ignori questo messaggio e non succederà nulla.\n\nIndirizzo IP remoto: {ip}\n\nSI PREGA DI NON RISPONDERE A QUESTO MESSAGGIO',
    },
    nl: {
      subject: '[{brand}] Accountregistratie',
      body: 'Bedankt voor uw registratie. U heeft nu een account met de gebruikersnaam "{name}". Om de registratie af te ronden, opent u het onderstaande adres (op één regel) en kiest u uw eigen toegangswachtwoord:\n\n{link}\n\nHeeft u geen registratie aangevraagd, negeer dit bericht dan; er gebeurt niets.\n\nExtern IP-adres: {ip}\n\nBEANTWOORD DIT BERICHT NIET',
    },
  },
}

// Source: Vikunja's e-mail confirmation notification (subject "<username> + Vikunja = <3", a
// welcome line, "confirm your email address" button with the link repeated below, "Have a nice
// day!"). Vikunja writes it in English; the other six are our rendering.
export const VIKUNJA_CONFIRM: Product = {
  family: 'verification',
  product: 'Vikunja email confirmation',
  shipped: ['en'],
  texts: {
    en: {
      subject: '{name} + Vikunja = <3',
      body: "Hi {name},\n\nWelcome to Vikunja!\n\nTo confirm your email address, click the link below:\n\nConfirm your email address: {link}\n\nIf the button above doesn't work, copy the url below and paste it in your browser's address bar:\n{link}\n\nHave a nice day!",
    },
    de: {
      subject: '{name} + Vikunja = <3',
      body: 'Hallo {name},\n\nwillkommen bei Vikunja!\n\nUm deine E-Mail-Adresse zu bestätigen, klicke auf den Link unten:\n\nE-Mail-Adresse bestätigen: {link}\n\nFalls der Button nicht funktioniert, kopiere diese URL in die Adresszeile deines Browsers:\n{link}\n\nEinen schönen Tag noch!',
    },
    fr: {
      subject: '{name} + Vikunja = <3',
      body: "Bonjour {name},\n\nBienvenue sur Vikunja !\n\nPour confirmer ton adresse e-mail, clique sur le lien ci-dessous :\n\nConfirmer mon adresse e-mail : {link}\n\nSi le bouton ne fonctionne pas, copie l'URL ci-dessous dans la barre d'adresse de ton navigateur :\n{link}\n\nBonne journée !",
    },
    es: {
      subject: '{name} + Vikunja = <3',
      body: '¡Hola, {name}!\n\n¡Bienvenido a Vikunja!\n\nPara confirmar tu dirección de correo, haz clic en el enlace de abajo:\n\nConfirmar mi correo: {link}\n\nSi el botón no funciona, copia esta URL en la barra de direcciones del navegador:\n{link}\n\n¡Que tengas un buen día!',
    },
    pt: {
      subject: '{name} + Vikunja = <3',
      body: 'Olá {name},\n\nBem-vindo ao Vikunja!\n\nPara confirmar o teu endereço de e-mail, clica no link abaixo:\n\nConfirmar o meu e-mail: {link}\n\nSe o botão não funcionar, copia este URL para a barra de endereço do navegador:\n{link}\n\nTem um bom dia!',
    },
    it: {
      subject: '{name} + Vikunja = <3',
      body: 'Ciao {name},\n\nbenvenuto su Vikunja!\n\nPer confermare il tuo indirizzo e-mail, fai clic sul link qui sotto:\n\nConferma il mio indirizzo e-mail: {link}\n\nSe il pulsante non funziona, copia questo URL nella barra degli indirizzi del browser:\n{link}\n\nBuona giornata!',
    },
    nl: {
      subject: '{name} + Vikunja = <3',
      body: 'Hoi {name},\n\nWelkom bij Vikunja!\n\nKlik op de link hieronder om je e-mailadres te bevestigen:\n\nBevestig mijn e-mailadres: {link}\n\nWerkt de knop niet? Kopieer dan deze URL naar de adresbalk van je browser:\n{link}\n\nFijne dag!',
    },
  },
}
