// GNU Mailman 3: the subscription confirmation ("Your confirmation is needed to join the <list>
// mailing list.", "Email Address Registration Confirmation", "confirm <token>"), sent from
// <list>-confirm+<token>@lists.<domain>. source: Mailman 3 templates list:user:action:subscribe
// and the Weblate catalogues, written from their meaning.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const MAILMAN: Product = {
  product: 'GNU Mailman 3',
  family: 'subscription',
  source: 'Mailman 3 template list:user:action:subscribe',
  echo: 'none',
  ownAddress: (c) => `news-confirm@lists.${c.domain}`,
  display: (c) => `${c.slug}-news`,
  texts: fromTable({
    en: [
      'Your confirmation is needed to join the news@lists.{site} mailing list.',
      'Email Address Registration Confirmation\n\nHello, this is the GNU Mailman server at lists.{site}.\n\nWe have received a registration request for the email address\n\n    {email}\n\nBefore you can start using GNU Mailman at this site, you must first confirm that this is your email address. You can do this by replying to this message.\n\nOr you should include the following line -- and only the following line -- in a message to the confirm address:\n\n    confirm {code}\n\nIf you do not wish to register this email address, simply disregard this message.',
    ],
    de: [
      'Ihre Bestätigung ist erforderlich, um der Mailingliste news@lists.{site} beizutreten.',
      'Bestätigung der E-Mail-Adresse\n\nHallo, hier ist der GNU-Mailman-Server auf lists.{site}.\n\nWir haben eine Registrierungsanfrage für die E-Mail-Adresse\n\n    {email}\n\nerhalten. Bevor Sie GNU Mailman hier nutzen können, müssen Sie bestätigen, dass dies Ihre Adresse ist. Antworten Sie dazu einfach auf diese Nachricht, oder senden Sie folgende Zeile an die Bestätigungsadresse:\n\n    confirm {code}\n\nWenn Sie diese Adresse nicht registrieren möchten, ignorieren Sie diese Nachricht.',
    ],
    fr: [
      'Votre confirmation est nécessaire pour rejoindre la liste de diffusion news@lists.{site}.',
      "Confirmation d'inscription d'adresse e-mail\n\nBonjour, ici le serveur GNU Mailman de lists.{site}.\n\nNous avons reçu une demande d'inscription pour l'adresse\n\n    {email}\n\nAvant de pouvoir utiliser GNU Mailman sur ce site, vous devez confirmer qu'il s'agit bien de votre adresse, en répondant à ce message ou en envoyant la ligne suivante à l'adresse de confirmation :\n\n    confirm {code}\n\nSi vous ne souhaitez pas inscrire cette adresse, ignorez ce message.",
    ],
    es: [
      'Se necesita su confirmación para unirse a la lista de correo news@lists.{site}.',
      'Confirmación de registro de dirección de correo\n\nHola, este es el servidor GNU Mailman de lists.{site}.\n\nHemos recibido una solicitud de registro para la dirección\n\n    {email}\n\nAntes de usar GNU Mailman en este sitio debe confirmar que es su dirección, respondiendo a este mensaje o enviando la línea siguiente a la dirección de confirmación:\n\n    confirm {code}\n\nSi no desea registrar esta dirección, ignore este mensaje.',
    ],
    pt: [
      'A sua confirmação é necessária para aderir à lista de correio news@lists.{site}.',
      'Confirmação de registo de endereço de e-mail\n\nOlá, aqui é o servidor GNU Mailman de lists.{site}.\n\nRecebemos um pedido de registo para o endereço\n\n    {email}\n\nAntes de usar o GNU Mailman neste site, tem de confirmar que este é o seu endereço, respondendo a esta mensagem ou enviando a linha seguinte para o endereço de confirmação:\n\n    confirm {code}\n\nSe não quer registar este endereço, ignore esta mensagem.',
    ],
    it: [
      'È necessaria la tua conferma per iscriverti alla lista news@lists.{site}.',
      "Conferma di registrazione dell'indirizzo email\n\nCiao, questo è il server GNU Mailman di lists.{site}.\n\nAbbiamo ricevuto una richiesta di registrazione per l'indirizzo\n\n    {email}\n\nPrima di usare GNU Mailman su questo sito devi confermare che è il tuo indirizzo, rispondendo a questo messaggio o inviando la riga seguente all'indirizzo di conferma:\n\n    confirm {code}\n\nSe non vuoi registrare questo indirizzo, ignora questo messaggio.",
    ],
    nl: [
      'Uw bevestiging is nodig om lid te worden van de mailinglijst news@lists.{site}.',
      'Bevestiging van registratie van e-mailadres\n\nHallo, dit is de GNU Mailman-server op lists.{site}.\n\nWe hebben een registratieverzoek ontvangen voor het adres\n\n    {email}\n\nVoordat u GNU Mailman hier kunt gebruiken, moet u bevestigen dat dit uw adres is, door op dit bericht te antwoorden of de volgende regel naar het bevestigingsadres te sturen:\n\n    confirm {code}\n\nAls u dit adres niet wilt registreren, negeer dan dit bericht.',
    ],
  }),
}
