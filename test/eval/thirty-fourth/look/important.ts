// Look-alike texts written for this set, all labelled important: receipts and payments, bank and
// card alerts, orders and deliveries, travel.
import type { LookTexts } from './types.ts'

export const RECEIPTS: LookTexts = {
  en: [
    ['Your receipt from {brand}', 'Amount paid: {amount}. Card ending 4417. Receipt #{n}.'],
    ['You sent {amount} to Dana Price', 'Payment complete. It may take a few minutes to arrive.'],
    ['Payout on its way 💸', 'A payout of {amount} to your bank account was started today.'],
  ],
  de: [
    ['Ihre Quittung von {brand}', 'Bezahlter Betrag: {amount}. Beleg-Nr. {n}.'],
    ['Sie haben {amount} erhalten', 'Markus Weber hat Ihnen Geld gesendet.'],
    ['Auszahlung veranlasst', 'Wir haben {amount} auf Ihr Konto überwiesen.'],
  ],
  fr: [
    ['Votre reçu {brand}', 'Montant payé : {amount}. Reçu n° {n}.'],
    ['Vous avez reçu {amount}', 'Sophie Martin vous a envoyé de l’argent.'],
    ['Virement effectué', 'Un versement de {amount} vers votre compte a été lancé.'],
  ],
  es: [
    ['Tu recibo de {brand}', 'Importe pagado: {amount}. Recibo n.º {n}.'],
    ['Has recibido {amount}', 'Pablo García te ha enviado dinero por Bizum.'],
    ['Transferencia enviada', 'Hemos enviado {amount} a tu cuenta bancaria.'],
  ],
  pt: [
    ['Seu recibo da {brand}', 'Valor pago: {amount}. Recibo nº {n}.'],
    ['Pix recebido: {amount}', 'Você recebeu um Pix de Marcos Lima.'],
    ['Transferência enviada', 'Enviamos {amount} para sua conta.'],
  ],
  it: [
    ['La tua ricevuta {brand}', 'Importo pagato: {amount}. Ricevuta n. {n}.'],
    ['Hai ricevuto {amount}', 'Luca Rossi ti ha inviato denaro.'],
    ['Bonifico disposto', 'Abbiamo inviato {amount} sul tuo conto.'],
  ],
  nl: [
    ['Je betaalbewijs van {brand}', 'Betaald bedrag: {amount}. Bon nr. {n}.'],
    ['Je hebt {amount} ontvangen', 'Sanne heeft een Tikkie betaald.'],
    ['Uitbetaling onderweg', 'We hebben {amount} naar je rekening overgemaakt.'],
  ],
}

export const BANK: LookTexts = {
  en: [
    [
      'Card payment of {amount}',
      'A payment of {amount} was made with your card ending 4417 at {time}. Not you? Freeze your card in the app.',
    ],
    [
      'New sign-in from Chrome on Windows',
      'We noticed a new sign-in to your {brand} account. If this was you, no action is needed.',
    ],
    [
      'Your password was changed',
      'The password for your {brand} account was changed on {day}. Two-step verification is on.',
    ],
  ],
  de: [
    [
      'Kartenzahlung über {amount}',
      'Mit Ihrer Karte wurde um {time} bezahlt. Nicht Sie? Sperren Sie die Karte in der App.',
    ],
    ['Neue Anmeldung auf einem Gerät', 'Jemand hat sich bei Ihrem {brand}-Konto angemeldet.'],
    ['Passwort geändert', 'Das Passwort Ihres {brand}-Kontos wurde am {day} geändert.'],
  ],
  fr: [
    [
      'Paiement par carte de {amount}',
      'Un paiement a été effectué à {time}. Ce n’est pas vous ? Bloquez la carte.',
    ],
    [
      'Nouvelle connexion détectée',
      'Une connexion à votre compte {brand} depuis un nouvel appareil.',
    ],
    ['Mot de passe modifié', 'Le mot de passe de votre compte {brand} a été changé le {day}.'],
  ],
  es: [
    [
      'Pago con tarjeta de {amount}',
      'Se realizó un pago a las {time}. ¿No fuiste tú? Bloquea la tarjeta.',
    ],
    ['Nuevo inicio de sesión', 'Se ha accedido a tu cuenta de {brand} desde un dispositivo nuevo.'],
    ['Contraseña cambiada', 'La contraseña de tu cuenta {brand} se cambió el {day}.'],
  ],
  pt: [
    ['Compra no cartão: {amount}', 'Compra aprovada às {time}. Não reconhece? Bloqueie o cartão.'],
    ['Novo acesso à sua conta', 'Detectamos um acesso à sua conta {brand} em um novo aparelho.'],
    ['Senha alterada', 'A senha da sua conta {brand} foi alterada em {day}.'],
  ],
  it: [
    [
      'Pagamento con carta di {amount}',
      'Pagamento alle {time}. Non sei stato tu? Blocca la carta.',
    ],
    ['Nuovo accesso rilevato', 'Accesso al tuo account {brand} da un nuovo dispositivo.'],
    ['Password modificata', 'La password del tuo account {brand} è stata cambiata il {day}.'],
  ],
  nl: [
    [
      'Kaartbetaling van {amount}',
      'Er is om {time} met je pas betaald. Niet jij? Blokkeer je pas.',
    ],
    [
      'Nieuwe inlog op je account',
      'Er is ingelogd op je {brand}-account vanaf een nieuw apparaat.',
    ],
    ['Wachtwoord gewijzigd', 'Het wachtwoord van je {brand}-account is op {day} gewijzigd.'],
  ],
}

export const ORDERS: LookTexts = {
  en: [
    ['Order #{n} confirmed', 'Thanks {first}! Your order at {brand} ({amount}) is being packed.'],
    ['Your parcel is out for delivery 📦', 'Arriving today between {time} and 6 pm.'],
    ['Ready for pickup', 'Your parcel is at the pickup point. PIN {code}, valid 7 days.'],
  ],
  de: [
    ['Bestellbestätigung #{n}', 'Danke für deine Bestellung bei {brand} über {amount}.'],
    ['Ihr Paket kommt heute', 'Zustellung voraussichtlich zwischen {time} und 18 Uhr.'],
    ['Abholbereit in der Packstation', 'Abholcode {code}, 7 Tage gültig.'],
  ],
  fr: [
    [
      'Commande n° {n} confirmée',
      'Merci {first} ! Votre commande {brand} ({amount}) est en préparation.',
    ],
    ['Votre colis arrive aujourd’hui', 'Livraison prévue entre {time} et 18 h.'],
    ['Colis disponible en point relais', 'Code de retrait {code}, valable 7 jours.'],
  ],
  es: [
    [
      'Pedido n.º {n} confirmado',
      '¡Gracias {first}! Tu pedido en {brand} ({amount}) se está preparando.',
    ],
    ['Tu paquete llega hoy', 'Entrega prevista entre las {time} y las 18:00.'],
    ['Listo para recoger', 'Código de recogida {code}, válido 7 días.'],
  ],
  pt: [
    [
      'Pedido nº {n} confirmado',
      'Obrigado {first}! Seu pedido na {brand} ({amount}) está sendo separado.',
    ],
    ['Sua encomenda saiu para entrega', 'Previsão entre {time} e 18h.'],
    ['Pronto para retirada', 'Código de retirada {code}, válido por 7 dias.'],
  ],
  it: [
    [
      'Ordine n. {n} confermato',
      'Grazie {first}! Il tuo ordine {brand} ({amount}) è in preparazione.',
    ],
    ['Il pacco arriva oggi', 'Consegna prevista tra le {time} e le 18.'],
    ['Pronto per il ritiro', 'Codice di ritiro {code}, valido 7 giorni.'],
  ],
  nl: [
    [
      'Bestelling #{n} bevestigd',
      'Bedankt {first}! Je bestelling bij {brand} ({amount}) wordt ingepakt.',
    ],
    ['Je pakket wordt vandaag bezorgd', 'Verwacht tussen {time} en 18.00 uur.'],
    ['Klaar om op te halen', 'Ophaalcode {code}, 7 dagen geldig.'],
  ],
}

export const TRAVEL: LookTexts = {
  en: [
    [
      'Check-in is open',
      'Your flight to Lisbon on {day} is ready for online check-in. Booking ref {code}.',
    ],
    ['Your boarding pass ✈️', 'Gate closes 20 minutes before departure at {time}.'],
    ['Gate change: now B14', 'Your flight’s gate has changed. Departure still {time}.'],
  ],
  de: [
    ['Online-Check-in geöffnet', 'Ihr Flug am {day} ist bereit zum Check-in. Buchungscode {code}.'],
    ['Ihre Bordkarte', 'Boarding endet um {time}.'],
    ['Buchung bestätigt', 'Ihr Hotel in Wien vom {day}, Buchungsnr. {n}.'],
  ],
  fr: [
    ['L’enregistrement est ouvert', 'Votre vol du {day} est prêt. Référence {code}.'],
    ['Votre carte d’embarquement', 'Fin de l’embarquement à {time}.'],
    ['Changement de porte', 'Nouvelle porte : C22. Départ toujours à {time}.'],
  ],
  es: [
    ['Ya puedes facturar', 'Tu vuelo del {day} está listo. Localizador {code}.'],
    ['Tu tarjeta de embarque', 'El embarque cierra a las {time}.'],
    ['Reserva confirmada', 'Tu hotel en Sevilla, reserva n.º {n}.'],
  ],
  pt: [
    ['Check-in disponível', 'Seu voo de {day} já pode fazer check-in. Localizador {code}.'],
    ['Seu cartão de embarque', 'O embarque encerra às {time}.'],
    ['Mudança de portão', 'Novo portão: 12. Partida mantida às {time}.'],
  ],
  it: [
    ['Check-in aperto', 'Il tuo volo del {day} è pronto per il check-in. Codice {code}.'],
    ['La tua carta d’imbarco', 'L’imbarco chiude alle {time}.'],
    ['Prenotazione confermata', 'Il tuo hotel a Napoli, prenotazione n. {n}.'],
  ],
  nl: [
    ['Inchecken is geopend', 'Je vlucht van {day} is klaar om in te checken. Boekingscode {code}.'],
    ['Je instapkaart', 'De gate sluit om {time}.'],
    ['Gatewijziging', 'Nieuwe gate: D7. Vertrek nog steeds om {time}.'],
  ],
}
