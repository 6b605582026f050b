// Italian look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const IT: LookTexts = {
  newsletter: [
    'Saldi d’autunno: -20 % sulla maglieria 🍂 || Newsletter {brand}. Resi gratuiti fino al {date}. Disiscriviti in fondo.',
    'Le tue letture della domenica || Cinque articoli e una ricetta di {brand}. Iscritto dal 2023.',
    'Ultimo giorno || La vendita soci finisce stasera. Tessera n. {n}. {brand}',
  ],
  social: [
    '{from} ha commentato la tua foto || «Bellissima!» — rispondi su {brand}.',
    'Hai 3 nuovi follower || {from} e altri 2 ti seguono su {brand}.',
    'Novità nel tuo gruppo: mercatino {city} || {from} ha pubblicato un post.',
  ],
  ooo: [
    'Risposta automatica: {orig} || Grazie per la sua email. Sono fuori ufficio fino al {date}.',
    'Fuori sede: {orig} || Sono in ferie fino al {date}, il messaggio non verrà inoltrato.',
    'Assente: {orig} || In viaggio questa settimana, rispondo al rientro.',
  ],
  code: [
    'Il tuo codice di verifica {brand} || Il codice è {code}. Scade tra 10 minuti.',
    '{code} è il tuo codice {brand} || Per completare il cambio email.',
    'Reimposta la password {brand} || L’hai appena chiesto. Link valido 30 minuti.',
  ],
  ticket: [
    'R: [#{ref}] {orig} || Ciao {first}, grazie della pazienza. Ticket #{ref}: il ricambio parte domani. Giulia, assistenza {brand}',
    '[{brand}] Richiesta {ref} risolta || La tua richiesta {ref} «{orig}» è risolta.',
    'Pratica {ref}: ci serve un dettaglio || Puoi inviarci il numero di serie? Pratica {ref}.',
  ],
  shared: [
    '{from} ha condiviso una cartella con te || «Foto {city}» — 48 elementi. Apri in {brand}.',
    'Invito aggiornato: riunione alle {time} || {from} ha spostato l’evento del {date}.',
    '{from} ti ha invitato a modificare «Budget 2027» || Apri in {brand}.',
  ],
  booking: [
    'Promemoria: appuntamento il {date} alle {time} || Studio {brand}, {city}.',
    'Il tuo tavolo è prenotato || {brand}, {date} alle {time}, 2 persone.',
    'Revisione auto in scadenza || Entro il {date}. Prenota da {brand}.',
  ],
  notice: [
    'Colloqui con i genitori il {date} || Prenotate sul registro elettronico {brand}.',
    'Nuovi orari dell’ufficio anagrafe || Comune di {brand}: chiuso il lunedì dal {date}.',
    'Sospensione dell’acqua il {date} || Dalle 9 alle 12. Amministrazione condominio {brand}',
  ],
  app: [
    'Il tuo anno su {brand} 🎉 || 1.204 ore di ascolto. Guarda il riepilogo.',
    'Aggiorniamo i nostri termini || Dal {date} si applicano nuovi termini.',
    'Spazio quasi esaurito || Il tuo spazio {brand} è pieno al 95 %.',
  ],
  person: [
    'R: {orig} || Perfetto, ci vediamo sabato! Porta la teglia grande. {from}',
    'I: {orig} || Te lo inoltro da papà, ci dai un’occhiata? {from}',
    'Buone feste! || Un abbraccio da {from} e famiglia 🎄',
  ],
  receipt: [
    'La tua ricevuta {brand} || {amount} pagati con carta il {date}. Ricevuta {ref}.',
    'Hai inviato {amount} a {from} || Pagamento completato. Riferimento {ref}.',
    'Bonifico in arrivo || {amount} arriveranno in 2 giorni. {brand}',
  ],
  bank: [
    'Pagamento con carta di {amount} presso {brand} || Non lo riconosci? Blocca la carta.',
    'Nuovo accesso al tuo conto {brand} || Un nuovo dispositivo vicino a {city} alle {time}.',
    'Password modificata || La password del tuo home banking {brand} è cambiata il {date}.',
  ],
  order: [
    'Il tuo ordine n. {ref} è stato spedito || Consegna prevista il {date}. Traccia con {brand}.',
    'Pacco pronto per il ritiro || Punto {brand} {city}, codice {code}.',
    'Ordine confermato || N. {ref}, totale {amount}.',
  ],
  travel: [
    'Check-in aperto per {city} || Volo {ref} il {date}. {brand}',
    'La tua carta d’imbarco || Il gate chiude 20 minuti prima. Posto 14C.',
    'Cambio gate: volo {ref} || Nuovo gate B12, imbarco {time}.',
  ],
}
