// Look-alike texts, "subject|body": app and service notices, real people writing, receipts and
// payments, bank and card alerts.
import type { Lang } from '../../types.ts'

type T = Record<Lang, readonly string[]>

export const APP_NOTICE: T = {
  en: [
    'We’re updating our Terms of Service|Hi {first}, changes take effect on {date}. Read them: {link}',
    'Your {brand} storage is 95% full|Free up space or upgrade to keep syncing your photos.',
    'Your plan renews on {date}|Your {brand} Plus plan renews for {amount}. Manage: {link}',
  ],
  de: [
    'Wir aktualisieren unsere AGB|Hallo {first}, die Änderungen gelten ab {date}. Details: {link}',
    'Dein {brand}-Speicher ist fast voll|Gib Speicher frei oder wechsle den Tarif.',
    'Neu in {brand}: Ordner teilen|Ab heute kannst du ganze Ordner teilen. Mehr erfahren: {link}',
  ],
  fr: [
    'Mise à jour de nos conditions d’utilisation|Bonjour {first}, elles entrent en vigueur le {date}.',
    'Votre espace {brand} est presque plein|Libérez de l’espace ou changez d’offre.',
    'Votre abonnement est renouvelé le {date}|Montant : {amount}. Gérer : {link}',
  ],
  es: [
    'Actualizamos nuestros términos|Hola {first}, los cambios entran en vigor el {date}.',
    'Tu almacenamiento de {brand} está casi lleno|Libera espacio o mejora tu plan.',
    'Novedades en {brand}: modo oscuro|Ya puedes activarlo desde Ajustes.',
  ],
  pt: [
    'Atualizámos os termos de utilização|Olá {first}, as alterações entram em vigor a {date}.',
    'Seu armazenamento no {brand} está quase cheio|Libere espaço ou mude de plano.',
    'O seu plano renova a {date}|Valor: {amount}. Gerir: {link}',
  ],
  it: [
    'Aggiornamento dei termini di servizio|Ciao {first}, le modifiche valgono dal {date}.',
    'Lo spazio di {brand} è quasi pieno|Libera spazio o passa a un piano superiore.',
    'Il tuo piano si rinnova il {date}|Importo: {amount}. Gestisci: {link}',
  ],
  nl: [
    'We passen onze voorwaarden aan|Hoi {first}, de wijzigingen gelden vanaf {date}.',
    'Je {brand}-opslag is bijna vol|Maak ruimte vrij of kies een groter abonnement.',
    'Nieuw in {brand}: mappen delen|Vanaf vandaag kun je hele mappen delen.',
  ],
}

/** {sender} is a friend, family member or colleague. */
export const PEOPLE_MAIL: T = {
  en: [
    'Re: Saturday?|Sounds good, I’ll bring the salad. Shall we say 7? — {sender}',
    'photos from the weekend|Hey {first}, finally sorted them, link below. Mum says hi! {link}',
    'Re: quarterly figures|Thanks {first}, I went through the draft and left two comments on page 3.',
  ],
  de: [
    'AW: Samstag?|Klingt gut, ich bring den Salat mit. Um 19 Uhr? Liebe Grüsse, {sender}',
    'Fotos vom Wochenende|Hallo {first}, hier endlich die Bilder. Oma lässt grüssen!',
    'AW: Quartalszahlen|Danke {first}, ich habe zwei Anmerkungen auf Seite 3 hinterlassen.',
  ],
  fr: [
    'RE : samedi ?|Ça marche, j’apporte la salade. 19 h ? Bises, {sender}',
    'les photos du week-end|Coucou {first}, les voilà enfin. Maman t’embrasse !',
    'RE : chiffres du trimestre|Merci {first}, j’ai laissé deux remarques page 3.',
  ],
  es: [
    'RE: ¿el sábado?|Perfecto, llevo la ensalada. ¿A las 7? Un abrazo, {sender}',
    'fotos del finde|Hola {first}, por fin las tengo. ¡Mamá te manda besos!',
    'RE: cifras del trimestre|Gracias {first}, te dejé dos comentarios en la página 3.',
  ],
  pt: [
    'RE: sábado?|Combinado, eu levo a salada. Às 19h? Beijinhos, {sender}',
    'fotos do fim de semana|Oi {first}, finalmente aqui estão. A mãe manda beijos!',
    'RE: números do trimestre|Obrigado {first}, deixei dois comentários na página 3.',
  ],
  it: [
    'R: sabato?|Perfetto, porto io l’insalata. Alle 19? Un abbraccio, {sender}',
    'foto del weekend|Ciao {first}, finalmente eccole. La mamma ti saluta!',
    'R: numeri del trimestre|Grazie {first}, ho lasciato due commenti a pagina 3.',
  ],
  nl: [
    'Re: zaterdag?|Prima, ik neem de salade mee. Om 19 uur? Groetjes, {sender}',
    'foto’s van het weekend|Hoi {first}, eindelijk gesorteerd. Mam doet de groeten!',
    'Re: kwartaalcijfers|Dank {first}, ik heb twee opmerkingen op pagina 3 gezet.',
  ],
}

export const RECEIPT: T = {
  en: [
    'Your receipt from {brand} #{n}|Thanks for your purchase. Total paid: {amount} by Visa •••• 4417.',
    'You sent {amount} to {sender}|Payment completed. Reference {n}.',
    'Refund issued: {amount}|We’ve refunded order {n}; allow 3-5 days for it to reach your card.',
  ],
  de: [
    'Ihre Quittung von {brand} Nr. {n}|Vielen Dank für Ihren Einkauf. Bezahlt: {amount} per Mastercard •••• 2290.',
    'Du hast {amount} an {sender} gesendet|Zahlung abgeschlossen. Referenz {n}.',
    'Erstattung veranlasst: {amount}|Die Gutschrift für Bestellung {n} erscheint in 3-5 Tagen.',
  ],
  fr: [
    'Votre reçu {brand} n° {n}|Merci pour votre achat. Montant payé : {amount} par CB •••• 8812.',
    'Vous avez reçu {amount} de {sender}|Virement instantané reçu. Référence {n}.',
    'Remboursement effectué : {amount}|Commande {n} remboursée sous 3 à 5 jours.',
  ],
  es: [
    'Tu recibo de {brand} n.º {n}|Gracias por tu compra. Total: {amount} con Visa •••• 1063.',
    'Has enviado {amount} a {sender}|Bizum completado. Referencia {n}.',
    'Reembolso emitido: {amount}|Hemos devuelto el pedido {n}; tardará de 3 a 5 días.',
  ],
  pt: [
    'O seu recibo {brand} n.º {n}|Obrigado pela compra. Total pago: {amount} com MB Way.',
    'Você recebeu um Pix de {amount}|{sender} enviou um Pix. Identificador {n}.',
    'Reembolso efetuado: {amount}|A encomenda {n} foi reembolsada.',
  ],
  it: [
    'La tua ricevuta {brand} n. {n}|Grazie per l’acquisto. Totale pagato: {amount} con carta •••• 5521.',
    'Hai inviato {amount} a {sender}|Pagamento completato. Riferimento {n}.',
    'Rimborso emesso: {amount}|L’ordine {n} è stato rimborsato.',
  ],
  nl: [
    'Je bon van {brand} nr. {n}|Bedankt voor je aankoop. Betaald: {amount} met iDEAL.',
    'Tikkie betaald: {amount} van {sender}|Je verzoek is betaald. Kenmerk {n}.',
    'Terugbetaling verwerkt: {amount}|Bestelling {n} is terugbetaald.',
  ],
}

export const BANK_ALERT: T = {
  en: [
    'Card payment of {amount} at {brand}|A payment was made with your card ending 4417. Not you? Call the number on your card.',
    'New sign-in to your {brand} account|We noticed a login from a new device (Chrome, Leeds). If this was you, no action needed.',
    'Your password was changed|The password for your {brand} account was changed on {date}. If you didn’t do this, secure your account.',
  ],
  de: [
    'Kartenzahlung über {amount}|Mit Ihrer Karte •••• 2290 wurde bezahlt. Nicht Sie? Karte sperren: 116 116.',
    'Neue Anmeldung bei {brand}|Anmeldung von einem neuen Gerät (Firefox, Graz). Waren Sie das, ist nichts zu tun.',
    'Zwei-Faktor-Authentifizierung geändert|Für Ihr {brand}-Konto wurde am {date} eine neue Authenticator-App eingerichtet.',
  ],
  fr: [
    'Paiement par carte de {amount}|Un paiement a été effectué avec votre carte •••• 8812.',
    'Nouvelle connexion à votre compte {brand}|Connexion depuis un nouvel appareil (Safari, Lausanne).',
    'Votre mot de passe a été modifié|Le mot de passe de votre compte {brand} a changé le {date}.',
  ],
  es: [
    'Pago con tarjeta de {amount}|Se ha realizado un pago con su tarjeta •••• 1063.',
    'Nuevo inicio de sesión en {brand}|Detectamos un acceso desde un dispositivo nuevo (Chrome, Rosario).',
    'Se cambió tu contraseña|La contraseña de tu cuenta {brand} cambió el {date}.',
  ],
  pt: [
    'Compra aprovada de {amount}|Compra no cartão final 3390 aprovada.',
    'Novo acesso à sua conta {brand}|Detetámos um início de sessão num dispositivo novo (Porto).',
    'Sua senha foi alterada|A senha da conta {brand} foi alterada em {date}.',
  ],
  it: [
    'Pagamento con carta di {amount}|È stato effettuato un pagamento con la carta •••• 5521.',
    'Nuovo accesso al tuo account {brand}|Accesso da un nuovo dispositivo (Firefox, Bari).',
    'Verifica in due passaggi modificata|Il {date} è stato aggiunto un nuovo dispositivo al tuo account {brand}.',
  ],
  nl: [
    'Kaartbetaling van {amount}|Er is betaald met uw pas •••• 7702.',
    'Nieuwe inlog op je {brand}-account|Inlog vanaf een nieuw apparaat (Safari, Gent).',
    'Je wachtwoord is gewijzigd|Het wachtwoord van je {brand}-account is gewijzigd op {date}.',
  ],
}
