// Important mail a wave must not bury, written for this set from the usual shape of such notices
// (receipts, money sent and received, card and bank alerts, new sign-ins, password and two-step
// changes, orders and deliveries), from made-up services. Each entry: from, subject, body; {amount}
// and {ref} are filled per mail.
import type { Lang } from '../types.ts'

export type Notice = readonly [from: string, subject: string, body: string]

export const NOTICES: Record<Lang, readonly Notice[]> = {
  en: [
    [
      'Harbourline Bank <alerts@harbourline-bank.example>',
      'Card payment of £{amount} at TESCO STORES',
      'Your debit card ending 4417 was used for £{amount} today. If this wasn’t you, freeze your card in the app now.',
    ],
    [
      'Paylark <service@paylark.example>',
      'You received £{amount} from Daniel Price',
      'Daniel Price sent you £{amount}. The money is in your Paylark balance. Transaction ID {ref}.',
    ],
    [
      'Harbourline Bank <security@harbourline-bank.example>',
      'New sign-in to your online banking',
      'We noticed a sign-in from a new device (Chrome on Windows, Manchester). If this was you, no action is needed.',
    ],
    [
      'Quaymart <orders@quaymart.example>',
      'Your order {ref} has been dispatched',
      'Good news! Your order {ref} is on its way and should arrive tomorrow. Total charged: £{amount}.',
    ],
    [
      'Cloudnest <account@cloudnest.example>',
      'Your password was changed',
      'The password for your Cloudnest account was changed. If you did not do this, reset it immediately and contact us.',
    ],
    [
      'Parcelwing <tracking@parcelwing.example>',
      'Your parcel will be delivered today between 10:00 and 12:00',
      'Tracking number {ref}. Your driver is Sam. You can change the delivery in our app.',
    ],
  ],
  de: [
    [
      'Nordhafen Sparkasse <info@nordhafen-sparkasse.example>',
      'Kartenzahlung über {amount} € freigegeben',
      'Mit Ihrer Debitkarte wurden soeben {amount} € bei REWE bezahlt. Waren Sie das nicht? Sperren Sie die Karte unter 116 116.',
    ],
    [
      'Zahlfix <service@zahlfix.example>',
      'Sie haben {amount} € von Katrin Vogt erhalten',
      'Katrin Vogt hat Ihnen {amount} € gesendet. Transaktionscode {ref}.',
    ],
    [
      'Nordhafen Sparkasse <sicherheit@nordhafen-sparkasse.example>',
      'Zwei-Faktor-Authentifizierung deaktiviert',
      'In Ihrem Online-Banking wurde die Zwei-Faktor-Authentifizierung ausgeschaltet. Wenn Sie das nicht waren, rufen Sie uns sofort an.',
    ],
    [
      'Kaufwerk <bestellung@kaufwerk.example>',
      'Ihre Bestellung {ref} wurde versandt',
      'Ihre Bestellung ist unterwegs. Voraussichtliche Zustellung: morgen. Rechnungsbetrag: {amount} €.',
    ],
    [
      'Paketblitz <sendung@paketblitz.example>',
      'Ihr Paket kommt heute',
      'Sendungsnummer {ref}: Zustellung heute zwischen 14 und 16 Uhr.',
    ],
    [
      'Stadtwerke Lindau <kundenportal@stadtwerke-lindau.example>',
      'Ihre Rechnung für Januar',
      'Ihre Abschlagsrechnung über {amount} € steht im Kundenportal bereit. Abbuchung am 15.',
    ],
  ],
  fr: [
    [
      'Banque Rivemont <alertes@rivemont.example>',
      'Paiement par carte de {amount} € accepté',
      'Un paiement de {amount} € a été effectué avec votre carte se terminant par 2290. Si ce n’est pas vous, faites opposition.',
    ],
    [
      'Payvo <notification@payvo.example>',
      'Vous avez reçu {amount} € de Julien Roux',
      'Julien Roux vous a envoyé {amount} €. Référence de la transaction : {ref}.',
    ],
    [
      'Banque Rivemont <securite@rivemont.example>',
      'Nouvel appareil connecté à votre espace client',
      'Une connexion depuis un nouvel appareil (iPhone, Lille) a eu lieu. Si ce n’est pas vous, changez votre mot de passe.',
    ],
    [
      'Marchéo <commandes@marcheo.example>',
      'Votre commande {ref} a été expédiée',
      'Votre colis est en route. Montant débité : {amount} €.',
    ],
    [
      'Colistar <suivi@colistar.example>',
      'Votre colis sera livré aujourd’hui',
      'Colis {ref} : livraison prévue entre 9 h et 13 h.',
    ],
    [
      'Impots Simples <ne-pas-repondre@impots-simples.example>',
      'Un nouveau document est disponible dans votre espace',
      'Votre avis d’échéance de {amount} € est disponible.',
    ],
  ],
  es: [
    [
      'Banco Albia <avisos@bancoalbia.example>',
      'Compra con tarjeta por {amount} €',
      'Se ha realizado un cargo de {amount} € con tu tarjeta terminada en 8812. Si no la reconoces, bloquéala en la app.',
    ],
    [
      'Bizpay <notificaciones@bizpay.example>',
      'Has recibido {amount} € de Lucía Ortega',
      'Lucía Ortega te ha enviado {amount} €. Referencia {ref}.',
    ],
    [
      'Banco Albia <seguridad@bancoalbia.example>',
      'Se ha cambiado tu contraseña',
      'La contraseña de tu banca online se ha modificado. Si no has sido tú, llámanos de inmediato.',
    ],
    [
      'Mercalia <pedidos@mercalia.example>',
      'Tu pedido {ref} ya está en camino',
      'Hemos enviado tu pedido. Importe total: {amount} €.',
    ],
    [
      'Envialo <seguimiento@envialo.example>',
      'Tu paquete llega hoy',
      'Envío {ref}: entrega prevista entre las 10:00 y las 14:00.',
    ],
    [
      'Luz Clara Energía <facturas@luzclara.example>',
      'Tu factura de luz ya está disponible',
      'Importe: {amount} €. Se cargará en tu cuenta el día 5.',
    ],
  ],
  pt: [
    [
      'Banco Atlântida <alertas@atlantida.example>',
      'Compra aprovada de R$ {amount}',
      'Seu cartão final 5521 foi usado em uma compra de R$ {amount}. Não reconhece? Bloqueie pelo app.',
    ],
    [
      'Pagueja <avisos@pagueja.example>',
      'Você recebeu um Pix de R$ {amount}',
      'Rafael Souza enviou R$ {amount} para você. ID da transação {ref}.',
    ],
    [
      'Banco Atlântida <seguranca@atlantida.example>',
      'Novo acesso à sua conta',
      'Detetámos um acesso a partir de um novo dispositivo. Se não foi o próprio, altere a palavra-passe.',
    ],
    [
      'Lojão Azul <pedidos@lojaoazul.example>',
      'Seu pedido {ref} foi enviado',
      'Seu pedido saiu para entrega. Valor total: R$ {amount}.',
    ],
    [
      'Entregaja <rastreio@entregaja.example>',
      'A sua encomenda chega hoje',
      'Encomenda {ref}: entrega prevista entre as 11h e as 13h.',
    ],
    [
      'Autenticação Segura <no-reply@contas-seguras.example>',
      'Verificação em dois passos ativada',
      'A verificação em dois passos foi ativada na sua conta. Se não foi você, contacte-nos.',
    ],
  ],
  it: [
    [
      'Banca Vallora <avvisi@vallora.example>',
      'Pagamento con carta di {amount} €',
      'È stato effettuato un pagamento di {amount} € con la carta che termina con 3307. Se non lo riconosci, blocca la carta.',
    ],
    [
      'Pagasu <notifiche@pagasu.example>',
      'Hai ricevuto {amount} € da Giulia Neri',
      'Giulia Neri ti ha inviato {amount} €. Codice operazione {ref}.',
    ],
    [
      'Banca Vallora <sicurezza@vallora.example>',
      'Nuovo accesso al tuo home banking',
      'Abbiamo rilevato un accesso da un nuovo dispositivo. Se non sei stato tu, cambia subito la password.',
    ],
    [
      'Mercatino Digitale <ordini@mercatinodigitale.example>',
      'Il tuo ordine {ref} è stato spedito',
      'Il pacco è in viaggio. Importo addebitato: {amount} €.',
    ],
    [
      'Spedisco <tracking@spedisco.example>',
      'Consegna prevista oggi',
      'Spedizione {ref}: consegna tra le 12:00 e le 15:00.',
    ],
    [
      'Acque Chiare <bollette@acquechiare.example>',
      'Nuova bolletta disponibile',
      'La bolletta di {amount} € è disponibile nell’area clienti.',
    ],
  ],
  nl: [
    [
      'Polderbank <meldingen@polderbank.example>',
      'Betaling van € {amount} met je pas',
      'Er is zojuist € {amount} betaald met je betaalpas. Herken je dit niet? Blokkeer je pas in de app.',
    ],
    [
      'Betaalsnel <service@betaalsnel.example>',
      'Je hebt € {amount} ontvangen van Sanne de Wit',
      'Sanne de Wit heeft je € {amount} betaald. Kenmerk {ref}.',
    ],
    [
      'Polderbank <veiligheid@polderbank.example>',
      'Nieuw apparaat gekoppeld',
      'Er is een nieuw apparaat aan je bankapp gekoppeld. Was jij dit niet? Bel ons direct.',
    ],
    [
      'Winkelplein <bestellingen@winkelplein.example>',
      'Je bestelling {ref} is verzonden',
      'Je pakket is onderweg. Totaalbedrag: € {amount}.',
    ],
    [
      'Pakketpost <bezorging@pakketpost.example>',
      'Je pakket wordt vandaag bezorgd',
      'Zending {ref}: bezorging tussen 13:00 en 15:00.',
    ],
    [
      'Zorgverzekeraar Helder <noreply@helder-zorg.example>',
      'Je wachtwoord is gewijzigd',
      'Het wachtwoord van je account is gewijzigd. Heb je dit niet zelf gedaan? Neem contact op.',
    ],
  ],
}
