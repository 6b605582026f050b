// Italian look-alike texts, written for this set.
import type { LangTexts } from './types.ts'

export const IT: LangTexts = {
  sent: [
    'Preventivo ristrutturazione bagno',
    'Pacco arrivato rotto',
    'Domanda sulla fattura',
    'Riunione la prossima settimana?',
  ],
  texts: {
    newsletter: [
      [
        'Ultima occasione: -30% fino a mezzanotte',
        'Ciao {name}, i saldi finiscono stasera: {link}. Disiscriviti: {link}/disiscrizione',
      ],
      [
        'La settimana di {brand}',
        'Le cinque letture della settimana. Gestisci le preferenze: {link}/preferenze',
      ],
      ['Nuovi arrivi per te', 'Le novità di {brand}. Non vuoi più ricevere email? {link}/cancella'],
    ],
    social: [
      ['{colleague} ha iniziato a seguirti', '{colleague} ora ti segue su {brand}: {link}'],
      ['Nuovo messaggio da {colleague}', 'Hai un nuovo messaggio: "Vieni sabato?" {link}'],
      ['Invito: cena di quartiere', '{colleague} ti ha invitato a un evento. Rispondi: {link}'],
    ],
    autoreply: [
      [
        'Risposta automatica: {sent}',
        'Grazie per la sua email. Sono fuori ufficio fino al {when}.',
      ],
      ['Fuori sede: {sent}', 'Sono in ferie. Per urgenze contattare la segreteria.'],
      ['Assente: {sent}', 'Ciao, rientro il {when}. A presto.'],
    ],
    code: [
      [
        '{code} è il tuo codice di accesso {brand}',
        'Accesso richiesto da Firefox su Windows. Codice {code}, valido 10 minuti.',
      ],
      [
        'Il tuo link di accesso a {brand}',
        'Accedi qui: {link}. Richiesto da Safari su iPhone. Scade tra 15 minuti.',
      ],
      [
        'Reimposta la password di {brand}',
        'Richiesta da Chrome su Mac. Nuova password: {link} (1 ora).',
      ],
    ],
    'ticket-reply': [
      [
        'R: [#{n}] {sent}',
        'Ciao {name}, abbiamo spedito il ricambio; arriverà in 3 giorni. Pratica #{n}',
      ],
      [
        '[Ticket {n}] {sent}',
        'Gentile {name}, abbiamo annullato l’addebito doppio. Saluti, Chiara di {brand}',
      ],
      ['Re: {sent} (caso {n})', 'Buongiorno, il tecnico può passare giovedì mattina. Le va bene?'],
    ],
    shared: [
      [
        '{colleague} ha condiviso "Budget 2027" con te',
        '{colleague} ti ha invitato a modificare un foglio di calcolo: {link}',
      ],
      [
        'Invito: riunione di progetto il {when}',
        '{colleague} ti ha invitato. Accetta o rifiuta: {link}',
      ],
      [
        'Evento aggiornato: dentista il {when}',
        'Questo evento è stato modificato. Vedi nel calendario: {link}',
      ],
    ],
    appointment: [
      [
        'Promemoria appuntamento del {when}',
        'Gentile {name}, le ricordiamo la visita presso lo Studio Dentistico Bellini il {when}.',
      ],
      [
        'La tua prenotazione per 4',
        'Ti aspettiamo il {when} alla Trattoria da Nino. Modifica: {link}',
      ],
      ['Tagliando confermato', 'Ciao {name}, il tagliando in officina è fissato per il {when}.'],
    ],
    notice: [
      [
        'Colloqui con i genitori il {when}',
        'Gentili genitori, i colloqui della classe 4B si terranno il {when}.',
      ],
      [
        'Interruzione dell’acqua giovedì',
        'Gentili condomini, giovedì l’acqua sarà sospesa dalle 9 alle 12. L’amministratore',
      ],
      [
        'Società sportiva: nuovi orari',
        'Ciao a tutti, gli allenamenti under 12 passano al mercoledì alle 18.',
      ],
    ],
    app: [
      ['Aggiorniamo i nostri termini di servizio', 'I nuovi termini valgono dal {when}: {link}'],
      [
        'Il tuo spazio è quasi pieno',
        'Stai usando il 95% dello spazio su {brand}. Libera spazio: {link}',
      ],
      [
        'Il tuo abbonamento si rinnova tra 7 giorni',
        'Rinnovo il {when} per 4,99 €. Gestisci: {link}',
      ],
    ],
    person: [
      ['Re: pranzo di domenica', 'Perfetto, portiamo il dolce. A domenica!'],
      ['foto del matrimonio', 'Ciao {name}, ecco l’album: {link}. Un abbraccio, zia Pina'],
      [
        'Re: slide per martedì',
        'Grazie, ho aggiunto due grafici. Controlli la slide 9? {colleague}',
      ],
    ],
    receipt: [
      [
        'La tua ricevuta {brand}',
        'Grazie per il pagamento di 23,40 € del {when}. Ricevuta n. {n}.',
      ],
      ['Hai inviato 50,00 € a {colleague}', 'Pagamento completato. Causale: pizza. Operazione {n}'],
      ['Pagamento ricevuto – fattura {n}', 'Abbiamo ricevuto il pagamento di 120,00 €. Grazie.'],
    ],
    bank: [
      [
        'Nuovo accesso al tuo conto {brand}',
        'Nuovo accesso da Chrome su Windows a Bologna. Non sei stato tu? Proteggi il conto: {link}',
      ],
      [
        'Pagamento con carta di 312,99 €',
        'La carta che termina con 4412 è stata usata per 312,99 €. Non riconosci? Chiamaci.',
      ],
      [
        'Verifica in due passaggi attivata',
        'La verifica in due passaggi è attiva sul tuo account {brand}.',
      ],
    ],
    order: [
      ['Il tuo ordine {n} è stato spedito', 'Il pacco è in viaggio. Traccia: {link}'],
      ['In consegna oggi', 'Il tuo pacco {brand} arriva tra le 10 e le 12.'],
      ['Pronto per il ritiro', 'Il tuo ordine {n} ti aspetta al locker. Codice {code}.'],
    ],
    travel: [
      [
        'Check-in aperto per il tuo volo per Catania',
        'Fai il check-in del volo {brand} 557 del {when}: {link}',
      ],
      ['La tua carta d’imbarco – posto 17D', 'In allegato la carta d’imbarco per il {when}.'],
      ['Cambio gate: ora B09', 'Il tuo volo del {when} parte ora dal gate B09. Codice {code}.'],
    ],
  },
}
