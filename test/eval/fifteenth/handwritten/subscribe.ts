// Hand-written newsletter / mailing-list double opt-in mails, each one company's own wording
// (written fresh for this set). Five per language.
import type { Written } from './text.ts'

export const SUBSCRIBE_TEXTS: readonly Written[] = [
  [
    'en',
    'Please confirm your subscription',
    'Hi {n},\n\nYou (or someone using your address) asked to receive the {c} newsletter. Please confirm by clicking below:\n{l}\n\nIf you did not request this, simply ignore this email and you will not be subscribed.',
  ],
  [
    'en',
    'One click and you’re in 💌',
    'Confirm your email to start getting our weekly recipes from {c}. No spam, unsubscribe anytime.',
  ],
  [
    'en',
    'Did you mean to sign up?',
    'We got a request to add this address to the {c} mailing list under the name "{n}". Yes, that was me: {l}',
  ],
  [
    'en',
    'Confirm to receive {c} updates',
    'To comply with data protection law we need your explicit consent before we send you marketing emails. Confirm here: {l}\n\n{c} Ltd, 22 Queen Street, Edinburgh EH2 1JX. Company no. SC512290.',
  ],
  [
    'en',
    'Almost there…',
    'Your subscription is pending. Hit the link to make it official — or do nothing and we’ll forget you ever asked.',
  ],
  [
    'de',
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    'Hallo {n},\n\nvielen Dank für Ihr Interesse am {c}-Newsletter. Bitte bestätigen Sie Ihre Anmeldung durch Klick auf folgenden Link:\n{l}\n\nFalls Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail bitte. Ohne Bestätigung erhalten Sie keine weiteren Nachrichten.',
  ],
  [
    'de',
    'Nur noch ein Klick 💚',
    'Bestätige deine Anmeldung und du bekommst jeden Freitag unsere besten Tipps von {c}.',
  ],
  [
    'de',
    'Double-Opt-In: Ihre Einwilligung',
    'Sehr geehrte Damen und Herren,\n\ngemäß Art. 6 Abs. 1 lit. a DSGVO benötigen wir Ihre ausdrückliche Einwilligung. Bitte bestätigen Sie diese hier: {l}\n\nSie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.\n{c} GmbH & Co. KG, Hamburg',
  ],
  [
    'de',
    'Warst du das, {n}?',
    'Jemand möchte diese Adresse für unsere Post von {c} eintragen. Wenn du das warst, klick hier. Sonst einfach löschen.',
  ],
  [
    'de',
    'Anmeldung fast abgeschlossen',
    'Ihre Eintragung in unseren Verteiler ist noch nicht aktiv. Der Bestätigungslink ist sieben Tage gültig.',
  ],
  [
    'fr',
    'Confirmez votre inscription à la newsletter',
    "Bonjour {n},\n\nMerci de votre intérêt pour la lettre d'information de {c}. Pour valider votre inscription, cliquez sur le lien suivant :\n{l}\n\nSi vous n'avez rien demandé, ne faites rien : vous ne recevrez aucun message.",
  ],
  [
    'fr',
    'Tu confirmes ? 💌',
    'Un petit clic et tu recevras nos bons plans chaque mardi. La team {c}',
  ],
  [
    'fr',
    'Validation de votre abonnement',
    "Madame, Monsieur,\n\nNous avons reçu une demande d'abonnement pour cette adresse. Conformément au RGPD, merci de confirmer votre consentement : {l}\n\nVous pourrez vous désabonner à tout moment via le lien présent dans chacun de nos envois.",
  ],
  [
    'fr',
    'Est-ce bien vous, {n} ?',
    "Cette adresse vient d'être inscrite à la liste de diffusion de {c}. Un clic pour confirmer, sinon on oublie tout.",
  ],
  [
    'fr',
    'Dernière étape avant de nous lire',
    'Votre abonnement sera actif dès que vous aurez confirmé votre adresse.',
  ],
  [
    'es',
    'Confirma tu suscripción',
    '¡Hola {n}! Gracias por suscribirte al boletín de {c}. Confirma tu dirección pulsando aquí: {l}\n\nSi no te has suscrito, ignora este correo.',
  ],
  ['es', '¿Te unes? 📨', 'Solo falta un clic para recibir nuestras novedades cada semana.'],
  [
    'es',
    'Confirmación de alta en nuestra lista',
    'Estimado/a suscriptor/a:\n\nHemos recibido una solicitud de alta en la lista de distribución de {c}. Para completarla, confirme su consentimiento en el siguiente enlace:\n{l}\n\nPuede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@{c}.es.',
  ],
  [
    'es',
    '¿Fuiste tú, {n}?',
    'Alguien ha apuntado este correo a la newsletter de {c}. Si fuiste tú, confírmalo; si no, no pasa nada.',
  ],
  ['es', 'Tu suscripción está pendiente', 'No te enviaremos nada hasta que confirmes.'],
  [
    'pt',
    'Confirme a sua subscrição',
    'Olá {n},\n\nObrigado pelo interesse na newsletter da {c}. Por favor confirme a subscrição através da ligação:\n{l}\n\nSe não fez este pedido, ignore esta mensagem.',
  ],
  [
    'pt',
    'Falta só um clique! 💛',
    'Confirma seu e-mail e receba nossas novidades toda semana. Equipe {c}',
  ],
  [
    'pt',
    'Confirmação de inscrição na lista',
    'Prezado(a),\n\nRecebemos um pedido de inscrição para este endereço. Nos termos da LGPD, precisamos do seu consentimento expresso: {l}\n\nVocê pode cancelar a qualquer momento.',
  ],
  [
    'pt',
    'Foi você, {n}?',
    'Este e-mail foi cadastrado na lista da {c}. Se não foi você, é só ignorar.',
  ],
  ['pt', 'Subscrição pendente', 'A sua inscrição só fica ativa depois de confirmada.'],
  [
    'it',
    'Conferma la tua iscrizione alla newsletter',
    'Ciao {n},\n\ngrazie per esserti iscritto alla newsletter di {c}. Per confermare clicca qui:\n{l}\n\nSe non sei stato tu, ignora questa email.',
  ],
  [
    'it',
    'Ci sei quasi! ✉️',
    'Conferma la tua email e ricevi ogni giovedì le nostre idee migliori.',
  ],
  [
    'it',
    'Richiesta di consenso',
    'Gentile utente,\n\nabbiamo ricevuto una richiesta di iscrizione alla lista di {c}. Ai sensi del GDPR Le chiediamo di confermare il consenso al trattamento dei dati: {l}\n\nPotrà revocare il consenso in qualsiasi momento.',
  ],
  [
    'it',
    'Sei tu, {n}?',
    'Qualcuno ha inserito questo indirizzo nella nostra mailing list. Conferma solo se sei stato tu.',
  ],
  ['it', 'Iscrizione in sospeso', 'Non riceverai nulla da {c} finché non confermi.'],
  [
    'nl',
    'Bevestig je inschrijving',
    'Hoi {n},\n\nBedankt voor je aanmelding voor de nieuwsbrief van {c}. Klik op de link om je inschrijving te bevestigen:\n{l}\n\nNiet aangemeld? Negeer deze e-mail dan.',
  ],
  ['nl', 'Nog één klikje 💌', 'Bevestig je adres en ontvang elke maand onze tips.'],
  [
    'nl',
    'Bevestiging van uw aanmelding',
    'Geachte lezer,\n\nWij hebben een verzoek ontvangen om dit adres aan onze mailinglijst toe te voegen. Bevestig uw toestemming via {l}\n\nU kunt zich op ieder moment weer afmelden.\n{c} B.V., Amsterdam',
  ],
  [
    'nl',
    'Was jij dat, {n}?',
    'Iemand heeft dit e-mailadres opgegeven voor de nieuwsbrief van {c}. Niet jij? Dan gebeurt er niets.',
  ],
  ['nl', 'Aanmelding wacht op bevestiging', 'Zonder bevestiging sturen wij je niets.'],
]
