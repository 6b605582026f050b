// Hand-written newsletter confirmations (three per language): chatty one-liners, emoji
// subjects, formal GDPR wording.
import type { HandText } from './types.ts'

export const HAND_SUBSCRIPTION: readonly HandText[] = [
  {
    lang: 'en',
    subject: 'One more click to join the {brand} newsletter',
    body: 'Hi {name},\n\nThanks for signing up! Please confirm you want to hear from us:\n\nYes, subscribe me → {link}\n\nNo click, no emails. Promise.\n\n{brand}',
  },
  {
    lang: 'en',
    subject: 'Confirm your subscription',
    body: "Please confirm that {email} should receive the {brand} weekly digest.\n{link}\nWasn't you? Then there is nothing to do.",
  },
  {
    lang: 'en',
    subject: '{brand}: please verify your newsletter sign-up',
    body: "Hello,\n\nWe received a request to add {email} to the {brand} mailing list. To protect your inbox, we only add addresses that have been confirmed.\n\nConfirm my subscription:\n{link}\n\nAfter confirming you'll get our monthly news, early access to sales and the occasional recipe. You can unsubscribe at any time with one click in every email.\n\nBest wishes,\n{brand}\n\n{brand} · You are receiving this because your address was entered on {site}.",
  },
  {
    lang: 'de',
    subject: 'Fast geschafft! Bitte bestätige dein Abo',
    body: 'Hallo {name},\n\nschön, dass du dabei sein willst! Klick kurz hier, um deine Anmeldung zum {brand}-Newsletter zu bestätigen:\n\n{link}\n\nBis gleich in deinem Posteingang ✉️',
  },
  {
    lang: 'de',
    subject: 'Newsletter-Anmeldung bestätigen',
    body: 'Guten Tag,\n\nbitte bestätigen Sie Ihre Anmeldung zum Newsletter von {brand}:\n{link}\n\nOhne Bestätigung erfolgt keine Eintragung.',
  },
  {
    lang: 'de',
    subject: '{brand} – Bestätigung Ihrer Newsletter-Anmeldung',
    body: 'Sehr geehrte Damen und Herren,\n\nfür die Adresse {email} wurde eine Anmeldung zu unserem Newsletter eingetragen. Bitte bestätigen Sie diese, indem Sie den folgenden Link aufrufen:\n\n{link}\n\nSie können den Newsletter jederzeit über den Abmeldelink am Ende jeder Ausgabe abbestellen. Hinweise zum Datenschutz finden Sie unter https://www.{site}/datenschutz.\n\nMit freundlichen Grüßen\n{brand}',
  },
  {
    lang: 'fr',
    subject: 'Confirmez votre inscription à la newsletter',
    body: 'Bonjour {name},\n\nMerci de votre intérêt ! Cliquez ici pour confirmer votre inscription à la newsletter {brand} :\n\n{link}\n\nÀ bientôt dans votre boîte mail.',
  },
  {
    lang: 'fr',
    subject: 'Encore une étape 👋',
    body: 'Salut ! Confirme ton abonnement à la lettre de {brand} en un clic : {link}\nPas toi ? Ignore ce message.',
  },
  {
    lang: 'fr',
    subject: '{brand} : validation de votre abonnement',
    body: "Madame, Monsieur,\n\nUne demande d'abonnement à la lettre d'information de {brand} a été effectuée avec l'adresse {email}. Pour la valider, merci de cliquer sur le lien suivant :\n\n{link}\n\nSans validation de votre part, aucune lettre ne vous sera envoyée. Conformément au RGPD, vous pouvez vous désinscrire à tout moment.\n\nCordialement,\nL'équipe {brand}",
  },
  {
    lang: 'es',
    subject: 'Confirma tu suscripción',
    body: '¡Hola {name}!\n\nGracias por apuntarte al boletín de {brand}. Confirma tu suscripción aquí:\n\n{link}\n\n¡Nos vemos en tu bandeja de entrada!',
  },
  {
    lang: 'es',
    subject: '¿Seguro que quieres recibir nuestras novedades?',
    body: 'Haz clic para confirmar: {link}\nSi no te has suscrito, olvida este mensaje.\n{brand}',
  },
  {
    lang: 'es',
    subject: '{brand} – Confirmación de alta en el boletín',
    body: 'Estimado/a suscriptor/a:\n\nHemos recibido una solicitud de alta en el boletín de {brand} para la dirección {email}. Para completarla, confirme pulsando en el siguiente enlace:\n\n{link}\n\nPodrá darse de baja en cualquier momento desde el enlace incluido en cada envío.\n\nAtentamente,\n{brand}',
  },
  {
    lang: 'pt',
    subject: 'Confirme a sua subscrição',
    body: 'Olá {name},\n\nObrigado por subscrever a newsletter {brand}! Confirme aqui:\n\n{link}\n\nAté breve!',
  },
  {
    lang: 'pt',
    subject: 'Falta só um clique 💌',
    body: 'Confirme sua inscrição na newsletter da {brand}: {link}\nSe não foi você, é só deixar pra lá.',
  },
  {
    lang: 'pt',
    subject: '{brand} – Confirmação de subscrição',
    body: 'Caro(a) subscritor(a),\n\nRecebemos um pedido de subscrição da newsletter {brand} para o endereço {email}. Para o concluir, clique na ligação seguinte:\n\n{link}\n\nPode cancelar a subscrição a qualquer momento através da ligação presente em cada envio.\n\nCumprimentos,\n{brand}',
  },
  {
    lang: 'it',
    subject: 'Conferma la tua iscrizione alla newsletter',
    body: 'Ciao {name},\n\ngrazie per esserti iscritto alla newsletter di {brand}! Conferma qui:\n\n{link}\n\nA presto!',
  },
  {
    lang: 'it',
    subject: 'Manca solo un clic',
    body: "Conferma l'iscrizione a {brand}: {link}\nNon ti sei iscritto? Allora non serve fare nulla.",
  },
  {
    lang: 'it',
    subject: '{brand} – Conferma iscrizione',
    body: "Gentile utente,\n\nabbiamo ricevuto una richiesta di iscrizione alla newsletter di {brand} per l'indirizzo {email}. Per completarla, clicchi sul link seguente:\n\n{link}\n\nPotrà annullare l'iscrizione in qualsiasi momento tramite il link presente in ogni invio.\n\nCordiali saluti,\n{brand}",
  },
  {
    lang: 'nl',
    subject: 'Bevestig je aanmelding voor de nieuwsbrief',
    body: 'Hoi {name},\n\nLeuk dat je je hebt aangemeld voor de nieuwsbrief van {brand}! Bevestig je aanmelding hier:\n\n{link}\n\nTot snel!',
  },
  {
    lang: 'nl',
    subject: 'Nog één klik 🙂',
    body: 'Bevestig je inschrijving bij {brand}: {link}\nNiet aangemeld? Dan hoef je niets te doen.',
  },
  {
    lang: 'nl',
    subject: '{brand} – bevestiging nieuwsbriefaanmelding',
    body: 'Geachte lezer,\n\nWij ontvingen een aanmelding voor de nieuwsbrief van {brand} voor het adres {email}. Bevestig deze aanmelding via onderstaande link:\n\n{link}\n\nAfmelden kan altijd via de link onderaan elke nieuwsbrief.\n\nMet vriendelijke groet,\n{brand}',
  },
]
