// Everyday look-alike texts: app and service notices, real people writing, receipts and payments.
import type { LookTexts } from './look-texts-1.ts'

export const SERVICE: LookTexts = {
  en: [
    [
      'We’re updating our Terms of Service',
      'Hi {first}, from {date} new terms apply to your {brand} account. Nothing changes in how you use it. Read them: {link}',
    ],
    [
      'Your storage is 95% full',
      'You’re almost out of space on {brand}. Free some up or upgrade: {link}',
    ],
    [
      'Your plan renews on {date}',
      'Your {brand} annual plan renews automatically for {amount}. Manage billing: {link}',
    ],
  ],
  de: [
    [
      'Wir aktualisieren unsere AGB',
      'Hallo {first}, ab {date} gelten neue Nutzungsbedingungen für Ihr {brand}-Konto. Lesen: {link}',
    ],
    [
      'Ihr Speicher ist zu 95 % belegt',
      'Bei {brand} wird der Platz knapp. Aufräumen oder upgraden: {link}',
    ],
    [
      'Ihr Abo verlängert sich am {date}',
      'Ihr Jahresabo bei {brand} verlängert sich automatisch für {amount}. Verwalten: {link}',
    ],
  ],
  fr: [
    [
      'Nous mettons à jour nos conditions d’utilisation',
      'Bonjour {first}, à partir du {date}, de nouvelles conditions s’appliquent à votre compte {brand}. Lire : {link}',
    ],
    [
      'Votre espace de stockage est plein à 95 %',
      'Il ne reste presque plus de place sur {brand}. Libérez de l’espace : {link}',
    ],
    [
      'Votre abonnement sera renouvelé le {date}',
      'Votre forfait annuel {brand} sera renouvelé pour {amount}. Gérer : {link}',
    ],
  ],
  es: [
    [
      'Actualizamos nuestras condiciones',
      'Hola {first}, desde el {date} se aplican nuevas condiciones a tu cuenta de {brand}. Leer: {link}',
    ],
    [
      'Tu almacenamiento está al 95 %',
      'Te queda poco espacio en {brand}. Libera espacio o amplía: {link}',
    ],
    [
      'Tu plan se renueva el {date}',
      'Tu plan anual de {brand} se renovará por {amount}. Gestionar: {link}',
    ],
  ],
  pt: [
    [
      'Estamos a atualizar os termos de utilização',
      'Olá {first}, a partir de {date} aplicam-se novos termos à sua conta {brand}. Ler: {link}',
    ],
    [
      'Seu armazenamento está 95% cheio',
      'Está acabando o espaço no {brand}. Libere espaço ou faça upgrade: {link}',
    ],
    [
      'Sua assinatura renova em {date}',
      'Seu plano anual {brand} será renovado por {amount}. Gerenciar: {link}',
    ],
  ],
  it: [
    [
      'Aggiorniamo i termini di servizio',
      'Ciao {first}, dal {date} al tuo account {brand} si applicano nuovi termini. Leggi: {link}',
    ],
    [
      'Lo spazio di archiviazione è pieno al 95%',
      'Su {brand} lo spazio sta finendo. Libera spazio o passa a un piano superiore: {link}',
    ],
    [
      'Il tuo piano si rinnova il {date}',
      'Il piano annuale {brand} si rinnoverà per {amount}. Gestisci: {link}',
    ],
  ],
  nl: [
    [
      'We passen onze voorwaarden aan',
      'Hoi {first}, vanaf {date} gelden nieuwe voorwaarden voor je {brand}-account. Lezen: {link}',
    ],
    ['Je opslag is 95% vol', 'Je ruimte op {brand} raakt op. Ruim op of upgrade: {link}'],
    [
      'Je abonnement wordt verlengd op {date}',
      'Je jaarabonnement bij {brand} wordt verlengd voor {amount}. Beheren: {link}',
    ],
  ],
}

export const PERSON: LookTexts = {
  en: [
    ['Re: Sunday lunch', 'Sounds great — we’ll bring dessert. Is 1pm still ok? x'],
    [
      'photos from the weekend',
      'Hey {first}! Finally sorted the pictures, link below. The one of the dog is my favourite. {link}',
    ],
    [
      'Re: Re: draft for Thursday',
      'Thanks, I’ve added two comments on page 3. Otherwise good to go. {name}',
    ],
  ],
  de: [
    ['Re: Sonntag Mittagessen', 'Klingt gut, wir bringen den Nachtisch mit. Passt 13 Uhr noch?'],
    [
      'Fotos vom Wochenende',
      'Hi {first}! Hab die Bilder endlich sortiert, Link unten. Das mit dem Hund ist mein Favorit. {link}',
    ],
    [
      'AW: Entwurf für Donnerstag',
      'Danke, ich habe auf Seite 3 zwei Anmerkungen gemacht. Sonst passt es. {name}',
    ],
  ],
  fr: [
    ['Re: déjeuner dimanche', 'Super, on apporte le dessert. 13h, ça tient toujours ?'],
    [
      'photos du week-end',
      'Coucou {first} ! J’ai enfin trié les photos, lien ci-dessous. Celle du chien est ma préférée. {link}',
    ],
    [
      'RE: brouillon pour jeudi',
      'Merci, j’ai mis deux commentaires page 3. Sinon c’est bon pour moi. {name}',
    ],
  ],
  es: [
    ['Re: comida del domingo', 'Genial, llevamos el postre. ¿Sigue en pie a la una?'],
    [
      'fotos del finde',
      '¡Hola {first}! Por fin he ordenado las fotos, te paso el enlace. La del perro es mi favorita. {link}',
    ],
    [
      'RE: borrador para el jueves',
      'Gracias, te he dejado dos comentarios en la página 3. Por lo demás, adelante. {name}',
    ],
  ],
  pt: [
    ['Re: almoço de domingo', 'Ótimo, levamos a sobremesa. À uma ainda dá?'],
    [
      'fotos do fim de semana',
      'Oi {first}! Finalmente organizei as fotos, segue o link. A do cachorro é a minha favorita. {link}',
    ],
    [
      'RE: rascunho para quinta',
      'Obrigado, deixei dois comentários na página 3. De resto, pode seguir. {name}',
    ],
  ],
  it: [
    ['Re: pranzo di domenica', 'Perfetto, portiamo il dolce. All’una va ancora bene?'],
    [
      'foto del weekend',
      'Ciao {first}! Ho finalmente sistemato le foto, ti giro il link. Quella del cane è la mia preferita. {link}',
    ],
    [
      'R: bozza per giovedì',
      'Grazie, ho lasciato due commenti a pagina 3. Per il resto va bene. {name}',
    ],
  ],
  nl: [
    ['Re: zondaglunch', 'Leuk, wij nemen het toetje mee. Is 13.00 uur nog goed?'],
    [
      'foto’s van het weekend',
      'Hoi {first}! Eindelijk de foto’s uitgezocht, link hieronder. Die met de hond is mijn favoriet. {link}',
    ],
    [
      'RE: concept voor donderdag',
      'Dank je, ik heb twee opmerkingen gezet op pagina 3. Verder prima. {name}',
    ],
  ],
}

export const RECEIPT: LookTexts = {
  en: [
    [
      'Your receipt from {brand} #{ref}',
      'Amount paid: {amount}\nDate: {date}\nPayment method: Visa •••• 4417\n\nQuestions? Reply to this email.',
    ],
    [
      'You sent {amount} to {name}',
      'Your payment to {name} is complete. Reference {ref}. It may take a few minutes to show in their account.',
    ],
    [
      '{name} paid you {amount}',
      'Money received! {amount} from {name} is now in your {brand} balance. Note: “concert tickets”.',
    ],
  ],
  de: [
    [
      'Ihre Quittung von {brand} Nr. {ref}',
      'Betrag: {amount}\nDatum: {date}\nZahlungsart: Mastercard •••• 2290\n\nFragen? Antworten Sie einfach.',
    ],
    [
      'Sie haben {amount} an {name} gesendet',
      'Ihre Zahlung an {name} ist abgeschlossen. Referenz {ref}.',
    ],
    [
      '{name} hat Ihnen {amount} gesendet',
      'Geld erhalten! {amount} von {name} ist jetzt in Ihrem {brand}-Guthaben. Notiz: „Konzertkarten“.',
    ],
  ],
  fr: [
    [
      'Votre reçu {brand} n° {ref}',
      'Montant payé : {amount}\nDate : {date}\nMoyen de paiement : CB •••• 8812',
    ],
    [
      'Vous avez envoyé {amount} à {name}',
      'Votre paiement à {name} est effectué. Référence {ref}.',
    ],
    [
      '{name} vous a envoyé {amount}',
      'Argent reçu ! {amount} de {name} est disponible sur votre solde {brand}. Note : « places de concert ».',
    ],
  ],
  es: [
    [
      'Tu recibo de {brand} n.º {ref}',
      'Importe pagado: {amount}\nFecha: {date}\nMétodo: Visa •••• 3306',
    ],
    ['Has enviado {amount} a {name}', 'Tu pago a {name} se ha completado. Referencia {ref}.'],
    [
      '{name} te ha enviado {amount}',
      '¡Dinero recibido! {amount} de {name} ya está en tu saldo de {brand}. Concepto: «entradas concierto».',
    ],
  ],
  pt: [
    [
      'O seu recibo {brand} n.º {ref}',
      'Valor pago: {amount}\nData: {date}\nMeio de pagamento: MB Way',
    ],
    [
      'Você enviou um Pix de {amount} para {name}',
      'Seu Pix para {name} foi concluído. Identificador {ref}.',
    ],
    [
      '{name} enviou-lhe {amount}',
      'Dinheiro recebido! {amount} de {name} já está no seu saldo {brand}. Nota: "bilhetes do concerto".',
    ],
  ],
  it: [
    [
      'La tua ricevuta {brand} n. {ref}',
      'Importo pagato: {amount}\nData: {date}\nMetodo: Visa •••• 5120',
    ],
    ['Hai inviato {amount} a {name}', 'Il pagamento a {name} è completato. Riferimento {ref}.'],
    [
      '{name} ti ha inviato {amount}',
      'Denaro ricevuto! {amount} da {name} è nel tuo saldo {brand}. Causale: «biglietti concerto».',
    ],
  ],
  nl: [
    [
      'Je betaalbewijs van {brand} #{ref}',
      'Betaald bedrag: {amount}\nDatum: {date}\nBetaalmethode: iDEAL',
    ],
    ['Je hebt {amount} betaald aan {name}', 'Je betaling aan {name} is gelukt. Kenmerk {ref}.'],
    [
      '{name} heeft je Tikkie van {amount} betaald',
      'Geld ontvangen! {amount} van {name} staat op je rekening. Omschrijving: "concertkaartjes".',
    ],
  ],
}
