// Important mail the person must never lose in a wave: receipts, payments sent and received,
// card alerts, security alerts, 2FA changes, orders and deliveries, in all seven languages, from
// made-up services' own senders. Reconstructions of the usual notices of such services; `{a}` is
// an amount, `{n}` an order or reference number.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { digits } from './records.ts'

export const IMPORTANT_KINDS = [
  'receipt',
  'payment',
  'card',
  'security',
  'twofa',
  'order',
  'delivery',
] as const
export type ImportantKind = (typeof IMPORTANT_KINDS)[number]

const SENDERS: Record<ImportantKind, string> = {
  receipt: 'Lumora Music <receipts@lumoramusic.com>',
  payment: 'Paylio <service@paylio.com>',
  card: 'Harbourline Bank <alerts@harbourlinebank.com>',
  security: 'Cindrel Account <account-security@cindrel.com>',
  twofa: 'Vaultbridge <security@vaultbridge.io>',
  order: 'Marzipo Shop <orders@marzipo.eu>',
  delivery: 'Parcelwing <tracking@parcelwing.eu>',
}

type Text = readonly [subject: string, body: string]

const TEXTS: Record<ImportantKind, Record<Lang, Text>> = {
  receipt: {
    en: [
      'Your receipt from Lumora Music',
      'Receipt #{n}. Lumora Premium (monthly) {a}. Charged to Visa ending 4417.',
    ],
    de: [
      'Deine Quittung von Lumora Music',
      'Quittung Nr. {n}. Lumora Premium (monatlich) {a}. Belastet: Visa mit Endziffern 4417.',
    ],
    fr: [
      'Votre reçu Lumora Music',
      'Reçu n° {n}. Lumora Premium (mensuel) {a}. Débité sur la Visa se terminant par 4417.',
    ],
    es: [
      'Tu recibo de Lumora Music',
      'Recibo n.º {n}. Lumora Premium (mensual) {a}. Cargado a la Visa terminada en 4417.',
    ],
    pt: [
      'O seu recibo da Lumora Music',
      'Recibo n.º {n}. Lumora Premium (mensal) {a}. Cobrado no Visa terminado em 4417.',
    ],
    it: [
      'La tua ricevuta di Lumora Music',
      'Ricevuta n. {n}. Lumora Premium (mensile) {a}. Addebitato sulla Visa che termina con 4417.',
    ],
    nl: [
      'Je ontvangstbewijs van Lumora Music',
      'Ontvangstbewijs {n}. Lumora Premium (maandelijks) {a}. Afgeschreven van Visa eindigend op 4417.',
    ],
  },
  payment: {
    en: [
      'You sent {a} to Oskar Lind',
      'Your payment of {a} to Oskar Lind is complete. Transaction ID {n}.',
    ],
    de: [
      'Du hast {a} an Oskar Lind gesendet',
      'Deine Zahlung über {a} an Oskar Lind ist abgeschlossen. Transaktionscode {n}.',
    ],
    fr: [
      'Vous avez envoyé {a} à Oskar Lind',
      'Votre paiement de {a} à Oskar Lind a été effectué. Transaction {n}.',
    ],
    es: [
      'Has enviado {a} a Oskar Lind',
      'Tu pago de {a} a Oskar Lind se ha completado. Transacción {n}.',
    ],
    pt: ['Você recebeu {a} de Oskar Lind', 'Oskar Lind enviou {a} para você. ID da transação {n}.'],
    it: ['Hai ricevuto {a} da Oskar Lind', 'Oskar Lind ti ha inviato {a}. ID transazione {n}.'],
    nl: [
      'Je hebt {a} ontvangen van Oskar Lind',
      'Oskar Lind heeft je {a} gestuurd. Transactie-ID {n}.',
    ],
  },
  card: {
    en: [
      'Card alert: {a} at ELECTRO CITY',
      'A purchase of {a} was made with your card ending 2290. Not you? Call the number on your card.',
    ],
    de: [
      'Kartenumsatz: {a} bei ELECTRO CITY',
      'Mit Ihrer Karte mit Endziffern 2290 wurden {a} bezahlt. Nicht Sie? Rufen Sie uns an.',
    ],
    fr: [
      'Alerte carte : {a} chez ELECTRO CITY',
      'Un paiement de {a} a été effectué avec votre carte se terminant par 2290.',
    ],
    es: [
      'Alerta de tarjeta: {a} en ELECTRO CITY',
      'Se ha realizado una compra de {a} con tu tarjeta terminada en 2290.',
    ],
    pt: [
      'Alerta de cartão: {a} em ELECTRO CITY',
      'Foi feita uma compra de {a} com o cartão terminado em 2290.',
    ],
    it: [
      'Avviso carta: {a} presso ELECTRO CITY',
      'È stato effettuato un acquisto di {a} con la carta che termina con 2290.',
    ],
    nl: [
      'Kaartmelding: {a} bij ELECTRO CITY',
      'Er is een betaling van {a} gedaan met je kaart eindigend op 2290.',
    ],
  },
  security: {
    en: [
      'New sign-in to your Cindrel account',
      'We noticed a new sign-in from Firefox on Windows near Leeds. If this was not you, secure your account now.',
    ],
    de: [
      'Neue Anmeldung bei Ihrem Cindrel-Konto',
      'Neue Anmeldung mit Firefox unter Windows bei Leipzig. Waren Sie das nicht, sichern Sie Ihr Konto.',
    ],
    fr: [
      'Nouvelle connexion à votre compte Cindrel',
      'Nouvelle connexion depuis Firefox sur Windows près de Lille. Si ce n’était pas vous, sécurisez votre compte.',
    ],
    es: [
      'Nuevo inicio de sesión en tu cuenta Cindrel',
      'Nuevo inicio de sesión desde Firefox en Windows cerca de Bilbao. Si no fuiste tú, protege tu cuenta.',
    ],
    pt: [
      'Novo início de sessão na sua conta Cindrel',
      'Novo início de sessão a partir do Firefox em Windows perto de Braga. Se não foi você, proteja a conta.',
    ],
    it: [
      'Nuovo accesso al tuo account Cindrel',
      'Nuovo accesso da Firefox su Windows vicino a Bologna. Se non sei stato tu, proteggi il tuo account.',
    ],
    nl: [
      'Nieuwe aanmelding bij je Cindrel-account',
      'Nieuwe aanmelding vanaf Firefox op Windows bij Utrecht. Was jij dit niet? Beveilig je account.',
    ],
  },
  twofa: {
    en: [
      'Two-factor authentication was turned off',
      'Two-factor authentication was disabled on your Vaultbridge account. If you did not do this, contact us at once.',
    ],
    de: [
      'Zwei-Faktor-Authentifizierung wurde deaktiviert',
      'Die Zwei-Faktor-Authentifizierung Ihres Vaultbridge-Kontos wurde deaktiviert.',
    ],
    fr: [
      'Double authentification désactivée',
      'La double authentification de votre compte Vaultbridge a été désactivée.',
    ],
    es: [
      'Se ha cambiado tu contraseña',
      'La contraseña de tu cuenta Vaultbridge se cambió correctamente. Si no fuiste tú, contáctanos.',
    ],
    pt: [
      'A sua palavra-passe foi alterada',
      'A palavra-passe da sua conta Vaultbridge foi alterada. Se não foi você, contacte-nos.',
    ],
    it: [
      'Autenticazione a due fattori disattivata',
      "L'autenticazione a due fattori del tuo account Vaultbridge è stata disattivata.",
    ],
    nl: [
      'Je wachtwoord is gewijzigd',
      'Het wachtwoord van je Vaultbridge-account is gewijzigd. Was jij dit niet? Neem contact op.',
    ],
  },
  order: {
    en: [
      'Order confirmation #{n}',
      'Thanks for your order #{n}. Total {a}. We will email you when it ships.',
    ],
    de: [
      'Bestellbestätigung Nr. {n}',
      'Vielen Dank für Ihre Bestellung Nr. {n}. Gesamtbetrag {a}.',
    ],
    fr: ['Confirmation de commande n° {n}', 'Merci pour votre commande n° {n}. Total {a}.'],
    es: ['Confirmación del pedido n.º {n}', 'Gracias por tu pedido n.º {n}. Total {a}.'],
    pt: ['Confirmação da encomenda n.º {n}', 'Obrigado pela sua encomenda n.º {n}. Total {a}.'],
    it: ["Conferma dell'ordine n. {n}", 'Grazie per il tuo ordine n. {n}. Totale {a}.'],
    nl: ['Orderbevestiging {n}', 'Bedankt voor je bestelling {n}. Totaal {a}.'],
  },
  delivery: {
    en: [
      'Your parcel is out for delivery',
      'Parcel {n} will be delivered today between 13:00 and 15:00.',
    ],
    de: [
      'Ihr Paket ist in Zustellung',
      'Paket {n} wird heute zwischen 13:00 und 15:00 Uhr zugestellt.',
    ],
    fr: [
      'Votre colis est en cours de livraison',
      'Le colis {n} sera livré aujourd’hui entre 13h et 15h.',
    ],
    es: [
      'Tu paquete está en reparto',
      'El paquete {n} se entregará hoy entre las 13:00 y las 15:00.',
    ],
    pt: [
      'A sua encomenda está em distribuição',
      'A encomenda {n} será entregue hoje entre as 13:00 e as 15:00.',
    ],
    it: [
      'Il tuo pacco è in consegna',
      'Il pacco {n} sarà consegnato oggi tra le 13:00 e le 15:00.',
    ],
    nl: [
      'Je pakket wordt vandaag bezorgd',
      'Pakket {n} wordt vandaag tussen 13:00 en 15:00 bezorgd.',
    ],
  },
}

export interface ImportantMail {
  kind: ImportantKind
  from: string
  subject: string
  body: string
}

export function importantMail(rng: Random, kind: ImportantKind, lang: Lang): ImportantMail {
  const amount =
    lang === 'en'
      ? `£${rng.int(12, 480)}.${digits(rng, 2)}`
      : `${rng.int(12, 480)},${digits(rng, 2)} €`
  const n = digits(rng, 8)
  const fill = (s: string) => s.replaceAll('{a}', amount).replaceAll('{n}', n)
  const [subject, body] = TEXTS[kind][lang]
  return { kind, from: SENDERS[kind], subject: fill(subject), body: fill(body) }
}
