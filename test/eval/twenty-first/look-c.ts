// Look-alike texts (app notices, real people, receipts), "subject|body", written for this set.
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const APP: Texts = {
  en: [
    'We are updating our terms of service|From {date} new terms apply to your {brand} account. Nothing changes for you unless you object: {link}',
    'Your storage is 95 % full|Photos will stop syncing soon. Free up space or upgrade your {brand} plan: {link}',
    'Your {brand} plan renews on {date}|Your yearly plan renews automatically for {amount}. Manage it here: {link}',
  ],
  de: [
    'Wir aktualisieren unsere Nutzungsbedingungen|Ab {date} gelten neue Bedingungen für Ihr {brand}-Konto. Für Sie ändert sich nichts, außer Sie widersprechen: {link}',
    'Ihr Speicher ist zu 95 % voll|Fotos werden bald nicht mehr synchronisiert. Platz schaffen oder {brand}-Tarif erweitern: {link}',
    'Ihr {brand}-Abo verlängert sich am {date}|Ihr Jahresabo verlängert sich automatisch für {amount}. Verwalten: {link}',
  ],
  fr: [
    'Mise à jour de nos conditions d’utilisation|À partir du {date}, de nouvelles conditions s’appliquent à votre compte {brand}. Rien ne change sauf opposition : {link}',
    'Votre espace de stockage est plein à 95 %|La synchronisation des photos va s’arrêter. Libérez de l’espace ou changez d’offre {brand} : {link}',
    'Votre abonnement {brand} sera renouvelé le {date}|Renouvellement annuel automatique pour {amount}. Gérer : {link}',
  ],
  es: [
    'Actualizamos nuestras condiciones de uso|Desde el {date} se aplican nuevas condiciones a tu cuenta de {brand}. Nada cambia salvo que te opongas: {link}',
    'Tu almacenamiento está al 95 %|Pronto dejarán de sincronizarse las fotos. Libera espacio o mejora tu plan de {brand}: {link}',
    'Tu plan de {brand} se renueva el {date}|Tu plan anual se renueva solo por {amount}. Gestiónalo aquí: {link}',
  ],
  pt: [
    'Estamos a atualizar os termos de utilização|A partir de {date} aplicam-se novos termos à sua conta {brand}. Nada muda a menos que se oponha: {link}',
    'O seu armazenamento está a 95 %|As fotos vão deixar de sincronizar. Liberte espaço ou melhore o plano {brand}: {link}',
    'O seu plano {brand} renova a {date}|O plano anual renova automaticamente por {amount}. Gerir: {link}',
  ],
  it: [
    'Aggiorniamo i termini di servizio|Dal {date} valgono nuovi termini per il tuo account {brand}. Per te non cambia nulla salvo opposizione: {link}',
    'Il tuo spazio è pieno al 95 %|Le foto smetteranno presto di sincronizzarsi. Libera spazio o passa a un piano {brand} superiore: {link}',
    'Il tuo piano {brand} si rinnova il {date}|Il piano annuale si rinnova da solo per {amount}. Gestisci: {link}',
  ],
  nl: [
    'We passen onze gebruiksvoorwaarden aan|Vanaf {date} gelden nieuwe voorwaarden voor je {brand}-account. Er verandert niets tenzij je bezwaar maakt: {link}',
    'Je opslag is voor 95 % vol|Foto’s stoppen binnenkort met synchroniseren. Maak ruimte of upgrade je {brand}-abonnement: {link}',
    'Je {brand}-abonnement wordt verlengd op {date}|Je jaarabonnement wordt automatisch verlengd voor {amount}. Beheren: {link}',
  ],
}

export const PEOPLE_MAIL: Texts = {
  en: [
    'Re: Sunday lunch?|Sounds great, we will bring dessert. Is 1 pm ok? – {who}',
    'photos from the wedding|Hi {first}! Finally sorted them, here is the album: {link}\nxx {who}',
    'Re: Re: slides for Thursday|I added two charts on page 6, have a look before we send it. {who}',
  ],
  de: [
    'AW: Sonntag Mittagessen?|Gern, wir bringen Nachtisch mit. Passt 13 Uhr? – {who}',
    'Fotos von der Hochzeit|Hallo {first}! Endlich sortiert, hier das Album: {link}\nLiebe Grüße, {who}',
    'AW: AW: Folien für Donnerstag|Ich habe auf Seite 6 zwei Grafiken ergänzt, schau bitte drüber. {who}',
  ],
  fr: [
    'RE: Déjeuner dimanche ?|Avec plaisir, on apporte le dessert. 13 h, ça va ? – {who}',
    'les photos du mariage|Coucou {first} ! Enfin triées, voici l’album : {link}\nBises, {who}',
    'RE: RE: diapos pour jeudi|J’ai ajouté deux graphiques page 6, tu peux relire avant l’envoi ? {who}',
  ],
  es: [
    'RE: ¿Comida el domingo?|Genial, llevamos el postre. ¿Te va bien a las 14:00? – {who}',
    'fotos de la boda|¡Hola {first}! Por fin las ordené, aquí tienes el álbum: {link}\nBesos, {who}',
    'RE: RE: diapositivas del jueves|He añadido dos gráficos en la página 6, échales un ojo. {who}',
  ],
  pt: [
    'RE: Almoço de domingo?|Ótimo, levamos a sobremesa. Às 13h pode ser? – {who}',
    'fotos do casamento|Olá {first}! Finalmente organizei, aqui está o álbum: {link}\nBeijinhos, {who}',
    'RE: RE: slides para quinta|Acrescentei dois gráficos na página 6, vê antes de enviarmos. {who}',
  ],
  it: [
    'R: Pranzo domenica?|Volentieri, portiamo noi il dolce. Alle 13 va bene? – {who}',
    'foto del matrimonio|Ciao {first}! Finalmente le ho sistemate, ecco l’album: {link}\nUn abbraccio, {who}',
    'R: R: slide per giovedì|Ho aggiunto due grafici a pagina 6, dai un’occhiata prima dell’invio. {who}',
  ],
  nl: [
    'Re: Zondag lunchen?|Leuk, wij nemen het toetje mee. Is 13.00 uur goed? – {who}',
    'foto’s van de bruiloft|Hoi {first}! Eindelijk gesorteerd, hier is het album: {link}\nLiefs, {who}',
    'Re: Re: slides voor donderdag|Ik heb twee grafieken op pagina 6 toegevoegd, kijk je even mee? {who}',
  ],
}

export const RECEIPT: Texts = {
  en: [
    'Your receipt from {brand} #{ref}|Amount paid: {amount}\nPaid with Visa ending 4417 on {date}. Thank you!',
    'You sent {amount} to {who}|Your payment to {who} is complete. Reference {ref}.',
    'Payment received: {amount}|{who} paid you {amount} via {brand}. It is in your balance now.',
  ],
  de: [
    'Ihre Quittung von {brand} Nr. {ref}|Gezahlter Betrag: {amount}\nBezahlt mit Visa, Endziffern 4417, am {date}. Vielen Dank!',
    'Du hast {amount} an {who} gesendet|Deine Zahlung an {who} ist abgeschlossen. Referenz {ref}.',
    'Zahlung erhalten: {amount}|{who} hat dir {amount} über {brand} gezahlt. Der Betrag ist jetzt in deinem Guthaben.',
  ],
  fr: [
    'Votre reçu {brand} n° {ref}|Montant payé : {amount}\nRéglé par Visa se terminant par 4417 le {date}. Merci !',
    'Vous avez envoyé {amount} à {who}|Votre paiement à {who} est effectué. Référence {ref}.',
    'Paiement reçu : {amount}|{who} vous a payé {amount} via {brand}. Le montant est disponible.',
  ],
  es: [
    'Tu recibo de {brand} n.º {ref}|Importe pagado: {amount}\nPagado con Visa terminada en 4417 el {date}. ¡Gracias!',
    'Has enviado {amount} a {who}|Tu pago a {who} se ha completado. Referencia {ref}.',
    'Pago recibido: {amount}|{who} te ha pagado {amount} con {brand}. Ya está en tu saldo.',
  ],
  pt: [
    'O seu recibo {brand} n.º {ref}|Valor pago: {amount}\nPago com Visa terminado em 4417 a {date}. Obrigado!',
    'Enviou {amount} a {who}|O pagamento a {who} foi concluído. Referência {ref}.',
    'Pagamento recebido: {amount}|{who} pagou-lhe {amount} através da {brand}. Já está no seu saldo.',
  ],
  it: [
    'La tua ricevuta {brand} n. {ref}|Importo pagato: {amount}\nPagato con Visa che termina con 4417 il {date}. Grazie!',
    'Hai inviato {amount} a {who}|Il pagamento a {who} è completato. Riferimento {ref}.',
    'Pagamento ricevuto: {amount}|{who} ti ha pagato {amount} tramite {brand}. È già nel tuo saldo.',
  ],
  nl: [
    'Je bon van {brand} nr. {ref}|Betaald bedrag: {amount}\nBetaald met Visa eindigend op 4417 op {date}. Bedankt!',
    'Je hebt {amount} naar {who} gestuurd|Je betaling aan {who} is voltooid. Kenmerk {ref}.',
    'Betaling ontvangen: {amount}|{who} heeft je {amount} betaald via {brand}. Het staat nu in je saldo.',
  ],
}
