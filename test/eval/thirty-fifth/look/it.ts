// Italian everyday look-alike texts, written for this set: three per class.
import type { LookTexts } from './types.ts'

export const IT: LookTexts = {
  newsletter: [
    [
      'L’autunno arriva in cucina 🍂',
      'Ricette di stagione e il 15 % sulle spezie fino a domenica. Ricevi questa newsletter perché ti sei iscritto nel 2020. Annulla iscrizione',
    ],
    [
      '{brand} Settimanale n. {n}',
      'Questa settimana: passeggiate sul Garda, la prova delle giacche antipioggia e le vostre lettere.',
    ],
    ['Ultime ore', 'I saldi estivi finiscono stanotte. Gestisci le preferenze.'],
  ],
  social: [
    [
      '{who} ha commentato la tua foto',
      '"Che vista! Dov’era?" Rispondi su {brand} o disattiva le notifiche.',
    ],
    [
      'Hai 3 nuove richieste di collegamento',
      '{who} e altre 2 persone vogliono collegarsi con te su {brand}.',
    ],
    [
      'Nuove risposte in "Scambio semi"',
      '{who} ha risposto al tuo messaggio sulle piantine di pomodoro.',
    ],
  ],
  'auto-reply': [
    [
      'Risposta automatica: {topic}',
      'Grazie per la sua e-mail. Sono fuori ufficio fino al {date} con accesso limitato alla posta.',
    ],
    [
      'Fuori sede: {topic}',
      'Ciao, sono in ferie e torno il {date}. Il tuo messaggio non verrà inoltrato.',
    ],
    ['Assenza: {topic}', 'Grazie! Lavoro dal martedì al giovedì e ti risponderò al rientro.'],
  ],
  'own-code': [
    [
      '{code} è il tuo codice di verifica {brand}',
      'Inserisci questo codice per completare l’accesso. Scade tra 10 minuti.',
    ],
    [
      'Reimposta la password {brand}',
      'Hai chiesto una nuova password. Link valido un’ora: https://{brand}.example/reset',
    ],
    [
      'Il tuo codice di accesso',
      '{brand}: il tuo codice monouso è {code}. Non l’hai chiesto? Ignora questa e-mail.',
    ],
  ],
  'ticket-reply': [
    [
      'R: [Ticket #{ref}] {topic}',
      'Ciao {name}, grazie per la pazienza. Abbiamo riaccreditato l’importo mancante. Cordiali saluti, Giulia, assistenza {brand}',
    ],
    [
      '[#{ref}] Aggiornamento sulla tua richiesta',
      'La tua richiesta "{topic}" è stata aggiornata: il ricambio parte domani.',
    ],
    [
      'Il tuo ticket {ref} è stato risolto',
      'Abbiamo segnato "{topic}" come risolto. Rispondi se qualcosa non va ancora.',
    ],
  ],
  'shared-doc': [
    [
      '{who} ha condiviso una cartella con te',
      '{who} ti invita a modificare "Foto vacanze {date}" su {brand}.',
    ],
    [
      'Invito aggiornato: riunione spostata alle {time}',
      'Questo evento è stato modificato. Quando: {date} {time}. Partecipi? Sì / No / Forse',
    ],
    [
      'Documento condiviso: budget.xlsx',
      '{who} ti ha dato accesso in lettura. Anteprima su {brand}.',
    ],
  ],
  appointment: [
    [
      'Promemoria: appuntamento il {date} alle {time}',
      'Gentile {name}, le ricordiamo la visita presso lo studio {brand} il {date} alle {time}.',
    ],
    [
      'La tua prenotazione è confermata',
      'Ristorante {brand}: tavolo per 4 il {date} alle {time}. Teniamo il tavolo 15 minuti.',
    ],
    ['A domani!', 'Il tuo appuntamento dal parrucchiere {brand} è domani alle {time}.'],
  ],
  notice: [
    [
      'Colloqui con i genitori il {date}',
      'Gentili genitori, i colloqui della classe 4B si terranno il {date} dalle 17. Scuola {brand}',
    ],
    [
      'Nuovi orari dell’isola ecologica',
      'Dal {date} l’isola ecologica di {place} apre dalle 9 alle 16 nei giorni feriali. Il Comune',
    ],
    [
      'Manutenzione caldaia',
      'Gentili condòmini, il tecnico passerà il {date} tra le 8 e le 12. Amministrazione {brand}',
    ],
  ],
  'app-notice': [
    ['Il tuo anno in sintesi 🎉', 'Quest’anno hai ascoltato 10.420 minuti su {brand}.'],
    [
      'Aggiorniamo i nostri termini',
      'I termini di servizio cambiano il {date}. Non devi fare nulla.',
    ],
    [
      'Il tuo spazio è quasi pieno',
      'Stai usando il 96 % dello spazio {brand}. Libera spazio o cambia piano.',
    ],
  ],
  people: [
    ['R: {topic}', 'Perfetto, ci vediamo sabato. Porto io le sedie pieghevoli. {who}'],
    ['Buone feste', 'Cara {name}, vi auguriamo delle feste serene. Un abbraccio, {who}'],
    ['I: {topic}', 'Ti potrebbe interessare. ---------- Messaggio inoltrato ---------- Da: {who}'],
  ],
  receipt: [
    ['La tua ricevuta {brand} n. {ref}', 'Grazie per il pagamento di {amount} € del {date}.'],
    ['Pagamento ricevuto', '{who} ti ha inviato {amount} €. Sono già nel tuo saldo {brand}.'],
    ['Bonifico in arrivo', 'Il tuo accredito di {amount} € arriverà sul conto entro il {date}.'],
  ],
  'bank-alert': [
    [
      'Pagamento con carta di {amount} €',
      '{brand} Banca: la tua carta che termina con 7702 è stata usata per {amount} € presso {place}.',
    ],
    [
      'Nuovo accesso al tuo conto',
      'Abbiamo rilevato un accesso da un nuovo dispositivo (iPhone, {place}) il {date}.',
    ],
    [
      'La tua password è stata modificata',
      'La password del tuo account {brand} è stata modificata il {date} alle {time}.',
    ],
  ],
  order: [
    [
      'Ordine confermato n. {ref}',
      'Grazie {name}! Stiamo preparando il tuo ordine: 2 articoli, {amount} €. Consegna prevista il {date}.',
    ],
    ['Il tuo pacco è in consegna', '{brand}: il pacco {ref} arriva oggi tra le {time} e le 18.'],
    [
      'Pronto per il ritiro',
      'Il tuo ordine {ref} ti aspetta nel locker {brand} di {place}. Codice di ritiro {code}.',
    ],
  ],
  travel: [
    [
      'Il check-in è aperto',
      'Volo {brand} {n} per Lisbona il {date}. Fai il check-in e scegli il posto.',
    ],
    ['La tua carta d’imbarco', 'Carta d’imbarco allegata: posto 14C, il gate chiude alle {time}.'],
    [
      'Cambio gate: ora B{n}',
      'Il tuo volo per Porto parte ora dal gate B{n}. Partenza alle {time}.',
    ],
  ],
}
