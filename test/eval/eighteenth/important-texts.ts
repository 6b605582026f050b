// Important mail of made-up services, written for this set: receipts, payments sent and received,
// card alerts, security notices, 2FA changes, orders and deliveries. One per line:
// `from|subject|body`; {amount}, {ref}, {last4} are filled per mail.
import type { Lang } from '../types.ts'

export const IMPORTANT_TEXTS: Record<Lang, readonly string[]> = {
  en: [
    'Harbourline Bank <alerts@harbourline-bank.example>|Card ending {last4} used for £{amount}|Your debit card ending {last4} was used for £{amount} at ONLINE RETAIL. If this wasn’t you, freeze your card in the app.',
    'Quillpay <service@quillpay.example>|You sent £{amount} to Ben Carver|Payment sent. Amount: £{amount}. Reference: {ref}. It may take up to 2 hours to arrive.',
    'Brindle Energy <billing@brindle-energy.example>|Your receipt {ref}|Thanks for your payment of £{amount}. Receipt number {ref}. VAT included.',
    'Parcelwise <tracking@parcelwise.example>|Your parcel arrives today between 10:00 and 12:00|Order {ref} is out for delivery. Track it in the app.',
  ],
  de: [
    'Rheinfels Sparkasse <noreply@rheinfels-sparkasse.example>|Zahlungseingang: {amount} EUR|Auf Ihrem Girokonto ist eine Gutschrift über {amount} EUR eingegangen. Verwendungszweck: Rechnung {ref}.',
    'Zahlfix <sicherheit@zahlfix.example>|Neue Anmeldung auf einem Windows-Gerät|Wir haben eine Anmeldung bei Ihrem Konto festgestellt. Waren Sie das nicht, ändern Sie sofort Ihr Passwort.',
    'Kaufwerk <bestellung@kaufwerk.example>|Bestellbestätigung {ref}|Vielen Dank für Ihre Bestellung {ref} über {amount} EUR. Voraussichtliche Lieferung: Donnerstag.',
    'Kartenservice Nordbank <karte@nordbank.example>|Kartenzahlung über {amount} EUR|Mit Ihrer Kreditkarte (…{last4}) wurde eine Zahlung über {amount} EUR autorisiert.',
  ],
  fr: [
    'Banque Verdière <alertes@banque-verdiere.example>|Paiement par carte de {amount} €|Un paiement de {amount} € a été effectué avec votre carte se terminant par {last4}.',
    'Payfleur <securite@payfleur.example>|Validation en deux étapes désactivée|La validation en deux étapes a été désactivée sur votre compte. Si ce n’est pas vous, contactez-nous.',
    'Colisco <suivi@colisco.example>|Votre colis {ref} a été livré|Votre colis a été déposé dans votre boîte aux lettres aujourd’hui à 11 h 42.',
    'Électricité du Sud <factures@elec-sud.example>|Votre reçu de paiement|Nous avons bien reçu votre règlement de {amount} €. Référence {ref}.',
  ],
  es: [
    'Banco Alcorque <avisos@bancoalcorque.example>|Compra con tarjeta por {amount} €|Se ha realizado una compra de {amount} € con su tarjeta terminada en {last4}. Si no la reconoce, bloquéela en la app.',
    'Bizumia <notificaciones@bizumia.example>|Has recibido {amount} €|Laura te ha enviado {amount} €. Concepto: cena. Ya está disponible en tu cuenta.',
    'Pedidos Mercalia <pedidos@mercalia.example>|Confirmación de tu pedido {ref}|Gracias por tu compra. Total: {amount} €. Te avisaremos cuando salga del almacén.',
    'Mensajería Rayo <entregas@rayo-mx.example>|Tu paquete llega hoy|Tu envío {ref} está en reparto. Horario estimado: 14:00–18:00.',
    'Cuenta Nubia <seguridad@nubia.example>|Tu contraseña se ha cambiado|La contraseña de tu cuenta se cambió hoy. Si no fuiste tú, restablécela de inmediato.',
    'Banco Tolteca <alertas@bancotolteca.example>|Transferencia SPEI enviada|Enviaste ${amount} MXN. Clave de rastreo {ref}.',
  ],
  pt: [
    'Banco Atlântida <alertas@atlantida.example>|Compra aprovada de R$ {amount}|Compra aprovada no cartão final {last4}: R$ {amount}. Se não reconhece, bloqueie pelo app.',
    'PixNow <comprovante@pixnow.example>|Você recebeu um Pix de R$ {amount}|Comprovante: Pix recebido de Carla S. no valor de R$ {amount}. ID {ref}.',
    'Caixa Lusitana <avisos@caixalusitana.example>|Transferência efetuada|Foi efetuada uma transferência de {amount} € para o IBAN terminado em {last4}.',
    'Loja Maré <pedidos@lojamare.example>|Pedido {ref} confirmado|Recebemos o pagamento de R$ {amount}. Seu pedido será enviado em até 2 dias úteis.',
    'Expresso Postal <entregas@expresso-postal.example>|A sua encomenda foi entregue|A encomenda {ref} foi entregue hoje às 10:12.',
    'Conta Lume <seguranca@lume.example>|Verificação em duas etapas ativada|A verificação em duas etapas foi ativada na sua conta.',
  ],
  it: [
    'Banca Scaligera <avvisi@scaligera.example>|Pagamento con carta di {amount} €|È stato autorizzato un pagamento di {amount} € con la carta che termina con {last4}.',
    'Paysì <notifiche@paysi.example>|Hai ricevuto {amount} €|Giulia ti ha inviato {amount} €. Causale: regalo. ID transazione {ref}.',
    'Negozio Vela <ordini@negoziovela.example>|Conferma ordine n. {ref}|Grazie per il tuo ordine di {amount} €. Consegna prevista: venerdì.',
    'Corriere Lampo <consegne@lampo.example>|Il tuo pacco è in consegna oggi|La spedizione {ref} è in consegna. Fascia oraria: 9–13.',
    'Conto Aria <sicurezza@aria.example>|Nuovo accesso al tuo account|Abbiamo rilevato un nuovo accesso da un dispositivo Android. Se non sei stato tu, cambia la password.',
    'Fornitura Gas Sole <bollette@gassole.example>|Ricevuta di pagamento|Abbiamo ricevuto il pagamento di {amount} € per la bolletta {ref}.',
  ],
  nl: [
    'Polderbank <meldingen@polderbank.example>|Betaling van € {amount} met uw pas|Met uw betaalpas eindigend op {last4} is € {amount} betaald.',
    'Betaalsnel <noreply@betaalsnel.example>|Je hebt € {amount} ontvangen|Femke heeft je betaalverzoek van € {amount} betaald. Kenmerk {ref}.',
    'Winkelhuis <bestellingen@winkelhuis.example>|Bestelbevestiging {ref}|Bedankt voor je bestelling van € {amount}. Verwachte levering: morgen.',
    'Pakketdienst Snel <bezorging@snelpakket.example>|Je pakket wordt vandaag bezorgd|Pakket {ref} wordt vandaag tussen 13:00 en 15:30 bezorgd.',
    'DigiZeker <beveiliging@digizeker.example>|Tweestapsverificatie gewijzigd|De tweestapsverificatie van uw account is zojuist gewijzigd.',
    'Vlaamse Spaarbank <info@vlaamsebank.example>|Overschrijving uitgevoerd|Uw overschrijving van € {amount} naar BE.. {last4} werd uitgevoerd.',
  ],
}
