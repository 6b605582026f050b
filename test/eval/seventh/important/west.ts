// Important notices in English, German, French and Spanish (reconstructions of the usual notices
// of these kinds of service; senders, amounts and references made up).
import type { Lang } from '../../types.ts'
import { notice as n, type Notice } from './types.ts'

export const WEST: Partial<Record<Lang, Notice[]>> = {
  en: [
    n(
      'receipt',
      'Larkfield Pay <receipts@larkfieldpay.example>',
      'Your receipt from Corner Deli - £14.20',
      'You paid £14.20 to Corner Deli on 14 Jan with Visa ending 4821. Receipt no. 2291-0043.',
    ),
    n(
      'payment-received',
      'Northmoor Bank <alerts@northmoorbank.example>',
      'You received £250.00 from Dana Hollis',
      'A payment of £250.00 from DANA HOLLIS has arrived in your current account ending 7730. Reference: rent share.',
    ),
    n(
      'card-alert',
      'Northmoor Bank <alerts@northmoorbank.example>',
      'Card transaction of £612.99 declined',
      'We declined a transaction of £612.99 at ELECTRO-WAREHOUSE on your debit card ending 7730. If this was you, try again; if not, freeze your card in the app.',
    ),
    n(
      'security-alert',
      'Orbisoft Account <account-security@orbisoft.example>',
      'New sign-in to your Orbisoft account',
      'Your Orbisoft account was signed in to from Windows, Leeds, UK at 09:12. If this was not you, secure your account now.',
    ),
    n(
      'two-step',
      'Quillbox <security@quillbox.example>',
      'Two-step verification was turned off',
      'Two-step verification was turned off for your Quillbox account. If you did not do this, turn it on again and change your password.',
    ),
    n(
      'order',
      'Haversham Home <orders@havershamhome.example>',
      'Order HH-448120 confirmed',
      'Thanks for your order HH-448120. Total £89.50. We will email you when it ships.',
    ),
    n(
      'delivery',
      'Swiftline Parcels <tracking@swiftline.example>',
      'Your parcel arrives today between 10:00 and 11:00',
      'Parcel SWL83920011GB from Haversham Home is out for delivery today, 10:00-11:00.',
    ),
  ],
  de: [
    n(
      'receipt',
      'Zahlfix <beleg@zahlfix.example>',
      'Ihr Beleg: 23,40 € an Bäckerei Lindner',
      'Sie haben am 14.01. 23,40 € an Bäckerei Lindner bezahlt (Mastercard •• 5512). Belegnummer 71-2290.',
    ),
    n(
      'payment-sent',
      'Sparkasse Elbtal <noreply@sparkasse-elbtal.example>',
      'Überweisung über 1.200,00 € ausgeführt',
      'Ihre Überweisung über 1.200,00 € an Hausverwaltung Kessler (Verwendungszweck: Miete Januar) wurde ausgeführt.',
    ),
    n(
      'card-alert',
      'Sparkasse Elbtal <noreply@sparkasse-elbtal.example>',
      'Kartenzahlung im Ausland: 348,00 €',
      'Mit Ihrer Debitkarte •• 0917 wurden soeben 348,00 € in Lissabon bezahlt. Waren Sie das nicht? Sperren Sie die Karte unter 116 116.',
    ),
    n(
      'password-changed',
      'Wolkenpost <sicherheit@wolkenpost.example>',
      'Ihr Passwort wurde geändert',
      'Das Passwort Ihres Wolkenpost-Kontos wurde heute um 10:41 geändert. Wenn Sie das nicht waren, setzen Sie es sofort zurück.',
    ),
    n(
      'security-alert',
      'Wolkenpost <sicherheit@wolkenpost.example>',
      'Neue Anmeldung auf einem Gerät',
      'Neue Anmeldung bei Ihrem Konto: Firefox unter Linux, Hamburg. Falls Sie das nicht waren, ändern Sie Ihr Passwort.',
    ),
    n(
      'order',
      'Hausfreund Versand <bestellung@hausfreund.example>',
      'Bestellbestätigung Nr. 5521087',
      'Vielen Dank für Ihre Bestellung 5521087 über 64,90 €. Voraussichtliche Lieferung: Freitag.',
    ),
    n(
      'delivery',
      'Paketblitz <sendung@paketblitz.example>',
      'Ihr Paket kommt heute',
      'Ihre Sendung 00340434161094 wird heute zwischen 13:00 und 15:00 zugestellt.',
    ),
  ],
  fr: [
    n(
      'receipt',
      'Payvia <recus@payvia.example>',
      'Votre reçu : 18,60 € chez Fromagerie Roux',
      'Vous avez payé 18,60 € à Fromagerie Roux le 14/01 avec la carte se terminant par 3307.',
    ),
    n(
      'payment-received',
      'Banque Azurine <notifications@azurine.example>',
      'Virement reçu : 430,00 €',
      'Un virement de 430,00 € de M. THIBAUT LEROY a été crédité sur votre compte ••6241.',
    ),
    n(
      'card-alert',
      'Banque Azurine <notifications@azurine.example>',
      'Paiement par carte de 279,00 € à vérifier',
      'Un paiement de 279,00 € chez TECHNOMARCHE a été tenté avec votre carte ••6241. Confirmez ou contestez dans votre application.',
    ),
    n(
      'two-step',
      'Nuagemail <securite@nuagemail.example>',
      'Validation en deux étapes activée',
      'La validation en deux étapes est désormais activée sur votre compte. Si ce n’est pas vous, contactez-nous.',
    ),
    n(
      'security-alert',
      'Nuagemail <securite@nuagemail.example>',
      'Nouvelle connexion à votre compte',
      'Connexion depuis Safari sur iPhone, Lyon, le 14/01 à 18:03. Si ce n’était pas vous, changez votre mot de passe.',
    ),
    n(
      'order',
      'Maison Brélis <commandes@brelis.example>',
      'Confirmation de votre commande n° BR-77120',
      'Merci pour votre commande BR-77120 d’un montant de 112,40 €. Expédition sous 48 h.',
    ),
    n(
      'delivery',
      'Colivite <suivi@colivite.example>',
      'Votre colis est en cours de livraison',
      'Votre colis 6A19283746501 sera livré aujourd’hui avant 13 h.',
    ),
  ],
  es: [
    n(
      'receipt',
      'Pagora <recibos@pagora.example>',
      'Tu recibo de Cafetería Lobo: 9,80 €',
      'Has pagado 9,80 € a Cafetería Lobo el 14/01 con la tarjeta terminada en 5590.',
    ),
    n(
      'payment-sent',
      'Banco Arrecife <avisos@bancoarrecife.example>',
      'Bizum enviado: 35,00 € a Nerea',
      'Has enviado 35,00 € a NEREA GIL. Concepto: cena.',
    ),
    n(
      'card-alert',
      'Banco Arrecife <avisos@bancoarrecife.example>',
      'Compra con tarjeta de 520,00 €',
      'Se ha realizado una compra de 520,00 € en MEDIAMUNDO con tu tarjeta ••5590. Si no la reconoces, bloquéala en la app.',
    ),
    n(
      'password-changed',
      'Nubecorreo <seguridad@nubecorreo.example>',
      'Se ha cambiado tu contraseña',
      'La contraseña de tu cuenta se cambió hoy a las 11:20. Si no fuiste tú, recupérala ahora.',
    ),
    n(
      'security-alert',
      'Nubecorreo <seguridad@nubecorreo.example>',
      'Inicio de sesión nuevo en tu cuenta',
      'Se ha iniciado sesión desde Chrome en Windows, Sevilla. Si no fuiste tú, protege tu cuenta.',
    ),
    n(
      'order',
      'Casa Almendro <pedidos@casaalmendro.example>',
      'Pedido CA-30918 confirmado',
      'Gracias por tu pedido CA-30918. Importe: 47,95 €. Te avisaremos cuando salga.',
    ),
    n(
      'delivery',
      'Rapidenvío <seguimiento@rapidenvio.example>',
      'Tu paquete llega hoy',
      'El envío RE4410293 se entregará hoy entre las 16:00 y las 18:00.',
    ),
  ],
}
