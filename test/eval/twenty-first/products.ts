// Two real products per family, none named by an earlier set, each text written from memory of
// the product's documented default notification, in our own words (languages the product does
// not ship are our rendering). Slots: {company} {name} {subj} {ref} {link} {code}.
import type { Lang } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Product {
  product: string
  /** The product's own name, checked against the earlier sets' READMEs. */
  vendor: string
  family: Family
  /** "subject|body" per language. */
  texts: Record<Lang, string>
}

// Source: Help Scout docs, "Auto Reply" (mailbox settings), the default auto reply text.
const HELP_SCOUT: Product = {
  vendor: 'Help Scout',
  product: 'Help Scout auto reply',
  family: 'helpdesk',
  texts: {
    en: 'Re: {subj}|Hi {name},\nThanks for getting in touch! This is a quick note to let you know we have your message and someone from {company} will reply as soon as possible.\nReference: #{ref}',
    de: 'Re: {subj}|Hallo {name},\nvielen Dank für Ihre Nachricht! Kurz zur Info: Sie ist bei uns angekommen, und jemand von {company} meldet sich so bald wie möglich.\nReferenz: #{ref}',
    fr: 'Re: {subj}|Bonjour {name},\nmerci de nous avoir écrit ! Petit mot pour vous dire que nous avons bien votre message ; quelqu’un de {company} vous répondra dès que possible.\nRéférence : #{ref}',
    es: 'Re: {subj}|Hola {name}:\n¡Gracias por escribirnos! Solo queremos avisarte de que tenemos tu mensaje y alguien de {company} te responderá lo antes posible.\nReferencia: #{ref}',
    pt: 'Re: {subj}|Olá {name},\nobrigado pelo contacto! Só para avisar que recebemos a sua mensagem e alguém da {company} responderá o mais depressa possível.\nReferência: #{ref}',
    it: 'Re: {subj}|Ciao {name},\ngrazie per averci scritto! Ti avvisiamo che abbiamo ricevuto il tuo messaggio e qualcuno di {company} ti risponderà il prima possibile.\nRiferimento: #{ref}',
    nl: 'Re: {subj}|Hoi {name},\nbedankt voor je bericht! Even een korte melding dat we het hebben ontvangen; iemand van {company} reageert zo snel mogelijk.\nReferentie: #{ref}',
  },
}

// Source: Gorgias docs, "Auto-reply: request received" rule template.
const GORGIAS: Product = {
  vendor: 'Gorgias',
  product: 'Gorgias auto-reply rule',
  family: 'helpdesk',
  texts: {
    en: 'We got your request: {subj}|Hello {name},\nWe have received your request and a member of our team will get back to you within 24 hours.\nIn the meantime our help center may already have the answer.\n{company} Customer Care',
    de: 'Wir haben Ihre Anfrage: {subj}|Hallo {name},\nIhre Anfrage ist eingegangen. Ein Mitglied unseres Teams antwortet Ihnen innerhalb von 24 Stunden.\nVielleicht finden Sie die Antwort schon in unserem Hilfe-Center.\n{company} Kundenservice',
    fr: 'Nous avons reçu votre demande : {subj}|Bonjour {name},\nVotre demande nous est parvenue ; un membre de notre équipe vous répondra sous 24 heures.\nEn attendant, notre centre d’aide a peut-être déjà la réponse.\nService client {company}',
    es: 'Hemos recibido tu solicitud: {subj}|Hola {name}:\nTu solicitud ha llegado y una persona de nuestro equipo te contestará en menos de 24 horas.\nMientras tanto, quizá encuentres la respuesta en nuestro centro de ayuda.\nAtención al cliente de {company}',
    pt: 'Recebemos o seu pedido: {subj}|Olá {name},\nO seu pedido chegou e um membro da nossa equipa responderá dentro de 24 horas.\nEntretanto, o nosso centro de ajuda pode já ter a resposta.\nApoio ao cliente {company}',
    it: 'Abbiamo ricevuto la tua richiesta: {subj}|Ciao {name},\nla tua richiesta è arrivata e una persona del nostro team ti risponderà entro 24 ore.\nNel frattempo il nostro centro assistenza potrebbe avere già la risposta.\nServizio clienti {company}',
    nl: 'We hebben je verzoek ontvangen: {subj}|Hallo {name},\nJe verzoek is binnen en iemand van ons team antwoordt binnen 24 uur.\nMisschien staat het antwoord al in ons helpcentrum.\nKlantenservice {company}',
  },
}

// Source: WooCommerce docs, Emails settings, "New account" customer email (default heading
// "Welcome to {site_title}").
const WOO_NEW_ACCOUNT: Product = {
  vendor: 'WooCommerce',
  product: 'WooCommerce new account email',
  family: 'verification',
  texts: {
    en: 'Your {company} account has been created!|Hi {name},\nThanks for creating an account on {company}. Your username is {name}. You can reach your account area to view orders, change your password and more at: {link}\nWe look forward to seeing you soon.',
    de: 'Ihr Konto bei {company} wurde erstellt!|Hallo {name},\ndanke, dass Sie ein Konto bei {company} angelegt haben. Ihr Benutzername ist {name}. In Ihrem Kundenbereich sehen Sie Bestellungen und ändern Ihr Passwort: {link}\nWir freuen uns auf Ihren Besuch.',
    fr: 'Votre compte {company} a été créé !|Bonjour {name},\nMerci d’avoir créé un compte sur {company}. Votre identifiant est {name}. Votre espace client vous permet de voir vos commandes et de changer votre mot de passe : {link}\nÀ très bientôt.',
    es: '¡Tu cuenta de {company} se ha creado!|Hola {name}:\nGracias por crear una cuenta en {company}. Tu nombre de usuario es {name}. En tu área de cliente puedes ver pedidos y cambiar la contraseña: {link}\nEsperamos verte pronto.',
    pt: 'A sua conta {company} foi criada!|Olá {name},\nObrigado por criar uma conta na {company}. O seu nome de utilizador é {name}. Na sua área de cliente pode ver encomendas e mudar a palavra-passe: {link}\nAté breve.',
    it: 'Il tuo account {company} è stato creato!|Ciao {name},\ngrazie per aver creato un account su {company}. Il tuo nome utente è {name}. Dall’area clienti vedi gli ordini e cambi la password: {link}\nA presto.',
    nl: 'Je account bij {company} is aangemaakt!|Hoi {name},\nBedankt voor het aanmaken van een account bij {company}. Je gebruikersnaam is {name}. In je accountomgeving zie je bestellingen en wijzig je je wachtwoord: {link}\nTot snel.',
  },
}

// Source: Invoice Ninja v5 docs/templates, "Confirm your email address" account verification.
const INVOICE_NINJA: Product = {
  vendor: 'Invoice Ninja',
  product: 'Invoice Ninja email confirmation',
  family: 'verification',
  texts: {
    en: 'Confirmation|Confirm your email address\nHello {name}, please click the button below to confirm your email address for your {company} account.\nConfirm: {link}',
    de: 'Bestätigung|Bestätigen Sie Ihre E-Mail-Adresse\nHallo {name}, klicken Sie bitte auf die Schaltfläche, um die E-Mail-Adresse Ihres {company}-Kontos zu bestätigen.\nBestätigen: {link}',
    fr: 'Confirmation|Confirmez votre adresse e-mail\nBonjour {name}, cliquez sur le bouton ci-dessous pour confirmer l’adresse e-mail de votre compte {company}.\nConfirmer : {link}',
    es: 'Confirmación|Confirma tu dirección de correo\nHola {name}, pulsa el botón de abajo para confirmar el correo de tu cuenta de {company}.\nConfirmar: {link}',
    pt: 'Confirmação|Confirme o seu endereço de e-mail\nOlá {name}, clique no botão abaixo para confirmar o e-mail da sua conta {company}.\nConfirmar: {link}',
    it: 'Conferma|Conferma il tuo indirizzo email\nCiao {name}, fai clic sul pulsante qui sotto per confermare l’email del tuo account {company}.\nConferma: {link}',
    nl: 'Bevestiging|Bevestig je e-mailadres\nHallo {name}, klik op de knop hieronder om het e-mailadres van je {company}-account te bevestigen.\nBevestigen: {link}',
  },
}

// Source: Substack help center, "Confirm your subscription" mail sent for a new free signup.
const SUBSTACK: Product = {
  vendor: 'Substack',
  product: 'Substack subscription confirmation',
  family: 'subscription',
  texts: {
    en: 'Confirm your subscription to {company}|Almost there! Tap below to confirm you want to get {company} in your inbox.\n{link}\nIf you did not sign up, just ignore this email.',
    de: 'Bestätige dein Abo von {company}|Fast geschafft! Tippe unten, um zu bestätigen, dass du {company} per E-Mail lesen willst.\n{link}\nWenn du dich nicht angemeldet hast, ignoriere diese Mail einfach.',
    fr: 'Confirmez votre abonnement à {company}|Presque fini ! Touchez ci-dessous pour confirmer que vous voulez recevoir {company} par e-mail.\n{link}\nSi vous ne vous êtes pas inscrit, ignorez ce message.',
    es: 'Confirma tu suscripción a {company}|¡Casi listo! Toca abajo para confirmar que quieres recibir {company} en tu correo.\n{link}\nSi no te has suscrito, ignora este mensaje.',
    pt: 'Confirme a sua subscrição de {company}|Quase lá! Toque abaixo para confirmar que quer receber {company} no seu e-mail.\n{link}\nSe não se inscreveu, ignore esta mensagem.',
    it: 'Conferma la tua iscrizione a {company}|Ci siamo quasi! Tocca qui sotto per confermare che vuoi ricevere {company} via email.\n{link}\nSe non ti sei iscritto, ignora questa email.',
    nl: 'Bevestig je abonnement op {company}|Bijna klaar! Tik hieronder om te bevestigen dat je {company} in je inbox wilt.\n{link}\nHeb je je niet aangemeld? Negeer deze mail dan.',
  },
}

// Source: rapidmail help, double opt-in ("Anmeldebestätigung") default mail.
const RAPIDMAIL: Product = {
  vendor: 'rapidmail',
  product: 'rapidmail double opt-in',
  family: 'subscription',
  texts: {
    en: 'Please confirm your newsletter sign-up|Hello {name},\nplease confirm that you want the {company} newsletter by opening this link: {link}\nWithout your confirmation we cannot send you anything.',
    de: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung|Hallo {name},\nbitte bestätigen Sie Ihre Anmeldung zum Newsletter von {company} über diesen Link: {link}\nOhne Ihre Bestätigung können wir Ihnen keinen Newsletter schicken.',
    fr: 'Merci de confirmer votre inscription à la newsletter|Bonjour {name},\nconfirmez votre inscription à la newsletter de {company} en ouvrant ce lien : {link}\nSans confirmation, nous ne pourrons rien vous envoyer.',
    es: 'Confirma tu alta en el boletín|Hola {name}:\nconfirma tu alta en el boletín de {company} abriendo este enlace: {link}\nSin tu confirmación no podemos enviarte nada.',
    pt: 'Confirme a sua inscrição na newsletter|Olá {name},\nconfirme a inscrição na newsletter da {company} abrindo esta ligação: {link}\nSem confirmação não lhe podemos enviar nada.',
    it: 'Conferma la tua iscrizione alla newsletter|Ciao {name},\nconferma l’iscrizione alla newsletter di {company} aprendo questo link: {link}\nSenza conferma non possiamo inviarti nulla.',
    nl: 'Bevestig je aanmelding voor de nieuwsbrief|Hallo {name},\nbevestig je aanmelding voor de nieuwsbrief van {company} via deze link: {link}\nZonder bevestiging kunnen we je niets sturen.',
  },
}

// Source: Kanboard source/docs, "Password change" (forgot password) notification.
const KANBOARD: Product = {
  vendor: 'Kanboard',
  product: 'Kanboard password reset',
  family: 'reset',
  texts: {
    en: '[{company}] Password change|To change your password click on this link:\n{link}\nIf you did not ask for it, nothing changes.',
    de: '[{company}] Passwortänderung|Um Ihr Passwort zu ändern, klicken Sie auf diesen Link:\n{link}\nFalls Sie das nicht angefordert haben, bleibt alles wie es ist.',
    fr: '[{company}] Changement de mot de passe|Pour changer votre mot de passe, cliquez sur ce lien :\n{link}\nSi vous ne l’avez pas demandé, rien ne change.',
    es: '[{company}] Cambio de contraseña|Para cambiar tu contraseña, haz clic en este enlace:\n{link}\nSi no lo has pedido, no cambia nada.',
    pt: '[{company}] Alteração da palavra-passe|Para alterar a sua palavra-passe, clique nesta ligação:\n{link}\nSe não pediu, nada muda.',
    it: '[{company}] Modifica della password|Per cambiare la tua password fai clic su questo link:\n{link}\nSe non l’hai chiesto, non cambia nulla.',
    nl: '[{company}] Wachtwoord wijzigen|Klik op deze link om je wachtwoord te wijzigen:\n{link}\nHeb je dit niet gevraagd, dan verandert er niets.',
  },
}

// Source: Statamic docs (Laravel reset notification it sends for control panel users).
const STATAMIC: Product = {
  vendor: 'Statamic',
  product: 'Statamic password reset',
  family: 'reset',
  texts: {
    en: 'Reset Password Notification|Hello {name}!\nYou are getting this email because a password reset was requested for your {company} account.\nReset Password: {link}\nThis link expires in 60 minutes. If you did not request a reset, no further action is needed.',
    de: 'Passwort zurücksetzen|Hallo {name}!\nSie erhalten diese E-Mail, weil für Ihr Konto bei {company} ein neues Passwort angefordert wurde.\nPasswort zurücksetzen: {link}\nDer Link läuft in 60 Minuten ab. Wenn Sie nichts angefordert haben, müssen Sie nichts tun.',
    fr: 'Réinitialisation du mot de passe|Bonjour {name} !\nVous recevez ce message car une réinitialisation du mot de passe a été demandée pour votre compte {company}.\nRéinitialiser : {link}\nCe lien expire dans 60 minutes. Sans demande de votre part, aucune action n’est requise.',
    es: 'Restablecer contraseña|¡Hola {name}!\nRecibes este correo porque se pidió restablecer la contraseña de tu cuenta de {company}.\nRestablecer: {link}\nEl enlace caduca en 60 minutos. Si no lo pediste, no tienes que hacer nada.',
    pt: 'Redefinir palavra-passe|Olá {name}!\nRecebe este e-mail porque foi pedida a redefinição da palavra-passe da sua conta {company}.\nRedefinir: {link}\nA ligação expira em 60 minutos. Se não pediu, não precisa de fazer nada.',
    it: 'Reimposta password|Ciao {name}!\nRicevi questa email perché è stato chiesto di reimpostare la password del tuo account {company}.\nReimposta: {link}\nIl link scade tra 60 minuti. Se non l’hai chiesto, non serve fare nulla.',
    nl: 'Wachtwoord opnieuw instellen|Hallo {name}!\nJe krijgt deze mail omdat er een nieuw wachtwoord is aangevraagd voor je account bij {company}.\nOpnieuw instellen: {link}\nDe link verloopt over 60 minuten. Niets aangevraagd? Dan hoef je niets te doen.',
  },
}

export const PRODUCTS: readonly Product[] = [
  HELP_SCOUT,
  GORGIAS,
  WOO_NEW_ACCOUNT,
  INVOICE_NINJA,
  SUBSTACK,
  RAPIDMAIL,
  KANBOARD,
  STATAMIC,
]
