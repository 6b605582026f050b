// Look-alike texts (bank and card alerts, orders and deliveries, travel), "subject|body",
// written for this set; all of them important mail.
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const BANK: Texts = {
  en: [
    'Card payment of {amount} at {place}|Your {brand} debit card ending 2290 was used on {date} at {time}. Not you? Freeze the card in the app.',
    'New sign-in to {brand} from Firefox on Windows|We noticed a login on {date} at {time} near {place}. If this was you, no action is needed.',
    'Your {brand} password was changed|The password for your online banking was changed on {date}. Call us at once if you did not do this.',
  ],
  de: [
    'Kartenzahlung über {amount} bei {place}|Ihre {brand}-Debitkarte mit Endziffern 2290 wurde am {date} um {time} eingesetzt. Nicht Sie? Sperren Sie die Karte in der App.',
    'Neue Anmeldung bei {brand} von Firefox unter Windows|Am {date} um {time} gab es eine Anmeldung in der Nähe von {place}. Waren Sie das, ist nichts zu tun.',
    'Ihr {brand}-Passwort wurde geändert|Das Passwort Ihres Onlinebankings wurde am {date} geändert. Rufen Sie uns sofort an, wenn Sie das nicht waren.',
  ],
  fr: [
    'Paiement par carte de {amount} chez {place}|Votre carte {brand} se terminant par 2290 a été utilisée le {date} à {time}. Pas vous ? Bloquez-la dans l’appli.',
    'Nouvelle connexion à {brand} depuis Firefox sur Windows|Connexion détectée le {date} à {time} près de {place}. Si c’était vous, rien à faire.',
    'Votre mot de passe {brand} a été modifié|Le mot de passe de votre banque en ligne a été changé le {date}. Appelez-nous immédiatement si ce n’était pas vous.',
  ],
  es: [
    'Pago con tarjeta de {amount} en {place}|Tu tarjeta {brand} terminada en 2290 se usó el {date} a las {time}. ¿No fuiste tú? Bloquéala en la app.',
    'Nuevo inicio de sesión en {brand} desde Firefox en Windows|Detectamos un acceso el {date} a las {time} cerca de {place}. Si fuiste tú, no hagas nada.',
    'Se ha cambiado tu contraseña de {brand}|La contraseña de tu banca online cambió el {date}. Llámanos enseguida si no fuiste tú.',
  ],
  pt: [
    'Pagamento com cartão de {amount} em {place}|O seu cartão {brand} terminado em 2290 foi usado a {date} às {time}. Não foi você? Bloqueie-o na app.',
    'Novo acesso à {brand} a partir do Firefox em Windows|Detetámos um acesso a {date} às {time} perto de {place}. Se foi você, não precisa de fazer nada.',
    'A sua palavra-passe {brand} foi alterada|A palavra-passe do homebanking foi alterada a {date}. Ligue-nos já se não foi você.',
  ],
  it: [
    'Pagamento con carta di {amount} presso {place}|La tua carta {brand} che termina con 2290 è stata usata il {date} alle {time}. Non sei stato tu? Bloccala nell’app.',
    'Nuovo accesso a {brand} da Firefox su Windows|Abbiamo rilevato un accesso il {date} alle {time} vicino a {place}. Se eri tu, non serve fare nulla.',
    'La tua password {brand} è stata modificata|La password dell’home banking è cambiata il {date}. Chiamaci subito se non sei stato tu.',
  ],
  nl: [
    'Kaartbetaling van {amount} bij {place}|Je {brand}-pas eindigend op 2290 is gebruikt op {date} om {time}. Was jij dit niet? Blokkeer de pas in de app.',
    'Nieuwe aanmelding bij {brand} via Firefox op Windows|We zagen een login op {date} om {time} bij {place}. Was jij het, dan hoef je niets te doen.',
    'Je wachtwoord voor {brand} is gewijzigd|Het wachtwoord van je internetbankieren is op {date} gewijzigd. Bel ons direct als jij dit niet was.',
  ],
}

export const ORDER: Texts = {
  en: [
    'Order {ref} confirmed|Thanks for shopping at {brand}. Total {amount}. We will email you when it ships.',
    'Your parcel is on its way|Order {ref} from {brand} left our warehouse. Track it: {link}',
    'Ready for pickup at {place}|Your {brand} parcel waits at the pickup point until {date}. Pickup code {code}.',
  ],
  de: [
    'Bestellung {ref} bestätigt|Danke für Ihren Einkauf bei {brand}. Summe {amount}. Wir melden uns beim Versand.',
    'Ihr Paket ist unterwegs|Bestellung {ref} von {brand} hat unser Lager verlassen. Sendungsverfolgung: {link}',
    'Abholbereit in {place}|Ihr {brand}-Paket liegt bis {date} in der Filiale. Abholcode {code}.',
  ],
  fr: [
    'Commande {ref} confirmée|Merci pour votre achat chez {brand}. Total {amount}. Nous vous écrirons à l’expédition.',
    'Votre colis est en route|La commande {ref} de {brand} a quitté l’entrepôt. Suivi : {link}',
    'Disponible en point relais à {place}|Votre colis {brand} vous attend jusqu’au {date}. Code de retrait {code}.',
  ],
  es: [
    'Pedido {ref} confirmado|Gracias por comprar en {brand}. Total {amount}. Te avisaremos cuando salga.',
    'Tu paquete está en camino|El pedido {ref} de {brand} salió del almacén. Seguimiento: {link}',
    'Listo para recoger en {place}|Tu paquete de {brand} te espera hasta el {date}. Código de recogida {code}.',
  ],
  pt: [
    'Encomenda {ref} confirmada|Obrigado por comprar na {brand}. Total {amount}. Avisamos quando for expedida.',
    'A sua encomenda está a caminho|A encomenda {ref} da {brand} saiu do armazém. Seguir: {link}',
    'Pronta a levantar em {place}|A sua encomenda {brand} espera até {date}. Código de levantamento {code}.',
  ],
  it: [
    'Ordine {ref} confermato|Grazie per l’acquisto su {brand}. Totale {amount}. Ti scriviamo alla spedizione.',
    'Il tuo pacco è in viaggio|L’ordine {ref} di {brand} ha lasciato il magazzino. Traccialo: {link}',
    'Pronto per il ritiro a {place}|Il tuo pacco {brand} ti aspetta fino al {date}. Codice di ritiro {code}.',
  ],
  nl: [
    'Bestelling {ref} bevestigd|Bedankt voor je aankoop bij {brand}. Totaal {amount}. We mailen zodra het verzonden is.',
    'Je pakket is onderweg|Bestelling {ref} van {brand} heeft ons magazijn verlaten. Volgen: {link}',
    'Klaar om op te halen in {place}|Je {brand}-pakket ligt tot {date} klaar. Ophaalcode {code}.',
  ],
}

export const TRAVEL: Texts = {
  en: [
    'Check-in is open for your flight to {place}|Booking {ref}. Check in now and get your boarding pass: {link}',
    'Your boarding pass – {brand} {code}|Gate closes 20 minutes before departure at {time}. Have a good trip!',
    'Gate change: flight {code} now leaves from B14|Your {brand} flight to {place} departs from a new gate. Departure {time}.',
  ],
  de: [
    'Der Check-in für Ihren Flug nach {place} ist geöffnet|Buchung {ref}. Jetzt einchecken und Bordkarte holen: {link}',
    'Ihre Bordkarte – {brand} {code}|Das Gate schließt 20 Minuten vor Abflug um {time}. Gute Reise!',
    'Gate-Änderung: Flug {code} jetzt ab B14|Ihr {brand}-Flug nach {place} startet von einem neuen Gate. Abflug {time}.',
  ],
  fr: [
    'L’enregistrement est ouvert pour votre vol vers {place}|Réservation {ref}. Enregistrez-vous et obtenez votre carte d’embarquement : {link}',
    'Votre carte d’embarquement – {brand} {code}|La porte ferme 20 minutes avant le départ à {time}. Bon voyage !',
    'Changement de porte : le vol {code} part de B14|Votre vol {brand} vers {place} part d’une nouvelle porte. Départ {time}.',
  ],
  es: [
    'Ya puedes facturar tu vuelo a {place}|Reserva {ref}. Haz el check-in y descarga tu tarjeta de embarque: {link}',
    'Tu tarjeta de embarque – {brand} {code}|La puerta cierra 20 minutos antes de la salida a las {time}. ¡Buen viaje!',
    'Cambio de puerta: el vuelo {code} sale ahora de B14|Tu vuelo de {brand} a {place} sale de otra puerta. Salida {time}.',
  ],
  pt: [
    'O check-in do seu voo para {place} está aberto|Reserva {ref}. Faça check-in e obtenha o cartão de embarque: {link}',
    'O seu cartão de embarque – {brand} {code}|A porta fecha 20 minutos antes da partida às {time}. Boa viagem!',
    'Mudança de porta: voo {code} parte agora da B14|O seu voo {brand} para {place} parte de outra porta. Partida {time}.',
  ],
  it: [
    'Il check-in per il tuo volo per {place} è aperto|Prenotazione {ref}. Fai il check-in e scarica la carta d’imbarco: {link}',
    'La tua carta d’imbarco – {brand} {code}|Il gate chiude 20 minuti prima della partenza alle {time}. Buon viaggio!',
    'Cambio gate: il volo {code} parte ora dal B14|Il tuo volo {brand} per {place} parte da un altro gate. Partenza {time}.',
  ],
  nl: [
    'Inchecken voor je vlucht naar {place} is geopend|Boeking {ref}. Check nu in en haal je instapkaart: {link}',
    'Je instapkaart – {brand} {code}|De gate sluit 20 minuten voor vertrek om {time}. Goede reis!',
    'Gatewijziging: vlucht {code} vertrekt nu van B14|Je {brand}-vlucht naar {place} vertrekt van een andere gate. Vertrek {time}.',
  ],
}
