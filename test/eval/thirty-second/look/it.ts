// Italian look-alike texts (written for this set).
import type { LookTexts } from './types.ts'

export const IT: LookTexts = {
  newsletter: [
    [
      'Black Friday: fino al -50 % 🖤',
      'Solo fino a lunedì da {brand}. Ricevi questa email perché sei iscritto alla nostra newsletter. Annulla iscrizione',
    ],
    [
      'Regali sotto i 30 €',
      'Ordina entro il {day} per riceverli prima di Natale. Gestisci preferenze',
    ],
    ['Cyber Monday', 'Visualizza nel browser | {brand} | Spedizione gratuita solo oggi.'],
  ],
  social: [
    ['{friend} ti ha menzionato', '"Andiamo ai mercatini di Natale?" Rispondi su {brand}.'],
    [
      'Nuova risposta in "Ricette delle feste"',
      '{friend} ha risposto al tuo post. Gestisci notifiche.',
    ],
    ['3 nuovi follower', '[Logo {brand}] Scopri chi ti segue questa settimana.'],
  ],
  autoreply: [
    [
      'Risposta automatica: {subj}',
      'Grazie per il messaggio. Sono in ferie fino al {day} senza accesso alla posta.',
    ],
    ['Fuori sede: {subj}', 'L’ufficio resta chiuso dal 24 dicembre al 2 gennaio.'],
    ['Assente – {subj}', 'Buongiorno, rientro il {day}. Per urgenze chiamare il centralino.'],
  ],
  code: [
    [
      'Il tuo codice di verifica: {code}',
      'Hai chiesto di accedere da Chrome su Windows. Codice {code}, valido 10 minuti.',
    ],
    [
      'Il tuo link di accesso',
      'Tocca per accedere a {brand} dal tuo iPhone. Il link scade tra 15 minuti.',
    ],
    [
      'Reimposta la password',
      'Richiesta ricevuta da Firefox su Mac. Link valido 30 minuti: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ticket}] R: {subj}',
      'Ciao {first}, grazie per la pazienza sulla segnalazione #{ticket}. Il ricambio parte domani.',
    ],
    [
      'La tua pratica {ticket}: rimborso',
      'Gentile {first}, riguardo a "{subj}": il rimborso di {amount} è approvato.',
    ],
    [
      'R: {subj} [Pratica {ticket}]',
      'Assistenza | {brand} | Abbiamo ritrovato il pacco in magazzino; nuova consegna il {day}.',
    ],
  ],
  shared: [
    [
      '{friend} ha condiviso "Lista regali 2026"',
      'Ora puoi modificare il documento. Apri in {brand}.',
    ],
    [
      'Invito: Cena di Natale il {day} alle 20:30',
      'Organizzatore: {friend}. Partecipi? Sì – Forse – No',
    ],
    [
      'Babbo Natale segreto 🎁',
      'Anteprima: estrazione fatta | {friend} ti ha aggiunto al gruppo su {brand}.',
    ],
  ],
  appointment: [
    ['Promemoria appuntamento', 'Il tuo appuntamento allo studio {brand} è il {day} alle 10:30.'],
    ['Prenotazione confermata', 'Tavolo per 6 il {day} alle 20:30. Trattoria {brand}'],
    [
      'A presto!',
      '[Logo {brand}] Appuntamento dal parrucchiere: {day}, 15:00. Gestisci prenotazione.',
    ],
  ],
  notice: [
    [
      'Fine del quadrimestre',
      'Gentili famiglie, le lezioni terminano il {day}. Buone feste! Istituto {brand}',
    ],
    [
      'Orari festivi',
      'Il circolo {brand} resta chiuso dal 24 al 26 dicembre. La quota 2027 si paga a gennaio.',
    ],
    [
      'Aggiornamento canone',
      'Home | Inquilini | Agenzia {brand}: da febbraio il canone mensile sarà di {amount}.',
    ],
  ],
  app: [
    [
      'Il tuo 2026 in breve 🎉',
      '214 allenamenti e 1.812 km: rivivi i momenti migliori su {brand}.',
    ],
    ['Spazio quasi esaurito', 'Stai usando il 96 % dello spazio. Passa a {brand} Plus.'],
    [
      'Aggiorniamo i nostri termini',
      'Visualizza nel browser | Nuovi termini dal {day}. Non devi fare nulla.',
    ],
  ],
  people: [
    ['Buon Natale!', 'Ciao {first}, buone feste a tutti voi! Confermato il 27? {friend}'],
    ['R: {subj}', 'Perfetto, porto io il panettone. Un abbraccio, {friend}'],
    ['I: foto del mercatino', 'Ecco quelle di sabato, l’ultima è la mia preferita. {friend}'],
  ],
  receipt: [
    ['La tua ricevuta {brand}', 'Carta regalo da {amount}, pagata con Visa •• 4412. Ordine {n}.'],
    [
      'Grazie per la tua donazione',
      'Abbiamo ricevuto la tua donazione di {amount} alla Fondazione {brand}. Ricevuta n. {n}.',
    ],
    [
      'Hai inviato {amount}',
      '{brand} Pay | Pagamento a {friend} per "Babbo Natale segreto" completato il {day}.',
    ],
  ],
  bank: [
    [
      'Nuovo accesso al tuo conto',
      'Accesso da un nuovo dispositivo (Android, Torino) il {day}. Se non sei stato tu, chiamaci.',
    ],
    [
      'Pagamento con carta di {amount}',
      'La carta •• 7731 è stata usata online per {amount}. Bloccala in app se non la riconosci.',
    ],
    [
      'Password modificata',
      'Banca {brand} | Avviso di sicurezza: la password è stata cambiata il {day}.',
    ],
  ],
  order: [
    [
      'Ordine confermato n. {n}',
      'Grazie {first}! Stiamo preparando il tuo ordine. Totale {amount}.',
    ],
    ['In consegna oggi', 'Il corriere {brand} arriva tra le 11:40 e le 12:40.'],
    [
      'Pronto per il ritiro',
      'Negozio | Ordini | Aiuto – L’ordine {n} è nel locker {brand}. Codice di ritiro {code}.',
    ],
  ],
  travel: [
    [
      'Check-in aperto',
      'Il tuo volo per Lisbona del {day} è pronto per il check-in. Codice {code}.',
    ],
    [
      'La tua carta d’imbarco',
      'Carta d’imbarco di {first}, posto 14C. Il gate chiude 30 minuti prima. {brand} Air',
    ],
    [
      'Prenotazione confermata ✈️',
      '[{brand} Treni] Andata e ritorno il {day}, carrozza 5, posti 41-42. Totale {amount}.',
    ],
  ],
}
