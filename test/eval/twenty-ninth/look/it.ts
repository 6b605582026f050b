// Italian everyday mail, written for this set.
import type { LangTexts } from './types.ts'

export const IT: LangTexts = {
  newsletter: [
    [
      'Ultima occasione: -30% fino a mezzanotte',
      'Ciao {n}, i saldi finiscono stasera: {link}\n\nDisiscriviti | Preferenze: {link}',
    ],
    [
      'Il meglio della settimana su {b}',
      'Cinque letture per la tua domenica. Ricevi questa email perché sei iscritto. Disiscrizione: {link}',
    ],
    ['Nuovi arrivi per te', 'Le novità di {b}. Gestisci le preferenze: {link}'],
  ],
  social: [
    ['{who} ha iniziato a seguirti', '{who} ti segue su {b}: {link}'],
    ['{who} ti ha menzionato in un commento', '«@{n} guarda qui» – rispondi: {link}'],
    ['Invito: cena del circolo venerdì', '{who} ti ha invitato a un evento su {b}: {link}'],
  ],
  'auto-reply': [
    ['Risposta automatica: {subj}', 'Grazie per il messaggio. Sono fuori ufficio fino al {date}.'],
    ['Fuori sede: {subj}', 'Sono in ferie e rientro il {date}. La mail non verrà inoltrata.'],
    ['Assente: {subj}', 'Grazie, rispondo al mio rientro.'],
  ],
  'own-code': [
    [
      '{code} è il tuo codice {b}',
      'Hai chiesto di accedere da Firefox su Windows. Codice: {code}, valido 10 minuti. Se non sei stato tu, ignora questa email.',
    ],
    [
      'Il tuo link di accesso',
      'Ciao {n}, ecco il link richiesto da Safari su iPhone: {link}\nScade tra 15 minuti.',
    ],
    [
      'Reimposta la password di {b}',
      'Richiesta fatta da Chrome su macOS. Link valido 1 ora: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ref}] R: {subj}',
      'Ciao {n},\n\nriguardo al ticket #{ref}: abbiamo rimborsato l’addebito doppio.\n\n> {subj}\n\nUn saluto, assistenza {b}',
    ],
    [
      'Aggiornamento sulla pratica {ref}',
      'Gentile {n}, il tecnico ha esaminato la pratica {ref} («{subj}»). Il ricambio parte lunedì.',
    ],
    [
      'R: {subj} [Ticket {ref}]',
      'Ciao {n}, per il ticket {ref}: ci mandi una foto del numero di serie?',
    ],
  ],
  shared: [
    ['{who} ha condiviso «Budget 2027» con te', '{who} ha condiviso un foglio di calcolo: {link}'],
    [
      'Invito: riunione di team il {date} alle {time}',
      '{who} ti ha invitato. Sì / Forse / No: {link}',
    ],
    ['Evento aggiornato: dentista alle {time}', '{who} ha spostato l’evento del {date}.'],
  ],
  appointment: [
    ['Promemoria appuntamento dal dott. Ferri', 'Il suo appuntamento è il {date} alle {time}.'],
    ['Il tuo appuntamento in officina {b}', 'Tagliando il {date} alle {time}.'],
    ['Prenotazione confermata – {b}', 'Tavolo per 2 il {date} alle {time}. Modifica: {link}'],
  ],
  notice: [
    ['Uscita didattica del {date}', 'Gentili genitori, portate il pranzo al sacco. Scuola {b}'],
    [
      'Cambio calendario raccolta rifiuti',
      'Dal {date} la plastica si ritira il giovedì. Comune di {b}',
    ],
    [
      'Avviso condominiale',
      'Gentili condòmini, il {date} manca l’acqua dalle 9 alle 12. Amministrazione {b}',
    ],
  ],
  'app-notice': [
    [
      'Aggiorniamo i nostri termini',
      'Dal {date} si applicano nuovi termini al tuo account {b}: {link}',
    ],
    [
      'Lo spazio di archiviazione è quasi pieno',
      'Restano 200 MB. Passa al piano superiore: {link}',
    ],
    ['Il tuo piano si rinnova il {date}', '{b} Plus, {amt}. Gestisci: {link}'],
  ],
  people: [
    ['Re: sabato?', 'Perfetto! Porto io la torta. Baci, {who}'],
    ['foto del matrimonio', 'Ciao {n}, ecco le foto: {link} – {who}'],
    ['R: slide per giovedì', 'Grazie, ottime. Ho spostato la 4 in fondo. {who}'],
  ],
  receipt: [
    ['La tua ricevuta {b} n. {ref}', 'Pagato {amt} con carta il {date}.'],
    ['Rimborso effettuato: {amt}', 'Abbiamo rimborsato {amt} per l’ordine {ref}.'],
    ['Cedolino di novembre disponibile', 'Lo stipendio di {amt} è stato accreditato: {link}'],
    ['Affitto ricevuto', 'Abbiamo ricevuto l’affitto di dicembre di {amt}. Agenzia {b}'],
    [
      'Avviso di rinnovo della polizza casa',
      'La polizza {ref} si rinnova il {date} a {amt} l’anno: {link}',
    ],
  ],
  bank: [
    [
      'Nuovo accesso al tuo home banking',
      'Accesso da Edge su Windows il {date}. Non sei tu? {link}',
    ],
    [
      'Pagamento con carta di {amt} rifiutato',
      'Un pagamento con la carta ****0937 è stato rifiutato.',
    ],
    ['Avviso di addebito diretto SDD', 'Il {date} {b} Energia addebiterà {amt} (rif. {ref}).'],
    ['Il tuo estratto conto di novembre', 'L’estratto conto {b} è disponibile nell’app.'],
  ],
  order: [
    ['Il tuo ordine {ref} è stato spedito', 'Traccia il pacco: {link}'],
    ['Il pacco arriva oggi', 'Consegna {b} {ref} tra le {time} e le 18.'],
    ['Pronto per il ritiro al locker', 'Codice di ritiro {code}, valido 3 giorni.'],
  ],
  travel: [
    ['Check-in aperto per il tuo volo per Cagliari', 'Prenotazione {ref}: fai il check-in: {link}'],
    [
      'Cambio binario: Frecciarossa 9541 dal binario 12',
      'Il treno del {date} alle {time} parte dal binario 12.',
    ],
    ['I tuoi biglietti per il concerto', 'Ordine {ref}: 2 biglietti per il {date}.'],
  ],
  care: [
    ['La ricetta è pronta', 'Puoi ritirare i farmaci alla farmacia {b}.'],
    [
      'I risultati degli esami sono disponibili',
      'Referti del {date} sul fascicolo sanitario: {link}',
    ],
    ['Promemoria vaccinazione', 'Prenota qui: {link}'],
  ],
}
