// Subscription and reset products: their documented default, rendered in our own words from
// memory (nothing pasted); only the English shape is the product's, the rest ours.
import type { Product } from './wording.ts'

export const PRIVY: Product = {
  family: 'subscription',
  product: 'Privy',
  sender: 'hosted',
  source: 'Privy double opt-in confirmation email (Privy email settings, "Double opt-in")',
  texts: {
    en: 'Please confirm your subscription\nAlmost done, {name}!\n\nConfirm your email address to start getting news and offers from {company}, and to unlock your welcome discount.\n\nConfirm subscription: {link}\n\nIf you did not sign up, ignore this email and you will not be subscribed.',
    de: 'Bitte bestätige dein Abonnement\nFast geschafft, {name}!\n\nBestätige deine E-Mail-Adresse, um Neuigkeiten und Angebote von {company} zu erhalten und deinen Willkommensrabatt freizuschalten.\n\nAbonnement bestätigen: {link}\n\nWenn du dich nicht angemeldet hast, ignoriere diese E-Mail – dann wirst du nicht eingetragen.',
    fr: 'Merci de confirmer votre inscription\nPresque fini, {name} !\n\nConfirmez votre adresse e-mail pour recevoir les nouveautés et offres de {company} et débloquer votre remise de bienvenue.\n\nConfirmer l’inscription : {link}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail : vous ne serez pas abonné.',
    es: 'Confirma tu suscripción\n¡Casi listo, {name}!\n\nConfirma tu correo para recibir novedades y ofertas de {company} y desbloquear tu descuento de bienvenida.\n\nConfirmar suscripción: {link}\n\nSi no te has suscrito, ignora este correo y no te daremos de alta.',
    pt: 'Confirme a sua subscrição\nQuase pronto, {name}!\n\nConfirme o seu e-mail para receber novidades e ofertas da {company} e desbloquear o seu desconto de boas-vindas.\n\nConfirmar subscrição: {link}\n\nSe não se inscreveu, ignore este e-mail e não será adicionado.',
    it: 'Conferma la tua iscrizione\nCi siamo quasi, {name}!\n\nConferma il tuo indirizzo email per ricevere novità e offerte da {company} e sbloccare lo sconto di benvenuto.\n\nConferma iscrizione: {link}\n\nSe non ti sei iscritto, ignora questa email e non verrai aggiunto.',
    nl: 'Bevestig je inschrijving\nBijna klaar, {name}!\n\nBevestig je e-mailadres om nieuws en aanbiedingen van {company} te ontvangen en je welkomstkorting vrij te spelen.\n\nInschrijving bevestigen: {link}\n\nHeb je je niet ingeschreven? Negeer deze e-mail, dan word je niet toegevoegd.',
  },
}

export const SIMPLENEWS: Product = {
  family: 'subscription',
  product: 'Simplenews',
  sender: 'own',
  source:
    'Drupal Simplenews module, default subscription confirmation mail ("Confirmation for [newsletter] from [site]")',
  texts: {
    en: 'Confirmation for {list} from {company}\nWe have received a request to subscribe {email} to the {list} newsletter on the {company} website at {site}. To confirm this subscription please use the link below.\n\n{link}',
    de: 'Bestätigung für {list} von {company}\nWir haben eine Anfrage erhalten, {email} für den Newsletter {list} auf der Website von {company} ({site}) einzutragen. Bitte bestätigen Sie das Abonnement über den folgenden Link.\n\n{link}',
    fr: 'Confirmation pour {list} de {company}\nNous avons reçu une demande d’inscription de {email} à la lettre d’information {list} sur le site de {company} ({site}). Pour confirmer cette inscription, utilisez le lien ci-dessous.\n\n{link}',
    es: 'Confirmación de {list} de {company}\nHemos recibido una solicitud para suscribir {email} al boletín {list} en el sitio web de {company} ({site}). Para confirmar la suscripción, utilice el enlace siguiente.\n\n{link}',
    pt: 'Confirmação para {list} de {company}\nRecebemos um pedido para inscrever {email} na newsletter {list} do site de {company} ({site}). Para confirmar a subscrição, use a ligação abaixo.\n\n{link}',
    it: 'Conferma per {list} da {company}\nAbbiamo ricevuto una richiesta di iscrivere {email} alla newsletter {list} sul sito di {company} ({site}). Per confermare l’iscrizione usa il link qui sotto.\n\n{link}',
    nl: 'Bevestiging voor {list} van {company}\nWe hebben een verzoek ontvangen om {email} in te schrijven op de nieuwsbrief {list} op de website van {company} ({site}). Gebruik de link hieronder om deze inschrijving te bevestigen.\n\n{link}',
  },
}

export const CHARITABLE: Product = {
  family: 'reset',
  product: 'Charitable',
  sender: 'own',
  source:
    'Charitable (WordPress donation plugin) "Password Reset" email (Charitable > Settings > Emails)',
  texts: {
    en: 'Password Reset for {company}\nSomeone has asked for the password of this account to be reset:\n\nUsername: {user}\n\nIf that was a mistake, ignore this email and nothing will change.\n\nTo choose a new password, go to: {link}',
    de: 'Passwort-Zurücksetzung für {company}\nJemand hat angefordert, das Passwort dieses Kontos zurückzusetzen:\n\nBenutzername: {user}\n\nWar das ein Versehen, ignorieren Sie diese E-Mail; es ändert sich nichts.\n\nUm ein neues Passwort zu wählen, öffnen Sie: {link}',
    fr: 'Réinitialisation du mot de passe pour {company}\nQuelqu’un a demandé la réinitialisation du mot de passe de ce compte :\n\nIdentifiant : {user}\n\nS’il s’agit d’une erreur, ignorez cet e-mail et rien ne changera.\n\nPour choisir un nouveau mot de passe, rendez-vous sur : {link}',
    es: 'Restablecimiento de contraseña para {company}\nAlguien ha pedido restablecer la contraseña de esta cuenta:\n\nUsuario: {user}\n\nSi ha sido un error, ignore este correo y no cambiará nada.\n\nPara elegir una contraseña nueva, visite: {link}',
    pt: 'Redefinição da palavra-passe para {company}\nAlguém pediu para redefinir a palavra-passe desta conta:\n\nUtilizador: {user}\n\nSe foi um engano, ignore este e-mail e nada será alterado.\n\nPara escolher uma nova palavra-passe, aceda a: {link}',
    it: 'Reimpostazione password per {company}\nQualcuno ha chiesto di reimpostare la password di questo account:\n\nNome utente: {user}\n\nSe si tratta di un errore, ignora questa email e non cambierà nulla.\n\nPer scegliere una nuova password, vai a: {link}',
    nl: 'Wachtwoordherstel voor {company}\nIemand heeft gevraagd het wachtwoord van dit account opnieuw in te stellen:\n\nGebruikersnaam: {user}\n\nWas dit een vergissing? Negeer dan deze e-mail; er verandert niets.\n\nGa naar het volgende adres om een nieuw wachtwoord te kiezen: {link}',
  },
}

export const ABANTECART: Product = {
  family: 'reset',
  product: 'AbanteCart',
  sender: 'display',
  source:
    'AbanteCart storefront "forgotten password" customer email ("<store> - Password reset request")',
  texts: {
    en: '{company} - Password reset request\nA new password was asked for your customer account at {company}.\n\nTo reset your password, click the link below:\n{link}\n\nThe IP address used to make this request was: {ip}',
    de: '{company} - Anfrage zum Zurücksetzen des Passworts\nFür Ihr Kundenkonto bei {company} wurde ein neues Passwort angefordert.\n\nKlicken Sie auf den folgenden Link, um Ihr Passwort zurückzusetzen:\n{link}\n\nDie Anfrage kam von der IP-Adresse: {ip}',
    fr: '{company} - Demande de réinitialisation du mot de passe\nUn nouveau mot de passe a été demandé pour votre compte client chez {company}.\n\nPour réinitialiser votre mot de passe, cliquez sur le lien ci-dessous :\n{link}\n\nAdresse IP à l’origine de la demande : {ip}',
    es: '{company} - Solicitud de restablecimiento de contraseña\nSe ha pedido una contraseña nueva para su cuenta de cliente en {company}.\n\nPara restablecer la contraseña, haga clic en el enlace:\n{link}\n\nLa solicitud se hizo desde la dirección IP: {ip}',
    pt: '{company} - Pedido de reposição da palavra-passe\nFoi pedida uma nova palavra-passe para a sua conta de cliente em {company}.\n\nPara repor a palavra-passe, clique na ligação abaixo:\n{link}\n\nO pedido foi feito a partir do endereço IP: {ip}',
    it: '{company} - Richiesta di reimpostazione password\nÈ stata richiesta una nuova password per il tuo account cliente su {company}.\n\nPer reimpostare la password, clicca sul link qui sotto:\n{link}\n\nLa richiesta è partita dall’indirizzo IP: {ip}',
    nl: '{company} - Verzoek om wachtwoord opnieuw in te stellen\nEr is een nieuw wachtwoord aangevraagd voor uw klantaccount bij {company}.\n\nKlik op de onderstaande link om uw wachtwoord opnieuw in te stellen:\n{link}\n\nHet verzoek kwam van IP-adres: {ip}',
  },
}
