// Hand-written "confirm your subscription" (double opt-in) mails in companies' own wording, no two
// sharing a sentence. Written for this set.
import { texts, type Text } from './text.ts'

export const SUBSCRIBE: readonly Text[] = [
  ...texts('en', [
    [
      'Please confirm your subscription',
      "Hi {p},\nthanks for signing up to the {c} newsletter! Click to confirm and you're in: {u}\nIf you didn't sign up, just ignore this.",
    ],
    [
      "One click and you're on the list",
      'Almost there! Confirm you want our weekly tips from {c}: {u}\n\nYou are receiving this because this address was entered on our website. {c}, 4 Quay Road, Bristol.',
    ],
    [
      'Did you mean to subscribe?',
      'We received a request to add this address to the {c} mailing list. Yes, subscribe me: {u}',
    ],
    [
      '{c} updates: confirm',
      'Confirm your email to start receiving news and offers. No confirmation, no emails — promise.',
    ],
  ]),
  ...texts('de', [
    [
      'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      'Guten Tag {p},\n\nSie haben sich für den Newsletter von {c} angemeldet. Bitte bestätigen Sie Ihre Anmeldung über diesen Link:\n{u}\n\nOhne Bestätigung erhalten Sie keine weiteren E-Mails. Impressum: {c} GmbH, Leipzig.',
    ],
    [
      'Nur noch ein Klick! 📬',
      'Hey {p}, bestätige kurz deine Anmeldung und du bekommst ab jetzt alle News von {c}: {u}',
    ],
    [
      'Double-Opt-In: Anmeldung bestätigen',
      'Wir haben eine Anmeldung mit dieser Adresse erhalten. Wenn Sie das waren, klicken Sie hier: {u}',
    ],
  ]),
  ...texts('fr', [
    [
      'Confirmez votre inscription à la newsletter',
      "Bonjour {p},\npour recevoir la lettre d'information de {c}, merci de confirmer votre inscription : {u}\nVous pouvez vous désinscrire à tout moment.",
    ],
    [
      'Encore un petit clic…',
      "Tu veux vraiment recevoir nos bons plans ? Confirme ici {u} et c'est parti !",
    ],
    [
      '{c} : validation de votre abonnement',
      "Votre adresse a été saisie sur notre site. Si vous êtes à l'origine de cette demande, validez-la : {u}",
    ],
  ]),
  ...texts('es', [
    [
      'Confirma tu suscripción',
      '¡Hola {p}! Solo te falta confirmar tu suscripción al boletín de {c}: {u}',
    ],
    [
      '¿Quieres recibir nuestras novedades?',
      'Hemos recibido una solicitud de alta en nuestra lista. Si la hiciste tú, confírmala aquí: {u}\nEn cumplimiento del RGPD, {c} tratará tus datos solo para este fin.',
    ],
    [
      'Último paso para suscribirse',
      'Estimado/a suscriptor/a: confirme su dirección para empezar a recibir el boletín mensual.',
    ],
  ]),
  ...texts('pt', [
    [
      'Confirme a sua subscrição',
      'Olá {p},\nobrigado pelo interesse na newsletter da {c}. Confirme aqui: {u}',
    ],
    [
      'Falta só confirmar!',
      'Oi! Clique no link para começar a receber as novidades da {c}: {u}\nSe não foi você, pode ignorar.',
    ],
    [
      'Newsletter {c}',
      'Recebemos um pedido de inscrição com este e-mail. Confirma que pretende receber as nossas comunicações?',
    ],
  ]),
  ...texts('it', [
    [
      'Conferma la tua iscrizione alla newsletter',
      "Ciao {p}, ci sei quasi! Conferma l'iscrizione alla newsletter di {c}: {u}",
    ],
    [
      'Vuoi davvero ricevere le nostre offerte?',
      'Abbiamo ricevuto una richiesta di iscrizione con questo indirizzo. Se sei stato tu, conferma: {u}',
    ],
    [
      '{c} – conferma iscrizione',
      "Gentile utente, per completare l'iscrizione clicchi sul collegamento ricevuto. Titolare del trattamento: {c} S.p.A.",
    ],
  ]),
  ...texts('nl', [
    [
      'Bevestig je inschrijving',
      'Hoi {p}, bedankt voor je aanmelding voor de nieuwsbrief van {c}! Bevestig hier: {u}',
    ],
    [
      'Klopt dit?',
      'Iemand heeft dit adres opgegeven voor onze nieuwsbrief. Was jij dat? Klik dan op {u}.',
    ],
    [
      'Aanmelding nieuwsbrief {c}',
      'Geachte lezer, bevestig uw aanmelding om onze maandelijkse nieuwsbrief te ontvangen.',
    ],
  ]),
  ...texts('de', [
    [
      '{c} Newsletter',
      'Fast geschafft! Ein Klick noch, dann landen Rezepte, Rabatte und Neuigkeiten direkt in Ihrem Postfach: {u}',
    ],
  ]),
  ...texts('fr', [
    [
      'Action requise : confirmez votre e-mail',
      'Bonjour {p}, sans confirmation de votre part, nous ne pourrons pas vous envoyer nos actualités. Confirmer : {u}\n\n{c}, 12 rue des Lilas, 69003 Lyon. Vous recevez ce message car votre adresse a été saisie sur notre site.',
    ],
  ]),
  ...texts('es', [
    [
      'Un clic y listo ✉️',
      '¡Gracias por apuntarte, {p}! Pulsa aquí para que empecemos a enviarte nuestras recetas: {u}',
    ],
  ]),
  ...texts('pt', [
    [
      'Bem-vindo(a) à nossa lista!',
      'Antes de lhe enviarmos qualquer novidade, precisamos que confirme o seu endereço: {u}',
    ],
  ]),
  ...texts('it', [
    [
      'Ultimo passaggio',
      'Un clic su {u} e riceverai ogni venerdì le nostre novità. Se hai cambiato idea, basta ignorare questo messaggio.',
    ],
  ]),
  ...texts('nl', [
    [
      'Nog even bevestigen…',
      'Fijn dat je op de hoogte wilt blijven van {c}! Druk op de knop om je aanmelding af te ronden: {u}',
    ],
  ]),
  ...texts('en', [
    [
      'Almost subscribed 🙌',
      "Hey {p}, thanks for joining the {c} community! Please hit the button so we know it's really you: {u}",
    ],
  ]),
  ...texts('en', [
    [
      'Confirm your email for {c}',
      "Before we send you anything, we need your OK. Confirm here: {u}\nIf you didn't request this, no further emails will be sent.",
    ],
  ]),
  ...texts('de', [
    [
      'Ist das Ihre E-Mail-Adresse?',
      'Jemand hat diese Adresse für unseren Newsletter eingetragen. Möchten Sie ihn erhalten? Dann bestätigen Sie bitte hier: {u}',
    ],
  ]),
  ...texts('de', [
    [
      'Bestätige dein Abo ✉️',
      'Willkommen bei {c}, {p}! Klick auf den Button und du bist dabei: {u}',
    ],
  ]),
  ...texts('fr', [
    [
      'Bienvenue dans la communauté {c} !',
      'Merci de ton inscription, {p}. Dernière étape : confirme ton adresse pour recevoir nos actus : {u}',
    ],
  ]),
  ...texts('fr', [
    [
      'Êtes-vous sûr(e) ?',
      "Quelqu'un a demandé à recevoir notre lettre mensuelle à cette adresse. Si c'est bien vous, confirmez : {u}",
    ],
  ]),
  ...texts('es', [
    [
      'Confirma tu email, {p}',
      'Para empezar a recibir las novedades de {c}, confirma tu dirección aquí: {u}',
    ],
  ]),
  ...texts('es', [
    [
      'Solicitud de suscripción',
      'Alguien ha solicitado suscribir esta dirección a nuestras comunicaciones comerciales. Si no ha sido usted, ignore este mensaje y no recibirá nada más.',
    ],
  ]),
  ...texts('pt', [
    [
      'Confirma o teu e-mail 💌',
      'Olá {p}! Só falta confirmares para começares a receber as nossas dicas: {u}',
    ],
  ]),
  ...texts('pt', [
    [
      'Inscrição quase concluída',
      'Agradecemos o seu interesse. Para cumprir o RGPD precisamos da sua confirmação expressa: {u}',
    ],
  ]),
  ...texts('it', [
    [
      'Benvenuto nella nostra newsletter!',
      'Ciao {p}, conferma il tuo indirizzo per ricevere sconti e novità di {c}: {u}',
    ],
  ]),
  ...texts('it', [
    [
      'Richiesta di iscrizione ricevuta',
      'Abbiamo ricevuto una richiesta di iscrizione alla nostra mailing list. Per confermarla è sufficiente cliccare sul pulsante: {u}',
    ],
  ]),
  ...texts('nl', [
    [
      'Welkom bij de nieuwsbrief van {c}!',
      'Leuk dat je je hebt aangemeld, {p}. Bevestig je e-mailadres om onze tips te ontvangen: {u}',
    ],
  ]),
  ...texts('nl', [
    [
      'Actie vereist: bevestig uw e-mailadres',
      'Wij hebben een aanmelding ontvangen voor onze mailinglijst. Zonder uw bevestiging sturen wij u geen berichten: {u}',
    ],
  ]),
]
