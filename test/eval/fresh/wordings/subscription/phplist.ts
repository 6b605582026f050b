import { w, type Product } from '../types.ts'

// phpList 3 default subscribe confirmation ("Request for confirmation", config default
// subscribemessage with [CONFIRMATIONURL]); phpList manual "Configure", language files.
export const phplist: Product = {
  product: 'phpList',
  family: 'subscription',
  source: 'phpList 3 default configuration, subscribe message "Request for confirmation"',
  texts: {
    en: [
      w(
        'Request for confirmation',
        `Almost welcome to our newsletter(s) ...\n\nSomeone, hopefully you, has subscribed your email address to the following newsletters:\n\n  * {company} news\n\nIf this is correct, please click the following link to confirm your subscription. Without this confirmation, you will not receive any newsletters.\n\nhttps://lists.{site}/?p=confirm&uid={token}\n\nIf this is not correct, you do not need to do anything, simply delete this message.\n\nThank you`,
      ),
    ],
    de: [
      w(
        'Bitte um Bestätigung',
        `Fast willkommen bei unserem Newsletter ...\n\nJemand, hoffentlich Sie, hat Ihre E-Mail-Adresse für folgende Newsletter eingetragen:\n\n  * {company} Neuigkeiten\n\nWenn das stimmt, klicken Sie bitte auf den folgenden Link, um Ihr Abonnement zu bestätigen. Ohne diese Bestätigung erhalten Sie keine Newsletter.\n\nhttps://lists.{site}/?p=confirm&uid={token}\n\nWenn das nicht stimmt, müssen Sie nichts tun; löschen Sie diese Nachricht einfach.\n\nVielen Dank`,
      ),
    ],
    fr: [
      w(
        'Demande de confirmation',
        `Presque bienvenue dans notre lettre d’information...\n\nQuelqu’un, probablement vous, a inscrit votre adresse e-mail aux listes suivantes :\n\n  * Actualités {company}\n\nSi c’est exact, cliquez sur le lien suivant pour confirmer votre inscription. Sans cette confirmation, vous ne recevrez aucune lettre.\n\nhttps://lists.{site}/?p=confirm&uid={token}\n\nSinon, vous n’avez rien à faire : supprimez simplement ce message.\n\nMerci`,
      ),
    ],
    es: [
      w(
        'Solicitud de confirmación',
        `Casi bienvenido a nuestro boletín...\n\nAlguien, esperamos que usted, ha suscrito su dirección de correo a los siguientes boletines:\n\n  * Noticias de {company}\n\nSi es correcto, haga clic en el siguiente enlace para confirmar su suscripción. Sin esta confirmación no recibirá ningún boletín.\n\nhttps://lists.{site}/?p=confirm&uid={token}\n\nSi no es correcto, no tiene que hacer nada; simplemente borre este mensaje.\n\nGracias`,
      ),
    ],
    nl: [
      w(
        'Verzoek om bevestiging',
        `Bijna welkom bij onze nieuwsbrief...\n\nIemand, hopelijk jij, heeft je e-mailadres aangemeld voor de volgende nieuwsbrieven:\n\n  * Nieuws van {company}\n\nKlopt dit, klik dan op de volgende link om je inschrijving te bevestigen. Zonder bevestiging ontvang je geen nieuwsbrieven.\n\nhttps://lists.{site}/?p=confirm&uid={token}\n\nKlopt dit niet, dan hoef je niets te doen; verwijder dit bericht gewoon.\n\nBedankt`,
      ),
    ],
  },
}
