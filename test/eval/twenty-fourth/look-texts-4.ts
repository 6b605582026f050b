// Everyday look-alike texts the person must not lose: bank and card alerts, orders and
// deliveries, travel.
import type { LookTexts } from './look-texts-1.ts'

export const BANK: LookTexts = {
  en: [
    [
      'Card payment of {amount} at {place}',
      'Your {brand} debit card ending 4417 was used for {amount} at {place} on {date}. Not you? Freeze your card in the app.',
    ],
    [
      'New sign-in to your account',
      'We noticed a sign-in to {brand} from {device} at {time}. If this was you, no action is needed.',
    ],
    [
      'Your password was changed',
      'The password for your {brand} account was changed on {date}. If you didn’t do this, contact us now.',
    ],
  ],
  de: [
    [
      'Kartenzahlung über {amount} bei {place}',
      'Ihre {brand}-Karte (Endziffern 2290) wurde am {date} für {amount} bei {place} eingesetzt. Nicht Sie? Karte in der App sperren.',
    ],
    [
      'Neue Anmeldung in Ihrem Konto',
      'Anmeldung bei {brand} von {device} um {time}. Waren Sie das, ist nichts zu tun.',
    ],
    [
      'Zwei-Faktor-Authentifizierung geändert',
      'Für Ihr {brand}-Konto wurde am {date} ein neues Gerät für die 2FA hinterlegt.',
    ],
  ],
  fr: [
    [
      'Paiement par carte de {amount} chez {place}',
      'Votre carte {brand} se terminant par 8812 a été utilisée le {date} pour {amount} chez {place}.',
    ],
    [
      'Nouvelle connexion à votre compte',
      'Connexion à {brand} depuis {device} à {time}. Si c’était vous, rien à faire.',
    ],
    [
      'Votre mot de passe a été modifié',
      'Le mot de passe de votre compte {brand} a été changé le {date}. Ce n’était pas vous ? Contactez-nous.',
    ],
  ],
  es: [
    [
      'Pago con tarjeta de {amount} en {place}',
      'Tu tarjeta {brand} acabada en 3306 se ha usado el {date} por {amount} en {place}.',
    ],
    [
      'Nuevo inicio de sesión',
      'Se ha iniciado sesión en {brand} desde {device} a las {time}. Si fuiste tú, no hagas nada.',
    ],
    [
      'Se ha cambiado tu contraseña',
      'La contraseña de tu cuenta de {brand} cambió el {date}. ¿No fuiste tú? Llámanos.',
    ],
  ],
  pt: [
    [
      'Compra de {amount} em {place}',
      'O seu cartão {brand} terminado em 7731 foi usado em {date} para {amount} em {place}.',
    ],
    [
      'Novo acesso à sua conta',
      'Detectamos um acesso ao {brand} a partir de {device} às {time}. Se foi você, não precisa fazer nada.',
    ],
    [
      'A sua senha foi alterada',
      'A senha da sua conta {brand} foi alterada em {date}. Não foi você? Contacte-nos.',
    ],
  ],
  it: [
    [
      'Pagamento con carta di {amount} presso {place}',
      'La tua carta {brand} che termina con 5120 è stata usata il {date} per {amount} presso {place}.',
    ],
    [
      'Nuovo accesso al tuo conto',
      'Accesso a {brand} da {device} alle {time}. Se eri tu, non devi fare nulla.',
    ],
    [
      'La tua password è stata modificata',
      'La password del tuo account {brand} è stata cambiata il {date}. Non sei stato tu? Contattaci.',
    ],
  ],
  nl: [
    [
      'Betaling van {amount} bij {place}',
      'Je {brand}-pas eindigend op 9034 is op {date} gebruikt voor {amount} bij {place}.',
    ],
    [
      'Nieuwe inlog op je account',
      'Er is ingelogd bij {brand} vanaf {device} om {time}. Was jij dit? Dan hoef je niets te doen.',
    ],
    [
      'Je wachtwoord is gewijzigd',
      'Het wachtwoord van je {brand}-account is op {date} gewijzigd. Niet jij? Neem contact op.',
    ],
  ],
}

export const ORDER: LookTexts = {
  en: [
    [
      'Order confirmed #{ref}',
      'Thanks for your order, {first}! Total {amount}. We’ll email you when it ships.',
    ],
    [
      'Your parcel is on its way',
      'Order {ref} from {brand} has shipped. Track it: {link}\nExpected: {date}',
    ],
    [
      'Ready for pickup at {place}',
      'Your parcel is waiting at {place}. Pickup code: {code}. Collect it within 7 days.',
    ],
  ],
  de: [
    [
      'Bestellbestätigung Nr. {ref}',
      'Danke für Ihre Bestellung, {first}! Gesamtbetrag {amount}. Wir melden uns beim Versand.',
    ],
    [
      'Ihr Paket ist unterwegs',
      'Bestellung {ref} von {brand} wurde verschickt. Sendungsverfolgung: {link}\nVoraussichtlich: {date}',
    ],
    [
      'Abholbereit in der Packstation {place}',
      'Ihr Paket liegt bereit. Abholcode: {code}. Bitte innerhalb von 7 Tagen abholen.',
    ],
  ],
  fr: [
    [
      'Commande confirmée n° {ref}',
      'Merci pour votre commande, {first} ! Total {amount}. Nous vous écrirons à l’expédition.',
    ],
    [
      'Votre colis est en route',
      'La commande {ref} de {brand} est expédiée. Suivi : {link}\nLivraison prévue : {date}',
    ],
    [
      'Votre colis vous attend au point relais {place}',
      'Code de retrait : {code}. À retirer sous 7 jours.',
    ],
  ],
  es: [
    [
      'Pedido confirmado n.º {ref}',
      '¡Gracias por tu pedido, {first}! Total {amount}. Te avisamos cuando salga.',
    ],
    [
      'Tu paquete está en camino',
      'El pedido {ref} de {brand} ha salido. Seguimiento: {link}\nEntrega prevista: {date}',
    ],
    [
      'Listo para recoger en {place}',
      'Tu paquete te espera en {place}. Código de recogida: {code}.',
    ],
  ],
  pt: [
    [
      'Encomenda confirmada n.º {ref}',
      'Obrigado pela sua encomenda, {first}! Total {amount}. Avisamos quando for expedida.',
    ],
    [
      'Seu pedido saiu para entrega',
      'O pedido {ref} da {brand} está a caminho. Rastreio: {link}\nPrevisão: {date}',
    ],
    [
      'Disponível para levantamento em {place}',
      'A sua encomenda espera por si em {place}. Código: {code}.',
    ],
  ],
  it: [
    [
      'Ordine confermato n. {ref}',
      'Grazie per il tuo ordine, {first}! Totale {amount}. Ti scriviamo alla spedizione.',
    ],
    [
      'Il tuo pacco è in viaggio',
      'L’ordine {ref} di {brand} è stato spedito. Tracciamento: {link}\nConsegna prevista: {date}',
    ],
    [
      'Pronto per il ritiro presso {place}',
      'Il tuo pacco ti aspetta presso {place}. Codice di ritiro: {code}.',
    ],
  ],
  nl: [
    [
      'Bestelling bevestigd #{ref}',
      'Bedankt voor je bestelling, {first}! Totaal {amount}. We mailen je bij verzending.',
    ],
    [
      'Je pakket is onderweg',
      'Bestelling {ref} van {brand} is verzonden. Volg je pakket: {link}\nVerwacht: {date}',
    ],
    ['Klaar om op te halen bij {place}', 'Je pakket ligt klaar bij {place}. Ophaalcode: {code}.'],
  ],
}

export const TRAVEL: LookTexts = {
  en: [
    [
      'Check-in is now open for your flight to Lisbon',
      'Hi {first}, online check-in for booking {ref} is open. Flight departs {date} {time}. Check in: {link}',
    ],
    [
      'Your boarding pass',
      'Boarding pass for {first} — booking {ref}, seat 14C. Gate closes 20 minutes before departure.',
    ],
    [
      'Gate change: now gate B32',
      'Your {brand} flight on {date} now leaves from gate B32. Departure time unchanged: {time}.',
    ],
  ],
  de: [
    [
      'Check-in für Ihren Flug nach Palma ist geöffnet',
      'Hallo {first}, der Online-Check-in für Buchung {ref} ist offen. Abflug {date} {time}: {link}',
    ],
    [
      'Ihre Bordkarte',
      'Bordkarte für {first} – Buchung {ref}, Sitz 22A. Das Gate schließt 20 Minuten vor Abflug.',
    ],
    [
      'Buchung bestätigt: Ferienhaus an der Ostsee',
      'Ihre Buchung {ref} bei {brand} ist bestätigt. Anreise {date} ab 15 Uhr.',
    ],
  ],
  fr: [
    [
      'L’enregistrement est ouvert pour votre vol vers Porto',
      'Bonjour {first}, l’enregistrement en ligne du dossier {ref} est ouvert. Départ le {date} à {time} : {link}',
    ],
    ['Votre carte d’embarquement', 'Carte d’embarquement de {first} — dossier {ref}, siège 9F.'],
    [
      'Changement de voie : votre TGV part voie 7',
      'Votre train {brand} du {date} partira voie 7 à {time}.',
    ],
  ],
  es: [
    [
      'Ya puedes facturar tu vuelo a Roma',
      'Hola {first}, la facturación online de la reserva {ref} está abierta. Salida {date} {time}: {link}',
    ],
    ['Tu tarjeta de embarque', 'Tarjeta de embarque de {first} — reserva {ref}, asiento 17B.'],
    [
      'Cambio de puerta: ahora puerta K86',
      'Tu vuelo de {brand} del {date} sale ahora por la puerta K86 a las {time}.',
    ],
  ],
  pt: [
    [
      'Check-in disponível para o seu voo para Madrid',
      'Olá {first}, o check-in online da reserva {ref} está aberto. Partida {date} {time}: {link}',
    ],
    ['Seu cartão de embarque', 'Cartão de embarque de {first} — reserva {ref}, assento 21D.'],
    [
      'Reserva confirmada: hotel em Ouro Preto',
      'Sua reserva {ref} com {brand} está confirmada. Check-in em {date} a partir das 14h.',
    ],
  ],
  it: [
    [
      'Check-in aperto per il tuo volo per Parigi',
      'Ciao {first}, il check-in online della prenotazione {ref} è aperto. Partenza {date} {time}: {link}',
    ],
    ['La tua carta d’imbarco', 'Carta d’imbarco di {first} — prenotazione {ref}, posto 11A.'],
    [
      'Cambio binario: il tuo Frecciarossa parte dal binario 9',
      'Il treno {brand} del {date} parte dal binario 9 alle {time}.',
    ],
  ],
  nl: [
    [
      'Inchecken geopend voor je vlucht naar Barcelona',
      'Hoi {first}, online inchecken voor boeking {ref} is geopend. Vertrek {date} {time}: {link}',
    ],
    ['Je instapkaart', 'Instapkaart voor {first} — boeking {ref}, stoel 6C.'],
    [
      'Gatewijziging: nu gate D7',
      'Je vlucht met {brand} op {date} vertrekt nu van gate D7 om {time}.',
    ],
  ],
}
