// Italian look-alike texts, written for this set.
import { t, type LangLook } from './types.ts'

export const IT: LangLook = {
  texts: {
    newsletter: [
      t(
        'Ultima occasione: -30% fino a mezzanotte',
        'Ciao {name}, i saldi d’autunno finiscono stasera. Maglioni, stivali e cappotti.\nAcquista: {link}\nDisiscriviti | Preferenze: {link}',
      ),
      t(
        'La newsletter di {brand} – settimana 45',
        'Cinque letture della settimana, una ricetta di vellutata e le lettere dei lettori. Cambia frequenza: {link}',
      ),
      t(
        'Novità: abbigliamento da corsa invernale',
        'Per le mattine buie. Resi gratuiti per i soci fino a dicembre. Annulla iscrizione: {link}',
      ),
    ],
    social: [
      t('{who} ha iniziato a seguirti', '{who} ora ti segue su {brand}. Vedi profilo: {link}'),
      t(
        '{who} ti ha menzionato in un commento',
        '"@{name} guarda qui!" – rispondi su {brand}: {link}',
      ),
      t(
        'Sei invitato: passeggiata fotografica domenica',
        '{who} ti ha invitato a un evento del gruppo "Fotografi del fiume": {link}',
      ),
    ],
    ooo: [
      t(
        'Risposta automatica: {subj}',
        'Grazie per la sua email. Sono fuori ufficio fino al {date} con accesso limitato alla posta. Per urgenze contatti la reception.',
      ),
      t(
        'Fuori sede: {subj}',
        'Buongiorno, sono in congedo fino al {date}. Il messaggio non verrà inoltrato; scriva a {who}.',
      ),
      t('Assente: {subj}', 'Sono in viaggio questa settimana e risponderò al rientro.'),
    ],
    'own-code': [
      t(
        '{code} è il tuo codice di accesso {brand}',
        'Hai chiesto di accedere da Firefox su Windows. Inserisci {code}. Scade tra 10 minuti. Non sei stato tu? Cambia la password.',
      ),
      t(
        'Il tuo link di accesso',
        'Clicca per entrare in {brand}: {link}\nRichiesto alle {time} da Safari su iPhone. Valido 15 minuti, una sola volta.',
      ),
      t(
        'Reimposta la password di {brand}',
        'Abbiamo ricevuto una richiesta da un browser Chrome su macOS. Link valido 1 ora: {link}',
      ),
    ],
    'ticket-reply': [
      t(
        '[Ticket #{num}] R: {subj}',
        'Gentile {name}, riguardo al ticket #{num}: abbiamo rimborsato le spese di spedizione, le vedrà in 3–5 giorni. Cordiali saluti, {who}, assistenza {brand}',
      ),
      t(
        'R: {subj} [#{num}]',
        'Ciao {name}, ho sentito il magazzino per la pratica #{num}: il ricambio è partito oggi. Saluti, {who}',
      ),
      t(
        'Nuova risposta alla tua richiesta #{num}',
        'La tua richiesta #{num} ("{subj}") ha una risposta: l’account è sbloccato. Vedi la conversazione: {link}',
      ),
    ],
    'shared-doc': [
      t(
        '{who} ha condiviso "Budget 2027.xlsx" con te',
        '{who} ti ha invitato a modificare un foglio di calcolo. Apri: {link}',
      ),
      t(
        'Invito: riunione di progetto il {date} alle {time}',
        '{who} ti ha invitato. Partecipa in videochiamata. Sì / Forse / No – {link}',
      ),
      t(
        'Invito aggiornato: appuntamento spostato alle {time}',
        '{who} ha spostato questo evento al {date} alle {time}.',
      ),
    ],
    appointment: [
      t(
        'Promemoria appuntamento del {date}',
        'Gentile {name}, le ricordiamo l’appuntamento presso lo Studio Dentistico Aurora il {date} alle {time}.',
      ),
      t(
        'Tagliando confermato',
        'Officina {brand}: la sua auto è prenotata per il {date} alle {time}.',
      ),
      t(
        'Tavolo per 4 domani alle {time}',
        'Ti aspettiamo da {brand}! Modifica prenotazione: {link}',
      ),
    ],
    notice: [
      t(
        'Gita scolastica: autorizzazione entro venerdì',
        'Gentili genitori, consegnate l’autorizzazione per la visita al museo entro venerdì.',
      ),
      t(
        'Raccolta rifiuti durante le feste',
        'Dal {date} la differenziata si raccoglie il sabato. Calendario del Comune: {link}',
      ),
      t(
        'Sospensione acqua nel condominio',
        'Gentili condomini, il {date} l’acqua sarà sospesa dalle 9 alle 12. L’amministratore.',
      ),
    ],
    'app-notice': [
      t(
        'Aggiorniamo i nostri termini di servizio',
        'Dal {date} valgono i nuovi termini. Per te non cambia nulla tranne negli spazi condivisi. Dettagli: {link}',
      ),
      t(
        'Il tuo spazio è quasi pieno',
        'Stai usando il 96% dello spazio {brand}. Libera spazio o passa a un piano superiore: {link}',
      ),
      t(
        'Il tuo piano si rinnova il {date}',
        'Il piano {brand} Plus si rinnova il {date} a {amount}. Gestisci: {link}',
      ),
    ],
    person: [
      t('Re: sabato?', 'Perfetto! Porta l’ombrello grande, danno pioggia. Baci, {who}'),
      t(
        'foto del matrimonio',
        'Ciao {name}, ho finalmente sistemato le foto, il link è nell’album condiviso. {who}',
      ),
      t(
        'R: report trimestrale',
        'Grazie, ho aggiunto due commenti a pagina 4. Ci sentiamo prima della call? {who}',
      ),
    ],
    receipt: [
      t(
        'La tua ricevuta {brand} n. {num}',
        'Importo pagato: {amount}\nData: {date}\nMetodo: Visa •••• 6081',
      ),
      t('Hai inviato {amount} a {who}', 'Pagamento inviato. Causale: affitto novembre. ID {num}.'),
      t('Pagamento ricevuto', '{who} ti ha inviato {amount}. È già nel tuo saldo.'),
    ],
    bank: [
      t(
        'Nuovo accesso al tuo conto {brand}',
        'Un nuovo dispositivo ha effettuato l’accesso il {date} alle {time} (Android, Torino). Se non sei stato tu, proteggi il conto: {link}',
      ),
      t(
        'Pagamento con carta di {amount}',
        'La carta che termina con 6081 è stata usata per {amount} presso DISTRIBUTORE PORTO il {date}.',
      ),
      t(
        'La tua password è stata cambiata',
        'La password del tuo account {brand} è stata modificata il {date}. Non sei stato tu? Chiamaci.',
      ),
    ],
    order: [
      t(
        'Ordine confermato n. {num}',
        'Grazie {name}! Stiamo preparando il tuo ordine. Totale {amount}. Traccia: {link}',
      ),
      t(
        'Il tuo pacco arriva oggi',
        'Il pacco {brand} {num} sarà consegnato oggi tra le {time} e le 18.',
      ),
      t(
        'Pronto per il ritiro',
        'Il tuo ordine {num} ti aspetta al punto di ritiro {place}. Codice {code}.',
      ),
    ],
    travel: [
      t(
        'Check-in aperto per il tuo volo per Lisbona',
        'Codice prenotazione {num}. Fai il check-in e scarica la carta d’imbarco: {link}',
      ),
      t('La tua carta d’imbarco', 'Il gate chiude 20 minuti prima della partenza. Posto 14C.'),
      t('Cambio gate: ora B12', 'Il tuo volo delle {time} parte ora dal gate B12.'),
    ],
  },
  sent: [
    'Preventivo piano cucina',
    'Domanda sulla fattura 3381',
    'Articolo mancante nel mio ordine',
    'Appunti della riunione di giovedì',
  ],
  sentBody: 'Buongiorno, potreste verificare per favore? Grazie, {name}',
}
