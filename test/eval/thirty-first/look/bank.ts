// Class 12: bank and card alerts, sign-ins from a new device, password or 2FA changed (label
// `important`). Slots {brand} {name} {amount} {date} {time}.
import type { Lang } from '../../types.ts'

export const BANK: Record<Lang, readonly string[]> = {
  en: [
    'Card payment of {amount} approved|{brand}: a payment of {amount} at CITY PARKING was approved on your card ending 4417 at {time}. Not you? Call the number on your card.',
    'New sign-in from Chrome on Windows|We noticed a new sign-in to your {brand} account on {date} at {time}. If this was you, no action is needed.',
    'Your two-step verification was turned on|Hi {name}, 2-step verification is now on for your {brand} account.',
  ],
  de: [
    'Kartenzahlung über {amount} genehmigt|{brand}: Eine Zahlung über {amount} bei PARKHAUS CITY wurde um {time} mit Ihrer Karte …4417 genehmigt.',
    'Neue Anmeldung mit Chrome unter Windows|Am {date} um {time} hat sich ein neues Gerät bei Ihrem {brand}-Konto angemeldet.',
    'Ihr Passwort wurde geändert|Hallo {name}, das Passwort Ihres {brand}-Kontos wurde soeben geändert.',
  ],
  fr: [
    'Paiement par carte de {amount} accepté|{brand} : un paiement de {amount} chez PARKING CENTRE a été accepté à {time} avec votre carte …4417.',
    'Nouvelle connexion depuis Chrome sous Windows|Une connexion à votre compte {brand} a eu lieu le {date} à {time}.',
    'Votre mot de passe a été modifié|Bonjour {name}, le mot de passe de votre compte {brand} vient d’être changé.',
  ],
  es: [
    'Pago con tarjeta de {amount} aprobado|{brand}: se ha aprobado un pago de {amount} en PARKING CENTRO a las {time} con tu tarjeta …4417.',
    'Nuevo inicio de sesión desde Chrome en Windows|Se inició sesión en tu cuenta {brand} el {date} a las {time}.',
    'Se ha activado la verificación en dos pasos|Hola {name}, la verificación en dos pasos está activada en {brand}.',
  ],
  pt: [
    'Compra de {amount} aprovada no cartão|{brand}: compra de {amount} em ESTACIONAMENTO CENTRO aprovada às {time} no cartão final 4417.',
    'Novo acesso pelo Chrome no Windows|Detetámos um novo acesso à sua conta {brand} em {date} às {time}.',
    'Sua senha foi alterada|Olá {name}, a senha da sua conta {brand} acabou de ser alterada.',
  ],
  it: [
    'Pagamento con carta di {amount} autorizzato|{brand}: pagamento di {amount} presso PARCHEGGIO CENTRO autorizzato alle {time} con la carta …4417.',
    'Nuovo accesso da Chrome su Windows|Nuovo accesso al tuo conto {brand} il {date} alle {time}.',
    'La tua password è stata modificata|Ciao {name}, la password del tuo account {brand} è stata appena cambiata.',
  ],
  nl: [
    'Kaartbetaling van {amount} goedgekeurd|{brand}: een betaling van {amount} bij PARKEERGARAGE CENTRUM is om {time} goedgekeurd met je pas …4417.',
    'Nieuwe inlog via Chrome op Windows|Er is ingelogd op je {brand}-account op {date} om {time}.',
    'Je tweestapsverificatie is gewijzigd|Hoi {name}, de tweestapsverificatie van je {brand}-account is aangepast.',
  ],
}
