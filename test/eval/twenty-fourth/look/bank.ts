// Look-alike texts of one class (bank), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

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
