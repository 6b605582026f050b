// Hand-written in-house newsletter double opt-in mails, three per language.
import { hands } from './wording.ts'

export const HAND_SUBSCRIPTION = [
  ...hands('en', [
    'Confirm you want our emails | Hi {name}, someone (hopefully you) asked to join the {company} newsletter with {email}. Confirm here: {link} // No click, no emails. Simple.',
    'Are you in? | One click and you’ll get the {company} Sunday letter: {link}',
    '{company} newsletter: please confirm | Thanks for signing up! To protect your inbox we need you to confirm your subscription. {link} // You can leave any time.',
  ]),
  ...hands('de', [
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung | Guten Tag {name}, // wir haben eine Anmeldung für den {company}-Newsletter mit dieser Adresse erhalten. Bitte bestätigen Sie: {link} // Ohne Bestätigung erhalten Sie keine E-Mails.',
    'Nur noch ein Klick 💌 | Hey {name}, bestätige kurz dein Abo und du bekommst jeden Freitag unsere Tipps: {link}',
    'Double-Opt-In {company} | Sehr geehrte Damen und Herren, bitte bestätigen Sie den Empfang unseres Newsletters über den folgenden Link: {link}',
  ]),
  ...hands('fr', [
    'Confirmez votre inscription à la newsletter | Bonjour {name}, merci de votre intérêt pour {company}. Confirmez votre inscription en un clic : {link}',
    'Une dernière étape… | Pour recevoir la lettre de {company}, il suffit de cliquer ici : {link}. Pas de clic, pas d’e-mail.',
    '{company} : validez votre abonnement | Bonjour, // une demande d’abonnement a été faite pour {email}. Si c’est bien vous, validez-la : {link}',
  ]),
  ...hands('es', [
    'Confirma que quieres recibir nuestras novedades | Hola {name}, hemos recibido tu alta en el boletín de {company}. Confírmala aquí: {link}',
    '¿Seguro que quieres suscribirte? | Pulsa el botón para empezar a recibir las ofertas de {company}: {link}. Si no fuiste tú, ignora este correo.',
    'Suscripción pendiente de confirmar | Estimado/a cliente: para completar su solicitud de suscripción a {company}, confirme su dirección: {link}',
  ]),
  ...hands('pt', [
    'Confirme sua inscrição na nossa newsletter | Oi {name}! Recebemos seu pedido para receber as novidades da {company}. Confirme aqui: {link}',
    'Só falta confirmar | Olá, para começar a receber a newsletter da {company} clique no botão: {link}. Se não fez este pedido, ignore esta mensagem.',
    'Pedido de subscrição recebido | Caro(a) {name}, registámos o seu pedido de subscrição das comunicações {company}. Confirme, por favor: {link}',
  ]),
  ...hands('it', [
    'Conferma la tua iscrizione alla newsletter | Ciao {name}, abbiamo ricevuto la tua richiesta di iscrizione alla newsletter {company}. Confermala qui: {link}',
    'Manca solo un clic! | Per ricevere le nostre offerte settimanali conferma il tuo indirizzo: {link}',
    'Iscrizione {company}: conferma richiesta | Gentile cliente, per completare l’iscrizione alle comunicazioni di {company} La preghiamo di confermare: {link}',
  ]),
  ...hands('nl', [
    'Bevestig je inschrijving voor de nieuwsbrief | Hoi {name}, we hebben je aanmelding voor de nieuwsbrief van {company} ontvangen. Bevestig hier: {link}',
    'Nog één klik | Wil je de tips van {company} echt ontvangen? Bevestig dan even: {link}',
    'Aanmelding nieuwsbrief {company} | Beste lezer, bevestig uw aanmelding via deze link: {link}. Zonder bevestiging ontvangt u niets van ons.',
  ]),
]
