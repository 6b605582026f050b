// The eight products of this set (two per family, none named by an earlier set's README), each
// text written from memory of the product's documented default notification, in our own words;
// languages other than the product's own are our rendering. Slots: {company} {name} {payload}
// {ticket} {link} {email}. Texts are `subject|body`.
import type { Lang } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Product {
  family: Family
  product: string
  /** Where the default text is documented. */
  source: string
  texts: Record<Lang, string>
}

export const PRODUCTS: readonly Product[] = [
  {
    family: 'helpdesk',
    product: 'ManageEngine SupportCenter Plus',
    source:
      'SupportCenter Plus admin guide, Notification Rules: "Acknowledge the requester" template',
    texts: {
      en: 'Request ID :##{ticket}## : {payload}|Dear {name},\nThis is an acknowledgement of your request. Your request ID is {ticket}; please quote it in any further communication.\nSubject: {payload}\nRegards,\n{company} Support',
      de: 'Anfrage-ID :##{ticket}## : {payload}|Sehr geehrte/r {name},\nhiermit bestätigen wir den Eingang Ihrer Anfrage. Ihre Anfrage-ID lautet {ticket}; bitte geben Sie sie bei jeder Rückfrage an.\nBetreff: {payload}\nMit freundlichen Grüßen\n{company} Support',
      fr: 'ID de la demande :##{ticket}## : {payload}|Bonjour {name},\nCeci est un accusé de réception de votre demande. Son identifiant est {ticket} ; merci de le rappeler dans vos échanges.\nObjet : {payload}\nCordialement,\nSupport {company}',
      es: 'ID de solicitud :##{ticket}## : {payload}|Estimado/a {name}:\nEste es un acuse de recibo de su solicitud. Su ID de solicitud es {ticket}; indíquelo en cualquier comunicación posterior.\nAsunto: {payload}\nSaludos,\nSoporte {company}',
      pt: 'ID do pedido :##{ticket}## : {payload}|Caro(a) {name},\nEste e-mail confirma a receção do seu pedido. O ID do pedido é {ticket}; indique-o em contactos futuros.\nAssunto: {payload}\nCumprimentos,\nSuporte {company}',
      it: 'ID richiesta :##{ticket}## : {payload}|Gentile {name},\nquesta è una conferma di ricezione della sua richiesta. L’ID della richiesta è {ticket}; la preghiamo di citarlo nelle comunicazioni successive.\nOggetto: {payload}\nCordiali saluti,\nSupporto {company}',
      nl: 'Verzoek-ID :##{ticket}## : {payload}|Beste {name},\nHierbij bevestigen wij de ontvangst van uw verzoek. Uw verzoek-ID is {ticket}; vermeld dit bij verdere communicatie.\nOnderwerp: {payload}\nMet vriendelijke groet,\n{company} Support',
    },
  },
  {
    family: 'helpdesk',
    product: 'Ticksy',
    source:
      'Ticksy help centre, "Email notifications": ticket received confirmation to the customer',
    texts: {
      en: '[#{ticket}] Ticket received: {payload}|Hi {name},\nThanks for reaching out! Your ticket has come through and a member of the {company} team will get back to you soon.\nYou can see your ticket at any time here: {link}',
      de: '[#{ticket}] Ticket erhalten: {payload}|Hallo {name},\ndanke für deine Nachricht! Dein Ticket ist angekommen und jemand vom Team {company} meldet sich bald.\nDein Ticket findest du jederzeit hier: {link}',
      fr: '[#{ticket}] Ticket reçu : {payload}|Bonjour {name},\nMerci de nous avoir écrit ! Votre ticket est bien arrivé et un membre de l’équipe {company} vous répondra bientôt.\nVous pouvez consulter votre ticket ici : {link}',
      es: '[#{ticket}] Ticket recibido: {payload}|Hola {name}:\n¡Gracias por escribirnos! Tu ticket ha llegado y alguien del equipo de {company} te contestará pronto.\nPuedes ver tu ticket aquí: {link}',
      pt: '[#{ticket}] Ticket recebido: {payload}|Olá {name},\nObrigado pelo contato! Seu ticket chegou e alguém da equipe {company} vai responder em breve.\nVeja seu ticket quando quiser: {link}',
      it: '[#{ticket}] Ticket ricevuto: {payload}|Ciao {name},\ngrazie per averci scritto! Il tuo ticket è arrivato e qualcuno del team {company} ti risponderà presto.\nPuoi vedere il ticket qui: {link}',
      nl: '[#{ticket}] Ticket ontvangen: {payload}|Hoi {name},\nBedankt voor je bericht! Je ticket is binnen en iemand van het {company}-team reageert snel.\nJe ticket bekijk je hier: {link}',
    },
  },
  {
    family: 'verification',
    product: 'Mahara',
    source: 'Mahara manual, self-registration: "Registration at <site>" confirmation mail',
    texts: {
      en: 'Registration at {company}|Hello {name},\nThank you for registering an account on {company}. Please follow this link to complete the sign-up process:\n{link}\nThe link will expire in 24 hours.\n--\nThe {company} team',
      de: 'Registrierung bei {company}|Hallo {name},\nvielen Dank für Ihre Registrierung bei {company}. Bitte folgen Sie diesem Link, um die Anmeldung abzuschließen:\n{link}\nDer Link ist 24 Stunden gültig.\n--\nIhr Team von {company}',
      fr: 'Inscription sur {company}|Bonjour {name},\nMerci de vous être inscrit sur {company}. Suivez ce lien pour terminer votre inscription :\n{link}\nLe lien expire dans 24 heures.\n--\nL’équipe {company}',
      es: 'Registro en {company}|Hola {name}:\nGracias por registrar una cuenta en {company}. Sigue este enlace para completar el proceso:\n{link}\nEl enlace caduca en 24 horas.\n--\nEl equipo de {company}',
      pt: 'Registo em {company}|Olá {name},\nObrigado por criar uma conta em {company}. Siga esta ligação para concluir o registo:\n{link}\nA ligação expira em 24 horas.\n--\nA equipa {company}',
      it: 'Registrazione su {company}|Ciao {name},\ngrazie per esserti registrato su {company}. Segui questo link per completare la registrazione:\n{link}\nIl link scade tra 24 ore.\n--\nIl team di {company}',
      nl: 'Registratie bij {company}|Hallo {name},\nBedankt voor je registratie bij {company}. Volg deze link om je aanmelding af te ronden:\n{link}\nDe link verloopt na 24 uur.\n--\nHet {company}-team',
    },
  },
  {
    family: 'verification',
    product: 'Joplin Server',
    source: 'Joplin Server account confirmation email ("Confirm your email" button)',
    texts: {
      en: 'Welcome to {company}|Welcome to {company}, {name}!\nTo start using your account, please confirm your email address:\nConfirm email: {link}',
      de: 'Willkommen bei {company}|Willkommen bei {company}, {name}!\nUm dein Konto zu nutzen, bestätige bitte deine E-Mail-Adresse:\nE-Mail bestätigen: {link}',
      fr: 'Bienvenue sur {company}|Bienvenue sur {company}, {name} !\nPour commencer à utiliser votre compte, confirmez votre adresse e-mail :\nConfirmer l’e-mail : {link}',
      es: 'Te damos la bienvenida a {company}|¡Bienvenido a {company}, {name}!\nPara empezar a usar tu cuenta, confirma tu dirección de correo:\nConfirmar correo: {link}',
      pt: 'Bem-vindo ao {company}|Bem-vindo ao {company}, {name}!\nPara começar a usar sua conta, confirme seu endereço de e-mail:\nConfirmar e-mail: {link}',
      it: 'Benvenuto su {company}|Benvenuto su {company}, {name}!\nPer iniziare a usare il tuo account, conferma il tuo indirizzo email:\nConferma email: {link}',
      nl: 'Welkom bij {company}|Welkom bij {company}, {name}!\nBevestig je e-mailadres om je account te gebruiken:\nE-mail bevestigen: {link}',
    },
  },
  {
    family: 'subscription',
    product: 'Tribulant Newsletters',
    source: 'Tribulant "Newsletters" WordPress plugin, default subscription confirmation email',
    texts: {
      en: 'Confirm Subscription|Hi {name},\nThank you for subscribing to the {company} newsletter. Please click the link below to confirm your subscription:\n{link}\nIf you did not subscribe, simply ignore this email.',
      de: 'Abonnement bestätigen|Hallo {name},\ndanke für dein Abonnement des Newsletters von {company}. Bitte bestätige es über den folgenden Link:\n{link}\nFalls du dich nicht angemeldet hast, ignoriere diese E-Mail einfach.',
      fr: 'Confirmez votre abonnement|Bonjour {name},\nMerci de vous être abonné à la newsletter {company}. Cliquez sur le lien ci-dessous pour confirmer :\n{link}\nSi vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
      es: 'Confirma tu suscripción|Hola {name}:\nGracias por suscribirte al boletín de {company}. Haz clic en el enlace para confirmar tu suscripción:\n{link}\nSi no te suscribiste, ignora este correo.',
      pt: 'Confirme a sua subscrição|Olá {name},\nObrigado por subscrever a newsletter {company}. Clique na ligação abaixo para confirmar:\n{link}\nSe não subscreveu, ignore este e-mail.',
      it: 'Conferma iscrizione|Ciao {name},\ngrazie per esserti iscritto alla newsletter di {company}. Clicca il link qui sotto per confermare l’iscrizione:\n{link}\nSe non ti sei iscritto, ignora questa email.',
      nl: 'Bevestig je inschrijving|Hoi {name},\nBedankt voor je inschrijving op de nieuwsbrief van {company}. Klik op de link hieronder om te bevestigen:\n{link}\nHeb je je niet ingeschreven? Negeer deze e-mail dan.',
    },
  },
  {
    family: 'subscription',
    product: 'Oempro',
    source: 'Octeth Oempro, default double opt-in confirmation email of a subscriber list',
    texts: {
      en: 'Please confirm your subscription|Hello,\nYou (or someone using this address) asked to join the {company} mailing list with {email}.\nTo confirm, click here: {link}\nIf this was not you, no action is needed and you will not be added.',
      de: 'Bitte bestätigen Sie Ihre Anmeldung|Hallo,\nSie (oder jemand mit dieser Adresse) möchten mit {email} in die Liste von {company} aufgenommen werden.\nZum Bestätigen hier klicken: {link}\nWaren Sie das nicht, müssen Sie nichts tun.',
      fr: 'Merci de confirmer votre inscription|Bonjour,\nVous (ou quelqu’un utilisant cette adresse) avez demandé à rejoindre la liste {company} avec {email}.\nPour confirmer, cliquez ici : {link}\nSi ce n’était pas vous, aucune action n’est nécessaire.',
      es: 'Confirma tu suscripción, por favor|Hola:\nTú (o alguien con esta dirección) pidió unirse a la lista de {company} con {email}.\nPara confirmar, haz clic aquí: {link}\nSi no fuiste tú, no hace falta hacer nada.',
      pt: 'Confirme sua inscrição|Olá,\nVocê (ou alguém usando este endereço) pediu para entrar na lista da {company} com {email}.\nPara confirmar, clique aqui: {link}\nSe não foi você, não é preciso fazer nada.',
      it: 'Conferma la tua iscrizione|Ciao,\ntu (o qualcuno con questo indirizzo) hai chiesto di entrare nella lista di {company} con {email}.\nPer confermare clicca qui: {link}\nSe non sei stato tu, non serve fare nulla.',
      nl: 'Bevestig je aanmelding|Hallo,\nJij (of iemand met dit adres) vroeg om met {email} op de lijst van {company} te komen.\nBevestigen kan hier: {link}\nWas jij dit niet? Dan hoef je niets te doen.',
    },
  },
  {
    family: 'reset',
    product: 'Snipe-IT',
    source:
      'Snipe-IT (Laravel) password reset notification: "Reset Password" with 60-minute expiry',
    texts: {
      en: '{company}: Reset Password|Hello!\nYou are getting this email because a password reset was requested for your account.\nReset Password: {link}\nThis reset link expires in 60 minutes. If you did not ask for a reset, nothing more is needed.\nRegards, {company}',
      de: '{company}: Passwort zurücksetzen|Hallo!\nDu erhältst diese E-Mail, weil für dein Konto ein Zurücksetzen des Passworts angefordert wurde.\nPasswort zurücksetzen: {link}\nDer Link läuft in 60 Minuten ab. Hast du nichts angefordert, musst du nichts tun.\nGrüße, {company}',
      fr: '{company} : Réinitialiser le mot de passe|Bonjour !\nVous recevez cet e-mail car une réinitialisation du mot de passe a été demandée pour votre compte.\nRéinitialiser : {link}\nCe lien expire dans 60 minutes. Si vous n’avez rien demandé, aucune action n’est requise.\n{company}',
      es: '{company}: Restablecer contraseña|¡Hola!\nRecibes este correo porque se solicitó restablecer la contraseña de tu cuenta.\nRestablecer contraseña: {link}\nEl enlace caduca en 60 minutos. Si no lo pediste, no tienes que hacer nada.\nSaludos, {company}',
      pt: '{company}: Redefinir senha|Olá!\nVocê está recebendo este e-mail porque foi pedida a redefinição da senha da sua conta.\nRedefinir senha: {link}\nO link expira em 60 minutos. Se não pediu, nenhuma ação é necessária.\n{company}',
      it: '{company}: Reimposta password|Ciao!\nRicevi questa email perché è stato richiesto il ripristino della password del tuo account.\nReimposta password: {link}\nIl link scade tra 60 minuti. Se non l’hai richiesto, non devi fare altro.\n{company}',
      nl: '{company}: Wachtwoord herstellen|Hallo!\nJe krijgt deze e-mail omdat er voor je account een wachtwoordherstel is aangevraagd.\nWachtwoord herstellen: {link}\nDeze link verloopt over 60 minuten. Niets aangevraagd? Dan hoef je niets te doen.\n{company}',
    },
  },
  {
    family: 'reset',
    product: 'InvoicePlane',
    source: 'InvoicePlane "Password reset" email (link to set a new password)',
    texts: {
      en: 'Password reset|A password reset was requested for your {company} account.\nClick the following link to set a new password:\n{link}',
      de: 'Passwort-Zurücksetzung|Für Ihr Konto bei {company} wurde eine Passwort-Zurücksetzung angefordert.\nÜber diesen Link vergeben Sie ein neues Passwort:\n{link}',
      fr: 'Réinitialisation du mot de passe|Une réinitialisation du mot de passe a été demandée pour votre compte {company}.\nCliquez sur ce lien pour en choisir un nouveau :\n{link}',
      es: 'Restablecimiento de contraseña|Se pidió restablecer la contraseña de tu cuenta de {company}.\nHaz clic en este enlace para elegir una nueva:\n{link}',
      pt: 'Reposição da palavra-passe|Foi pedida a reposição da palavra-passe da sua conta {company}.\nClique na ligação seguinte para definir uma nova:\n{link}',
      it: 'Ripristino password|È stato richiesto il ripristino della password del tuo account {company}.\nClicca il link seguente per impostarne una nuova:\n{link}',
      nl: 'Wachtwoord resetten|Er is een wachtwoordreset aangevraagd voor je {company}-account.\nKlik op de volgende link om een nieuw wachtwoord in te stellen:\n{link}',
    },
  },
]
