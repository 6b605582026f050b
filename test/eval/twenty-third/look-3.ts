// Look-alike texts, classes 9-11: app and service notices, real people writing (first mails and
// "Re:" threads), and receipts and payments. "subject | body".
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const APP_NOTICE: Texts = {
  en: [
    'We’re updating our Terms of Service | Hi {name}, our terms change on 1 January. Nothing to do; read the summary: {link} — {brand}',
    'Your {brand} storage is 95% full | Free up space or upgrade to keep syncing: {link}',
    'Your {brand} Plus plan renews on 3 December | We’ll charge your card on file. Manage the plan: {link}',
  ],
  de: [
    'Wir aktualisieren unsere Nutzungsbedingungen | Hallo {name}, ab 1. Januar gelten neue AGB. Zusammenfassung: {link} – {brand}',
    'Dein {brand}-Speicher ist fast voll | Schaffe Platz oder wechsle den Tarif: {link}',
    'Neu in {brand}: Ordner teilen | Ab heute kannst du ganze Ordner mit Freunden teilen. Mehr: {link}',
  ],
  fr: [
    'Mise à jour de nos conditions d’utilisation | Bonjour {name}, nos CGU évoluent au 1er janvier. Résumé : {link} — {brand}',
    'Votre espace {brand} est presque plein | Libérez de la place ou changez d’offre : {link}',
    'Votre abonnement {brand} se renouvelle le 3 décembre | Gérer l’abonnement : {link}',
  ],
  es: [
    'Actualizamos nuestras condiciones | Hola {name}, las condiciones cambian el 1 de enero. Resumen: {link} — {brand}',
    'Tu almacenamiento en {brand} está casi lleno | Libera espacio o mejora tu plan: {link}',
    'Novedad en {brand}: modo oscuro | Ya puedes activarlo en Ajustes.',
  ],
  pt: [
    'Atualizámos os nossos termos | Olá {name}, os termos mudam a 1 de janeiro. Resumo: {link} — {brand}',
    'Seu armazenamento no {brand} está quase cheio | Libere espaço ou mude de plano: {link}',
    'Sua assinatura {brand} renova em 3 de dezembro | Gerir assinatura: {link}',
  ],
  it: [
    'Aggiorniamo i Termini di servizio | Ciao {name}, i termini cambiano dal 1° gennaio. Sintesi: {link} — {brand}',
    'Lo spazio su {brand} è quasi esaurito | Libera spazio o passa a un piano superiore: {link}',
    'Novità in {brand}: cartelle condivise | Da oggi puoi condividere intere cartelle.',
  ],
  nl: [
    'We passen onze voorwaarden aan | Hoi {name}, per 1 januari gelden nieuwe voorwaarden. Samenvatting: {link} — {brand}',
    'Je {brand}-opslag is bijna vol | Maak ruimte of kies een groter abonnement: {link}',
    'Je {brand}-abonnement wordt op 3 december verlengd | Beheer je abonnement: {link}',
  ],
}

export const PEOPLE_MAIL: Texts = {
  en: [
    'Re: Saturday? | Sounds good, I’ll bring the cake. Shall we say 3? x {other}',
    'Photos from the wedding | Hi {name}! Finally sorted them, here’s the album: {link} Love, {other}',
    'Re: draft for Monday | Thanks — two small comments inline, otherwise good to go. {other}',
  ],
  de: [
    'Re: Samstag? | Klingt gut, ich bringe den Kuchen mit. 15 Uhr? LG {other}',
    'Fotos vom Geburtstag | Hallo {name}, hier sind endlich die Bilder: {link} Liebe Grüße, {other}',
    'AW: Entwurf für Montag | Danke, zwei kleine Anmerkungen im Text, sonst passt es. {other}',
  ],
  fr: [
    'Re: samedi ? | Ça marche, j’apporte le gâteau. 15h ? Bises, {other}',
    'Les photos du mariage | Coucou {name} ! Voici enfin l’album : {link} {other}',
    'RE: brouillon pour lundi | Merci, deux petites remarques dans le texte, sinon c’est bon. {other}',
  ],
  es: [
    'Re: ¿el sábado? | Perfecto, llevo la tarta. ¿A las 5? Besos, {other}',
    'Fotos de la boda | ¡Hola {name}! Aquí tienes el álbum: {link} Un abrazo, {other}',
    'RE: borrador para el lunes | Gracias, dos comentarios pequeños, por lo demás bien. {other}',
  ],
  pt: [
    'Re: sábado? | Combinado, levo o bolo. Às 16h? Beijinhos, {other}',
    'Fotos do casamento | Oi {name}! Aqui está o álbum: {link} Abraço, {other}',
    'RE: rascunho para segunda | Obrigado, duas notas no texto, de resto está ótimo. {other}',
  ],
  it: [
    'Re: sabato? | Perfetto, porto io la torta. Alle 16? Baci, {other}',
    'Foto del matrimonio | Ciao {name}! Ecco finalmente l’album: {link} Un abbraccio, {other}',
    'R: bozza per lunedì | Grazie, due piccoli commenti nel testo, per il resto va bene. {other}',
  ],
  nl: [
    'Re: zaterdag? | Prima, ik neem de taart mee. Om 3 uur? Liefs, {other}',
    'Foto’s van de bruiloft | Hoi {name}! Hier is eindelijk het album: {link} Groetjes, {other}',
    'Re: concept voor maandag | Dank je, twee kleine opmerkingen in de tekst, verder prima. {other}',
  ],
}

export const RECEIPT: Texts = {
  en: [
    'Your receipt from {brand} #{ref} | Amount paid: £{amount} / Date: 14 Nov 2026 / Payment method: Visa •••• 4821 / Questions? {link}',
    'You sent €{amount} to {other} | Your payment is complete. Reference: {ref}. See details in the {brand} app.',
    'Payment received: €{amount} from {other} | The money is in your {brand} balance. Transaction {ref}.',
  ],
  de: [
    'Ihre Quittung von {brand} Nr. {ref} | Bezahlter Betrag: {amount} € / Zahlungsart: Mastercard •••• 1934',
    'Du hast {amount} € an {other} gesendet | Zahlung abgeschlossen. Referenz: {ref}.',
    'Zahlung erhalten: {amount} € von {other} | Das Geld ist auf deinem {brand}-Konto. Vorgang {ref}.',
  ],
  fr: [
    'Votre reçu {brand} n°{ref} | Montant payé : {amount} € / Moyen de paiement : CB •••• 2290',
    'Vous avez envoyé {amount} € à {other} | Paiement effectué. Référence : {ref}.',
    'Paiement reçu : {amount} € de {other} | L’argent est disponible sur votre compte {brand}. Opération {ref}.',
  ],
  es: [
    'Tu recibo de {brand} n.º {ref} | Importe pagado: {amount} € / Método de pago: Visa •••• 7710',
    'Has enviado {amount} € a {other} | Pago completado. Referencia: {ref}.',
    'Has recibido {amount} € de {other} | El dinero ya está en tu cuenta {brand}. Operación {ref}.',
  ],
  pt: [
    'O seu recibo {brand} n.º {ref} | Valor pago: {amount} € / Método: MB Way',
    'Você enviou R$ {amount} para {other} | Pix concluído. Identificador: {ref}.',
    'Pagamento recebido: {amount} € de {other} | O valor já está na sua conta {brand}. Operação {ref}.',
  ],
  it: [
    'La tua ricevuta {brand} n. {ref} | Importo pagato: {amount} € / Metodo: Visa •••• 3307',
    'Hai inviato {amount} € a {other} | Pagamento completato. Riferimento: {ref}.',
    'Pagamento ricevuto: {amount} € da {other} | L’importo è sul tuo conto {brand}. Operazione {ref}.',
  ],
  nl: [
    'Je bon van {brand} nr. {ref} | Betaald bedrag: € {amount} / Betaalmethode: iDEAL',
    'Je hebt € {amount} naar {other} gestuurd | Betaling voltooid. Kenmerk: {ref}.',
    'Betaling ontvangen: € {amount} van {other} | Het geld staat op je {brand}-rekening. Transactie {ref}.',
  ],
}
