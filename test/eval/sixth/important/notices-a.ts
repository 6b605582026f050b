// Important mail written for this set (en, de, fr, es, pt): receipts, money sent and received,
// card alerts, new sign-ins, password and two-step changes, orders and deliveries, from made-up
// services. Reconstructions of the usual notices of these kinds of service. {amount} {ref} vary.
import type { Notice } from './notice.ts'

export const NOTICES_A: Record<'en' | 'de' | 'fr' | 'es' | 'pt', readonly Notice[]> = {
  en: [
    [
      'Northcove Bank <alerts@northcovebank.example>',
      'Card payment of £{amount} at TESCO STORES',
      "Your debit card ending 4821 was used for £{amount} at TESCO STORES today. If you don't recognise this payment, call us on the number on the back of your card.",
    ],
    [
      'Paydrift <service@paydrift.example>',
      "You've received £{amount} from Daniel Reeve",
      "Daniel Reeve sent you £{amount}. It's now in your Paydrift balance. Transaction ID {ref}.",
    ],
    [
      'Paydrift <service@paydrift.example>',
      'Receipt for your payment to Brightline Utilities',
      'You sent £{amount} to Brightline Utilities. Receipt number {ref}. Keep this email for your records.',
    ],
    [
      'Lumora Account <security@lumora-id.example>',
      'New sign-in to your Lumora account',
      "We noticed a new sign-in on a Windows device in Leeds. If this was you, you don't need to do anything. If not, secure your account now.",
    ],
    [
      'Lumora Account <security@lumora-id.example>',
      'Two-step verification turned off',
      "Two-step verification was turned off for your Lumora account. If you didn't do this, turn it back on and change your password.",
    ],
    [
      'Cartwell <orders@cartwell.example>',
      'Your Cartwell order {ref} has been dispatched',
      'Good news! Your order {ref} is on its way and should arrive tomorrow. Total paid: £{amount}.',
    ],
  ],
  de: [
    [
      'Hanseatische Volksbank <info@hvb-konto.example>',
      'Kartenzahlung über {amount} EUR',
      'Mit Ihrer Girocard wurde soeben eine Zahlung über {amount} EUR bei REWE getätigt. Waren Sie das nicht, sperren Sie die Karte unter 116 116.',
    ],
    [
      'Zahlfix <service@zahlfix.example>',
      'Sie haben {amount} EUR von Katrin Lohse erhalten',
      'Katrin Lohse hat Ihnen {amount} EUR gesendet. Transaktionscode {ref}.',
    ],
    [
      'Zahlfix <service@zahlfix.example>',
      'Beleg für Ihre Zahlung an Stadtwerke Nordheim',
      'Sie haben {amount} EUR an Stadtwerke Nordheim gezahlt. Belegnummer {ref}.',
    ],
    [
      'Kontowacht <sicherheit@kontowacht.example>',
      'Ihr Passwort wurde geändert',
      'Das Passwort Ihres Kontos wurde soeben geändert. Wenn Sie das nicht waren, setzen Sie es sofort zurück.',
    ],
    [
      'Kontowacht <sicherheit@kontowacht.example>',
      'Neue Anmeldung bei Ihrem Konto',
      'Neue Anmeldung von einem Android-Gerät in Hamburg. Waren Sie das nicht, sichern Sie Ihr Konto.',
    ],
    [
      'Versandhaus Brenner <bestellung@brenner-versand.example>',
      'Ihre Bestellung {ref} wurde versandt',
      'Ihre Bestellung {ref} ist unterwegs. Gesamtbetrag {amount} EUR. Zustellung voraussichtlich morgen.',
    ],
  ],
  fr: [
    [
      'Banque Aurelle <alertes@banque-aurelle.example>',
      'Paiement par carte de {amount} €',
      'Un paiement de {amount} € a été effectué avec votre carte se terminant par 7730 chez MONOPRIX. Si vous ne le reconnaissez pas, faites opposition.',
    ],
    [
      'Virexa <service@virexa.example>',
      'Vous avez reçu {amount} € de Julien Marchal',
      'Julien Marchal vous a envoyé {amount} €. Référence {ref}.',
    ],
    [
      'Virexa <service@virexa.example>',
      'Reçu de votre paiement à EDF Horizon',
      'Vous avez payé {amount} € à EDF Horizon. Numéro de reçu {ref}.',
    ],
    [
      'Compte Solane <securite@solane.example>',
      'Validation en deux étapes activée',
      "La validation en deux étapes a été activée sur votre compte Solane. Si ce n'est pas vous, contactez-nous.",
    ],
    [
      'Compte Solane <securite@solane.example>',
      'Nouvelle connexion à votre compte',
      "Nouvelle connexion depuis un iPhone à Lyon. Si ce n'était pas vous, sécurisez votre compte.",
    ],
    [
      'Boutique Lavande <commandes@lavande-shop.example>',
      'Votre commande {ref} a été expédiée',
      'Votre commande {ref} est en route. Montant total : {amount} €. Livraison prévue demain.',
    ],
  ],
  es: [
    [
      'Banco Meridia <avisos@bancomeridia.example>',
      'Compra con tarjeta por {amount} €',
      'Se ha realizado una compra de {amount} € con tu tarjeta terminada en 5512 en MERCADONA. Si no la reconoces, bloquea la tarjeta.',
    ],
    [
      'Pagolín <servicio@pagolin.example>',
      'Has recibido {amount} € de Sergio Ramos Gil',
      'Sergio Ramos Gil te ha enviado {amount} €. Referencia {ref}.',
    ],
    [
      'Pagolín <servicio@pagolin.example>',
      'Recibo de tu pago a Aguas de Levante',
      'Has pagado {amount} € a Aguas de Levante. Recibo {ref}.',
    ],
    [
      'Cuenta Alvia <seguridad@alvia.example>',
      'Tu contraseña ha cambiado',
      'La contraseña de tu cuenta Alvia se cambió hace unos minutos. Si no fuiste tú, restablécela ahora.',
    ],
    [
      'Cuenta Alvia <seguridad@alvia.example>',
      'Nuevo inicio de sesión en tu cuenta',
      'Nuevo inicio de sesión desde un Mac en Valencia. Si no fuiste tú, protege tu cuenta.',
    ],
    [
      'Tienda Brisa <pedidos@tiendabrisa.example>',
      'Tu pedido {ref} está en camino',
      'Tu pedido {ref} ha salido del almacén. Importe total: {amount} €. Entrega prevista mañana.',
    ],
  ],
  pt: [
    [
      'Banco Atlântida <alertas@atlantida.example>',
      'Pagamento com cartão de {amount} €',
      'Foi efetuado um pagamento de {amount} € com o cartão terminado em 3390 no PINGO DOCE. Se não reconhece, bloqueie o cartão.',
    ],
    [
      'Pagaqui <servico@pagaqui.example>',
      'Recebeu {amount} € de Rui Carvalho',
      'Rui Carvalho enviou-lhe {amount} €. Referência {ref}.',
    ],
    [
      'Pagaqui <servico@pagaqui.example>',
      'Recibo do seu pagamento à EPAL Norte',
      'Pagou {amount} € à EPAL Norte. Recibo {ref}.',
    ],
    [
      'Conta Ventura <seguranca@ventura.example>',
      'Verificação em dois passos ativada',
      'A verificação em dois passos foi ativada na sua conta Ventura. Se não foi você, contacte-nos.',
    ],
    [
      'Conta Ventura <seguranca@ventura.example>',
      'Novo início de sessão na sua conta',
      'Novo início de sessão num Android em Braga. Se não foi você, proteja a sua conta.',
    ],
    [
      'Loja Maresia <encomendas@maresia.example>',
      'A sua encomenda {ref} foi enviada',
      'A sua encomenda {ref} está a caminho. Total: {amount} €. Entrega prevista amanhã.',
    ],
  ],
}
