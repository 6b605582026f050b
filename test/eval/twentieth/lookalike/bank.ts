// 12. Bank and card alerts, sign-ins from a new device, password or two-step changes: labelled
// important.
import type { LookClass } from './types.ts'

export const BANK: LookClass = {
  name: 'bank',
  label: 'important',
  sender: 'brand',
  brands: ['{Stem} Bank', '{Stem} Card', '{Stem} Bank'],
  locals: ['alerts', 'security', 'noreply'],
  texts: {
    en: [
      [
        'Card transaction of {amount}',
        'Your {brand} card ending {last4} was used for {amount} at {shop} on {today} at {time}.\n\nNot you? Freeze your card in the app or call the number on the back of your card.',
      ],
      [
        'New sign-in to your account',
        'Hi {name},\n\nWe noticed a new sign-in to your {brand} account.\n\nDevice: {device}\nLocation: {city}\nTime: {today}, {time}\n\nIf this was you, you can ignore this email. If not, secure your account: {link}',
      ],
      [
        'Your two-step verification settings changed',
        "Two-step verification was turned on for your {brand} account on {today}. If you didn't make this change, contact us immediately via {link}.",
      ],
    ],
    de: [
      [
        'Kartenzahlung über {amount}',
        'Mit Ihrer {brand}-Karte •••• {last4} wurden am {today} um {time} {amount} bei {shop} bezahlt.\n\nNicht Sie? Sperren Sie die Karte sofort in der App.',
      ],
      [
        'Neue Anmeldung in Ihrem Konto',
        'Hallo {name},\n\nes gab eine neue Anmeldung bei {brand}.\n\nGerät: {device}\nOrt: {city}\nZeit: {today}, {time}\n\nWaren Sie das nicht? Schützen Sie Ihr Konto: {link}',
      ],
      [
        'Ihr Passwort wurde geändert',
        'Das Passwort für Ihr {brand}-Onlinebanking wurde am {today} um {time} geändert. Falls Sie das nicht waren, rufen Sie uns umgehend an.',
      ],
    ],
    fr: [
      [
        'Paiement par carte de {amount}',
        "Votre carte {brand} se terminant par {last4} a été utilisée pour {amount} chez {shop} le {today} à {time}.\n\nCe n'est pas vous ? Faites opposition depuis l'application.",
      ],
      [
        'Nouvelle connexion à votre compte',
        "Bonjour {name},\n\nUne nouvelle connexion à votre espace {brand} a été détectée.\n\nAppareil : {device}\nLieu : {city}\nHeure : {today}, {time}\n\nSi ce n'était pas vous, sécurisez votre compte : {link}",
      ],
      [
        'Votre mot de passe a été modifié',
        "Le mot de passe de votre espace client {brand} a été modifié le {today} à {time}. Si vous n'êtes pas à l'origine de cette modification, contactez-nous immédiatement.",
      ],
    ],
    es: [
      [
        'Compra con tarjeta por {amount}',
        'Tu tarjeta {brand} terminada en {last4} se ha usado para pagar {amount} en {shop} el {today} a las {time}.\n\n¿No has sido tú? Bloquea la tarjeta desde la app.',
      ],
      [
        'Nuevo inicio de sesión en tu cuenta',
        'Hola {name}:\n\nHemos detectado un nuevo acceso a tu cuenta de {brand}.\n\nDispositivo: {device}\nUbicación: {city}\nHora: {today}, {time}\n\nSi no has sido tú, protege tu cuenta: {link}',
      ],
      [
        'Se ha cambiado tu verificación en dos pasos',
        'La verificación en dos pasos de tu cuenta {brand} se modificó el {today}. Si no has sido tú, contacta con nosotros en {link}.',
      ],
    ],
    pt: [
      [
        'Compra com cartão de {amount}',
        'O seu cartão {brand} terminado em {last4} foi usado para pagar {amount} em {shop} a {today} às {time}.\n\nNão foi você? Bloqueie o cartão na app.',
      ],
      [
        'Novo início de sessão na sua conta',
        'Olá {name},\n\nDetetámos um novo acesso à sua conta {brand}.\n\nDispositivo: {device}\nLocal: {city}\nHora: {today}, {time}\n\nSe não foi você, proteja a conta: {link}',
      ],
      [
        'A sua palavra-passe foi alterada',
        'A palavra-passe do seu homebanking {brand} foi alterada a {today} às {time}. Se não foi você, contacte-nos de imediato.',
      ],
    ],
    it: [
      [
        'Pagamento con carta di {amount}',
        "La tua carta {brand} che termina con {last4} è stata usata per {amount} presso {shop} il {today} alle {time}.\n\nNon sei stato tu? Blocca la carta dall'app.",
      ],
      [
        'Nuovo accesso al tuo account',
        'Ciao {name},\n\nabbiamo rilevato un nuovo accesso al tuo conto {brand}.\n\nDispositivo: {device}\nLuogo: {city}\nOra: {today}, {time}\n\nSe non sei stato tu, proteggi il tuo account: {link}',
      ],
      [
        'Verifica in due passaggi modificata',
        'La verifica in due passaggi del tuo account {brand} è stata modificata il {today}. Se non sei stato tu, contattaci subito: {link}',
      ],
    ],
    nl: [
      [
        'Kaartbetaling van {amount}',
        'Met je {brand}-pas eindigend op {last4} is op {today} om {time} {amount} betaald bij {shop}.\n\nNiet herkend? Blokkeer je pas direct in de app.',
      ],
      [
        'Nieuwe inlog op je account',
        'Hoi {name},\n\nEr is ingelogd op je {brand}-account vanaf een nieuw apparaat.\n\nApparaat: {device}\nLocatie: {city}\nTijd: {today}, {time}\n\nWas jij dit niet? Beveilig je account: {link}',
      ],
      [
        'Je wachtwoord is gewijzigd',
        'Het wachtwoord van je {brand}-account is gewijzigd op {today} om {time}. Heb jij dit niet gedaan? Neem dan direct contact met ons op.',
      ],
    ],
  },
}
