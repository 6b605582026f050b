// Card, bank, payment and withdrawal notices, written for this set: they open with a greeting
// and carry amounts and "requests", as relay mail does, but are important mail.
import type { LookClass } from './types.ts'

export const CARD: LookClass = {
  name: 'card-alert',
  label: 'important',
  locals: ['alerts', 'notifications', 'kaart'],
  texts: {
    en: [
      [
        'Card ending {last4}: {amount} spent',
        'Hi {first}, a payment of {amount} at {item} was made with your card ending {last4} just now. Not you? Freeze the card in the app.',
      ],
      [
        'You sent {amount} to {contact}',
        'Hello {first},\n\nyour transfer of {amount} to {contact} has been completed. Reference: {order}.',
      ],
    ],
    de: [
      [
        'Umsatz mit Ihrer Karte …{last4}',
        'Hallo {first}, mit Ihrer Karte endend auf {last4} wurden soeben {amount} bei {item} bezahlt. Waren Sie das nicht, sperren Sie die Karte sofort in der App.',
      ],
      [
        'Überweisung ausgeführt',
        'Guten Tag {first},\n\nIhre Überweisung über {amount} an {contact} wurde ausgeführt. Verwendungszweck: {order}.',
      ],
    ],
    fr: [
      [
        'Paiement par carte de {amount}',
        'Bonjour {first}, un paiement de {amount} chez {item} vient d’être effectué avec votre carte se terminant par {last4}. Ce n’est pas vous ? Faites opposition depuis l’application.',
      ],
      [
        'Virement reçu',
        'Bonjour {first},\n\nvous avez reçu un virement de {amount} de la part de {contact}.',
      ],
    ],
    es: [
      [
        'Cargo de {amount} en tu tarjeta',
        'Hola {first}, se ha realizado un pago de {amount} en {item} con tu tarjeta terminada en {last4}. ¿No has sido tú? Bloquéala en la app.',
      ],
      [
        'Has recibido un Bizum',
        'Hola {first}, {contact} te ha enviado {amount}. Concepto: {order}.',
      ],
    ],
    pt: [
      [
        'Compra de {amount} no cartão final {last4}',
        'Olá {first}, foi feita uma compra de {amount} em {item} com o seu cartão terminado em {last4}. Não reconhece? Bloqueie-o na app.',
      ],
      [
        'Transferência recebida',
        'Olá {first}, recebeu uma transferência de {amount} de {contact}. Referência {order}.',
      ],
    ],
    it: [
      [
        'Addebito di {amount} sulla carta',
        'Ciao {first}, è stato effettuato un pagamento di {amount} presso {item} con la carta che termina con {last4}. Non sei stato tu? Blocca la carta dall’app.',
      ],
      [
        'Bonifico ricevuto',
        'Gentile {first}, ha ricevuto un bonifico di {amount} da {contact}. Causale: {order}.',
      ],
    ],
    nl: [
      [
        'Betaling van {amount} met je pas',
        'Hoi {first}, met je pas eindigend op {last4} is zojuist {amount} betaald bij {item}. Was jij dit niet? Blokkeer je pas in de app.',
      ],
      [
        'Tikkie betaald',
        'Hoi {first}, {contact} heeft {amount} aan je betaald. Omschrijving: {order}.',
      ],
    ],
  },
}

export const WITHDRAWAL: LookClass = {
  name: 'withdrawal',
  label: 'important',
  locals: ['no-reply', 'wallet', 'security'],
  texts: {
    en: [
      [
        'Withdrawal request processed',
        'Hi {first}, your withdrawal request for {usdt} USDT to the address ending {last4} was processed. If you did not request it, lock your account now.',
      ],
    ],
    de: [
      [
        'Auszahlungsanfrage bearbeitet',
        'Hallo {first}, deine Auszahlung von {usdt} USDT an die Adresse mit Endung {last4} wurde ausgeführt.',
      ],
    ],
    fr: [
      [
        'Votre demande de retrait a été traitée',
        'Bonjour {first}, votre retrait de {usdt} USDT vers l’adresse se terminant par {last4} a été effectué.',
      ],
    ],
    es: [
      [
        'Solicitud de retiro completada',
        'Hola {first}, tu retiro de {usdt} USDT a la dirección terminada en {last4} se ha completado.',
      ],
    ],
    pt: [
      [
        'Pedido de levantamento concluído',
        'Olá {first}, o seu levantamento de {usdt} USDT para o endereço terminado em {last4} foi concluído.',
      ],
    ],
    it: [
      [
        'Richiesta di prelievo elaborata',
        'Ciao {first}, il prelievo di {usdt} USDT verso l’indirizzo che termina con {last4} è stato elaborato.',
      ],
    ],
    nl: [
      [
        'Opnameverzoek verwerkt',
        'Hoi {first}, je opname van {usdt} USDT naar het adres eindigend op {last4} is verwerkt.',
      ],
    ],
  },
}

export const PASSWORD_CHANGED: LookClass = {
  name: 'password-changed',
  label: 'important',
  locals: ['security', 'account', 'no-reply'],
  texts: {
    en: [
      [
        'Password updated',
        'Hi {first}, the password of your {brand} account was just changed. If this was not you, reset it right away: {link}',
      ],
    ],
    de: [
      [
        'Änderung Ihres Passworts',
        'Hallo {first}, das Passwort Ihres {brand}-Kontos wurde soeben geändert. Waren Sie das nicht? Setzen Sie es sofort zurück: {link}',
      ],
    ],
    fr: [
      [
        'Changement de votre mot de passe',
        'Bonjour {first}, le mot de passe de votre compte {brand} vient d’être modifié. Si ce n’est pas vous, réinitialisez-le immédiatement : {link}',
      ],
    ],
    es: [
      [
        'Tu contraseña ha cambiado',
        'Hola {first}, se ha cambiado la contraseña de tu cuenta de {brand}. Si no fuiste tú, restablécela ahora: {link}',
      ],
    ],
    pt: [
      [
        'Senha alterada',
        'Olá {first}, a senha da sua conta {brand} foi alterada. Se não foi você, redefina-a já: {link}',
      ],
    ],
    it: [
      [
        'Password modificata',
        'Ciao {first}, la password del tuo account {brand} è stata cambiata. Se non sei stato tu, reimpostala subito: {link}',
      ],
    ],
    nl: [
      [
        'Wachtwoord gewijzigd',
        'Hoi {first}, het wachtwoord van je {brand}-account is gewijzigd. Was jij dit niet? Stel het direct opnieuw in: {link}',
      ],
    ],
  },
}
