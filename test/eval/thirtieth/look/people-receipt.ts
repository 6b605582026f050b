// Real people writing (some "Re:" threads, some first mails); receipts and payments sent or
// received (refunds, salary and rent among them).
import type { LookTexts } from './types.ts'

export const PEOPLE_MAIL: LookTexts = {
  en: [
    ['Re: Saturday?', 'Sounds good, see you at 7. I will bring the salad.\n{other}'],
    [
      'photos from the weekend',
      'Hey {first}, finally sorted the pictures, here is the album: {link}\nx {other}',
    ],
    [
      'Re: Re: draft for Monday',
      'Thanks, I made two small edits in section 3. Good to go from my side.\n{other}',
    ],
  ],
  de: [
    ['Re: Samstag?', 'Passt, bis dann! Ich bringe Kuchen mit.\n{other}'],
    ['Kurze Frage', 'Hallo {first}, hast du noch die Nummer vom Handwerker? Liebe Grüße, {other}'],
    ['AW: Entwurf Präsentation', 'Danke, sieht gut aus. Nur Folie 4 würde ich kürzen.\n{other}'],
  ],
  fr: [
    ['Re: samedi ?', 'Ça marche, à samedi ! Bises, {other}'],
    ['Les photos', 'Coucou {first}, voici les photos de la fête : {link}\n{other}'],
    ['RE: relecture du rapport', 'J’ai corrigé deux coquilles, c’est bon pour moi. {other}'],
  ],
  es: [
    ['Re: ¿el sábado?', '¡Perfecto! Nos vemos a las 8. {other}'],
    ['Fotos de la boda', 'Hola {first}, aquí tienes el álbum: {link}\nBesos, {other}'],
    ['RE: borrador del informe', 'Gracias, lo he revisado, todo bien. {other}'],
  ],
  pt: [
    ['Re: sábado?', 'Combinado, até lá! {other}'],
    ['Fotos do aniversário', 'Oi {first}, seguem as fotos: {link}\nBeijos, {other}'],
    ['RE: proposta', 'Li a proposta, está ótima. Pode enviar. {other}'],
  ],
  it: [
    ['Re: sabato?', 'Perfetto, ci vediamo alle 8! {other}'],
    ['Foto della gita', 'Ciao {first}, ecco le foto: {link}\nUn abbraccio, {other}'],
    ['R: bozza relazione', 'Ho letto, va benissimo. {other}'],
  ],
  nl: [
    ['Re: zaterdag?', 'Prima, tot dan! {other}'],
    ['Foto’s van het feest', 'Hoi {first}, hier zijn de foto’s: {link}\nGroetjes, {other}'],
    ['RE: concept notulen', 'Ziet er goed uit, akkoord. {other}'],
  ],
}

export const RECEIPT: LookTexts = {
  en: [
    [
      'Your receipt from {brand} #{ref}',
      'Amount paid: {amount}\nPaid with Visa •••• 4821 on {day}. Thank you!',
    ],
    [
      'You received {amount} from {other}',
      '{other} sent you {amount} for "concert tickets". It is in your balance now.',
    ],
    ['Refund processed: {amount}', '{brand} refunded {amount} to your card. Allow 3-5 days.'],
  ],
  de: [
    ['Ihre Rechnung {ref} von {brand}', 'Betrag: {amount}, bezahlt am {day}. Vielen Dank!'],
    [
      'Gehaltsabrechnung November',
      'Ihre Entgeltabrechnung steht im Portal bereit. Auszahlung: {amount}.',
    ],
    ['Du hast {amount} von {other} erhalten', 'Verwendungszweck: Pizza Freitag.'],
  ],
  fr: [
    ['Votre reçu {brand} n° {ref}', 'Montant réglé : {amount} le {day}. Merci !'],
    ['Virement reçu : {amount}', '{other} vous a envoyé {amount}.'],
    ['Quittance de loyer – novembre', 'Loyer de {amount} bien reçu. {brand} Gestion'],
  ],
  es: [
    ['Tu recibo de {brand} #{ref}', 'Importe pagado: {amount} el {day}. ¡Gracias!'],
    ['Has recibido {amount} de {other}', 'Concepto: cena del viernes.'],
    ['Reembolso realizado: {amount}', '{brand} ha devuelto {amount} a tu tarjeta.'],
  ],
  pt: [
    ['Recibo {brand} n.º {ref}', 'Valor pago: {amount} em {day}. Obrigado!'],
    ['Você recebeu um Pix de {amount}', '{other} enviou {amount} para você.'],
    [
      'Recibo de vencimento – novembro',
      'O seu recibo de vencimento está disponível. Valor líquido: {amount}.',
    ],
  ],
  it: [
    ['Ricevuta {brand} n. {ref}', 'Importo pagato: {amount} il {day}. Grazie!'],
    ['Hai ricevuto {amount} da {other}', 'Causale: regalo di compleanno.'],
    ['Rimborso effettuato: {amount}', '{brand} ha rimborsato {amount} sulla tua carta.'],
  ],
  nl: [
    ['Je betaalbewijs van {brand} #{ref}', 'Betaald: {amount} op {day}. Bedankt!'],
    ['Tikkie betaald: {amount}', '{other} heeft je Tikkie van {amount} betaald.'],
    ['Huurbetaling ontvangen', 'We hebben uw huur van {amount} ontvangen. {brand} Wonen'],
  ],
}
