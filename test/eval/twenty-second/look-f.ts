// Look-alike texts, important ones: receipts and payments, and bank / card / security alerts.
import type { LookTexts } from './look-types.ts'

export const RECEIPT: LookTexts = {
  en: [
    'Your receipt from {brand} #{ref} | Amount paid: {amount} // Paid with Visa •••• 4821 on {day}. Questions? Reply to this email.',
    'You sent {amount} to {who} | Your payment is complete. Transaction ID {ref}.',
    'Payment received – invoice {ref} | Thanks {first}, we’ve received {amount}. Your invoice is attached.',
  ],
  de: [
    'Ihr Beleg von {brand} Nr. {ref} | Betrag: {amount} // Bezahlt mit Mastercard •••• 1934 am {day}.',
    'Du hast {amount} an {who} gesendet | Deine Zahlung ist abgeschlossen. Transaktions-ID {ref}.',
    'Zahlungseingang zu Rechnung {ref} | Vielen Dank, wir haben {amount} erhalten.',
  ],
  fr: [
    'Votre reçu {brand} n° {ref} | Montant réglé : {amount} // Payé par carte •••• 5502 le {day}.',
    'Vous avez envoyé {amount} à {who} | Paiement effectué. Référence {ref}.',
    'Paiement reçu – facture {ref} | Merci {first}, nous avons bien reçu {amount}.',
  ],
  es: [
    'Tu recibo de {brand} n.º {ref} | Importe: {amount} // Pagado con tarjeta •••• 7710 el {day}.',
    'Has enviado {amount} a {who} | Pago completado. Referencia {ref}.',
    'Pago recibido – factura {ref} | Gracias {first}, hemos recibido {amount}.',
  ],
  pt: [
    'O seu recibo {brand} n.º {ref} | Valor pago: {amount} // Cartão •••• 3390, {day}.',
    'Você enviou {amount} para {who} | Pix concluído. ID da transação {ref}.',
    'Pagamento recebido – fatura {ref} | Obrigado {first}, recebemos {amount}.',
  ],
  it: [
    'La tua ricevuta {brand} n. {ref} | Importo pagato: {amount} // Carta •••• 6614, {day}.',
    'Hai inviato {amount} a {who} | Pagamento completato. ID {ref}.',
    'Pagamento ricevuto – fattura {ref} | Grazie {first}, abbiamo ricevuto {amount}.',
  ],
  nl: [
    'Je betaalbewijs van {brand} nr. {ref} | Betaald: {amount} // Met pas •••• 2208 op {day}.',
    'Je hebt {amount} naar {who} gestuurd | Betaling voltooid. Kenmerk {ref}.',
    'Betaling ontvangen – factuur {ref} | Bedankt {first}, we hebben {amount} ontvangen.',
  ],
}

export const BANK: LookTexts = {
  en: [
    'Card transaction of {amount} | Your {brand} card ending 4821 was used at an online store. Not you? Freeze your card in the app.',
    'New sign-in to your {brand} account | We noticed a login from a new device (Chrome, Lisbon) on {day} at {time}. If this was you, no action needed.',
    'Your password was changed | The password for your {brand} account was changed on {day}. If you didn’t do this, contact us now.',
  ],
  de: [
    'Kartenzahlung über {amount} | Mit Ihrer {brand}-Karte wurde bezahlt. Nicht Sie? Sperren Sie die Karte in der App.',
    'Neue Anmeldung bei {brand} | Anmeldung von einem neuen Gerät am {day} um {time}. Waren Sie das nicht, melden Sie sich bei uns.',
    'Zwei-Faktor-Authentifizierung geändert | Für Ihr {brand}-Konto wurde die 2FA-Methode geändert.',
  ],
  fr: [
    'Paiement par carte de {amount} | Votre carte {brand} a été utilisée. Ce n’est pas vous ? Bloquez-la dans l’appli.',
    'Nouvelle connexion à votre espace {brand} | Connexion depuis un nouvel appareil le {day} à {time}.',
    'Votre mot de passe a été modifié | Le mot de passe de votre compte {brand} a été changé le {day}.',
  ],
  es: [
    'Compra con tarjeta de {amount} | Se ha usado tu tarjeta {brand}. ¿No has sido tú? Bloquéala en la app.',
    'Nuevo inicio de sesión en {brand} | Acceso desde un dispositivo nuevo el {day} a las {time}.',
    'Se ha cambiado tu contraseña | La contraseña de tu cuenta {brand} se cambió el {day}.',
  ],
  pt: [
    'Compra no cartão: {amount} | O seu cartão {brand} foi usado. Não reconhece? Bloqueie na app.',
    'Novo acesso à sua conta {brand} | Acesso de um novo dispositivo em {day} às {time}.',
    'Sua senha foi alterada | A senha da sua conta {brand} foi alterada em {day}.',
  ],
  it: [
    'Pagamento con carta di {amount} | La tua carta {brand} è stata usata. Non sei tu? Bloccala nell’app.',
    'Nuovo accesso al tuo conto {brand} | Accesso da un nuovo dispositivo il {day} alle {time}.',
    'Password modificata | La password del tuo account {brand} è stata cambiata il {day}.',
  ],
  nl: [
    'Betaling met je pas: {amount} | Je {brand}-pas is gebruikt. Niet jij? Blokkeer je pas in de app.',
    'Nieuwe inlog bij {brand} | Ingelogd vanaf een nieuw apparaat op {day} om {time}.',
    'Je wachtwoord is gewijzigd | Het wachtwoord van je {brand}-account is gewijzigd op {day}.',
  ],
}
