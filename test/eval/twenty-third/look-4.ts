// Look-alike texts, classes 12-14: bank and card alerts (new device, password or 2FA changed),
// orders, shipping, delivery and pickup, and travel (check-in, boarding pass, booking, gate).
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const BANK_ALERT: Texts = {
  en: [
    'Card payment of £{amount} at {other} | Your {brand} debit card ending 4821 was used just now. Not you? Freeze the card in the app.',
    'New sign-in to your {brand} account | We noticed a login from Chrome on Windows near Leeds. If this was you, no action is needed.',
    'Your two-factor settings changed | Hi {name}, an authenticator app was added to your {brand} account. Didn’t do this? Contact us at once.',
  ],
  de: [
    'Kartenzahlung über {amount} € bei {other} | Ihre {brand}-Karte mit Endung 1934 wurde soeben belastet.',
    'Neue Anmeldung in Ihrem {brand}-Konto | Anmeldung von einem neuen Gerät (iPhone, München). Waren Sie das nicht? Sperren Sie den Zugang.',
    'Ihr Passwort wurde geändert | Hallo {name}, das Passwort Ihres {brand}-Onlinebankings wurde geändert.',
  ],
  fr: [
    'Paiement par carte de {amount} € chez {other} | Votre carte {brand} se terminant par 2290 vient d’être utilisée.',
    'Nouvelle connexion à votre espace {brand} | Connexion depuis un nouvel appareil (Android, Lyon). Ce n’était pas vous ? Contactez-nous.',
    'Votre double authentification a été modifiée | Bonjour {name}, un nouvel appareil de confiance a été ajouté.',
  ],
  es: [
    'Pago con tarjeta de {amount} € en {other} | Tu tarjeta {brand} terminada en 7710 se acaba de usar.',
    'Nuevo inicio de sesión en {brand} | Acceso desde un dispositivo nuevo (Android, Sevilla). ¿No has sido tú? Bloquea el acceso.',
    'Tu contraseña ha cambiado | Hola {name}, la contraseña de tu banca {brand} se ha modificado.',
  ],
  pt: [
    'Compra de {amount} € em {other} | O seu cartão {brand} terminado em 5512 foi usado agora.',
    'Novo acesso à sua conta {brand} | Entrada a partir de um novo dispositivo (iPhone, Porto). Não foi você? Bloqueie o acesso.',
    'Sua verificação em duas etapas foi alterada | Oi {name}, um novo aparelho foi adicionado à sua conta {brand}.',
  ],
  it: [
    'Pagamento con carta di {amount} € presso {other} | La tua carta {brand} che termina con 3307 è stata appena usata.',
    'Nuovo accesso al tuo conto {brand} | Accesso da un nuovo dispositivo (Android, Torino). Non sei tu? Blocca l’accesso.',
    'La tua password è stata modificata | Ciao {name}, la password dell’home banking {brand} è stata cambiata.',
  ],
  nl: [
    'Betaling van € {amount} bij {other} | Je {brand}-pas eindigend op 6620 is zojuist gebruikt.',
    'Nieuwe login op je {brand}-rekening | Inlog vanaf een nieuw apparaat (iPhone, Utrecht). Was jij dit niet? Blokkeer de toegang.',
    'Je tweestapsverificatie is gewijzigd | Hoi {name}, er is een nieuw apparaat gekoppeld aan je {brand}-account.',
  ],
}

export const ORDER: Texts = {
  en: [
    'Your {brand} order #{ref} has shipped | Good news, {name}! It’s on its way with DPD and should arrive Thursday. Track: {link}',
    'Order confirmed: #{ref} | Thanks for your order. Total £{amount}. We’ll email you when it ships.',
    'Your parcel is ready for pickup | Collect it at the {brand} locker on Station Road with PIN {code} within 7 days.',
  ],
  de: [
    'Deine {brand}-Bestellung {ref} ist unterwegs | Hallo {name}, dein Paket kommt voraussichtlich Donnerstag. Sendungsverfolgung: {link}',
    'Bestellbestätigung Nr. {ref} | Vielen Dank für Ihre Bestellung über {amount} €.',
    'Ihr Paket liegt zur Abholung bereit | Abholung in der {brand}-Packstation mit Code {code} innerhalb von 7 Tagen.',
  ],
  fr: [
    'Votre commande {brand} n°{ref} est expédiée | Bonjour {name}, livraison prévue jeudi. Suivi : {link}',
    'Confirmation de commande n°{ref} | Merci pour votre commande de {amount} €.',
    'Votre colis vous attend en point relais | Retrait chez {brand} avec le code {code} sous 7 jours.',
  ],
  es: [
    'Tu pedido {brand} n.º {ref} ya está en camino | Hola {name}, llegará el jueves. Seguimiento: {link}',
    'Confirmación del pedido {ref} | Gracias por tu compra de {amount} €.',
    'Tu paquete está listo para recoger | Recógelo en el punto {brand} con el código {code} en 7 días.',
  ],
  pt: [
    'A sua encomenda {brand} n.º {ref} foi expedida | Olá {name}, chega na quinta-feira. Seguir: {link}',
    'Pedido confirmado nº {ref} | Obrigado pela compra de R$ {amount}.',
    'Sua encomenda está pronta para levantamento | Levante no cacifo {brand} com o código {code} em 7 dias.',
  ],
  it: [
    'Il tuo ordine {brand} n. {ref} è stato spedito | Ciao {name}, arriverà giovedì. Traccia: {link}',
    'Conferma ordine n. {ref} | Grazie per il tuo acquisto di {amount} €.',
    'Il tuo pacco è pronto per il ritiro | Ritiralo al locker {brand} con il codice {code} entro 7 giorni.',
  ],
  nl: [
    'Je {brand}-bestelling {ref} is verzonden | Hoi {name}, hij komt donderdag. Volgen: {link}',
    'Bestelbevestiging {ref} | Bedankt voor je bestelling van € {amount}.',
    'Je pakket ligt klaar om op te halen | Haal het op bij het {brand}-punt met code {code} binnen 7 dagen.',
  ],
}

export const TRAVEL: Texts = {
  en: [
    'Check-in is now open for your flight to Lisbon | {name}, check in for {brand} flight {ref} and get your boarding pass: {link}',
    'Your boarding pass – {brand} {ref} | Gate closes 20 minutes before departure. Seat 14C.',
    'Gate change: flight {ref} now departs from B32 | {brand} update: new gate B32, boarding at 17:05.',
  ],
  de: [
    'Online-Check-in geöffnet: Ihr Flug nach Lissabon | {name}, checken Sie jetzt für {brand} Flug {ref} ein: {link}',
    'Buchungsbestätigung {ref} – {brand} | Ihre Zugfahrt Köln–Berlin am 12.12. ist gebucht. Gesamtpreis {amount} €.',
    'Gate-Änderung: Flug {ref} ab B32 | Neues Gate B32, Boarding 17:05 Uhr.',
  ],
  fr: [
    'L’enregistrement est ouvert pour votre vol vers Lisbonne | {name}, enregistrez-vous sur le vol {brand} {ref} : {link}',
    'Votre carte d’embarquement – {brand} {ref} | Fermeture de la porte 20 min avant le départ. Siège 14C.',
    'Réservation confirmée – dossier {ref} | Votre séjour à l’hôtel {brand} du 12 au 14 décembre est confirmé.',
  ],
  es: [
    'Ya puedes facturar tu vuelo a Lisboa | {name}, haz el check-in del vuelo {brand} {ref}: {link}',
    'Tu tarjeta de embarque – {brand} {ref} | La puerta cierra 20 minutos antes. Asiento 14C.',
    'Cambio de puerta: el vuelo {ref} sale por la B32 | Nueva puerta B32, embarque a las 17:05.',
  ],
  pt: [
    'O check-in do seu voo para Lisboa já está aberto | {name}, faça o check-in do voo {brand} {ref}: {link}',
    'Seu cartão de embarque – {brand} {ref} | O portão fecha 20 minutos antes. Assento 14C.',
    'Reserva confirmada – código {ref} | A sua estadia no hotel {brand} de 12 a 14 de dezembro está confirmada.',
  ],
  it: [
    'Check-in aperto per il tuo volo per Lisbona | {name}, fai il check-in del volo {brand} {ref}: {link}',
    'La tua carta d’imbarco – {brand} {ref} | Il gate chiude 20 minuti prima. Posto 14C.',
    'Cambio gate: il volo {ref} parte dal B32 | Nuovo gate B32, imbarco alle 17:05.',
  ],
  nl: [
    'Inchecken is geopend voor je vlucht naar Lissabon | {name}, check in voor {brand}-vlucht {ref}: {link}',
    'Je instapkaart – {brand} {ref} | De gate sluit 20 minuten voor vertrek. Stoel 14C.',
    'Boeking bevestigd – {ref} | Je verblijf in hotel {brand} van 12 t/m 14 december is bevestigd.',
  ],
}
