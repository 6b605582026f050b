// Italian look-alike texts (written for this set).
import type { LookLang } from './types.ts'

export const IT: LookLang = {
  texts: {
    newsletter: [
      [
        'Ultimo giorno: -30% su tutto',
        'Ciao {first}, i saldi d’autunno finiscono stasera: {link}\n\nRicevi questa email perché ti sei iscritto nel 2020. Disiscriviti | Preferenze: {link}',
      ],
      [
        'Newsletter {brand} n. {n}',
        'Questa settimana: pane fatto in casa, un giro in bici e un reportage sui fari.\n\nAnnulla iscrizione',
      ],
      [
        'Novità scelte per te',
        'Reso gratuito entro 30 giorni. Non ti interessa più? Cancellati: {link}',
      ],
    ],
    social: [
      ['{other} ha iniziato a seguirti', '{other} ora ti segue su {brand}. Vedi profilo: {link}'],
      ['{other} ti ha menzionato in un commento', '«@{first} guarda qui» – rispondi: {link}'],
      [
        'Invito: serata giochi',
        '{other} ti ha invitato a un evento il {date} alle {time}. Partecipi? {link}',
      ],
    ],
    'auto-reply': [
      [
        'Risposta automatica: {subj}',
        'Grazie per il messaggio. Sono fuori ufficio fino al {date}. Per urgenze contattare la segreteria.',
      ],
      [
        'Fuori sede: {subj}',
        'Buongiorno, sono in ferie e rientro il {date}. Il messaggio non verrà inoltrato.',
      ],
      ['Assente: {subj}', 'Questa settimana sono in viaggio, risponderò al rientro.'],
    ],
    codes: [
      [
        '{code} è il tuo codice di accesso {brand}',
        'Usa {code} per accedere a {brand}. Scade tra 10 minuti.\nRichiesto da Chrome su Windows vicino a Bologna.',
      ],
      [
        'Reimposta la password di {brand}',
        'Hai chiesto di cambiare la password. Link valido 1 ora: {link}\nRichiesta da un iPhone. Non sei stato tu? Non cambia nulla.',
      ],
      [
        'Il tuo link di accesso',
        'Ecco il link richiesto per {brand}. Scade tra 15 minuti:\n{link}',
      ],
    ],
    'ticket-reply': [
      [
        'R: {subj} [#{ticket}]',
        'Ciao {first},\n\ngrazie per la pazienza. Il rimborso è stato emesso, lo vedrai entro 5 giorni.\n\nUn saluto,\nFederica – Assistenza {brand}',
      ],
      [
        '[{brand}] Aggiornamento sulla richiesta #{ticket}',
        'Ciao {first}, il ricambio è in viaggio. Rispondi a questa email se serve altro. Richiesta #{ticket}: {subj}',
      ],
      [
        'La tua pratica {ticket} è stata risolta',
        'Abbiamo chiuso la pratica «{subj}». Se il problema persiste, rispondi pure.',
      ],
    ],
    shared: [
      [
        '{other} ha condiviso «Budget {n}.xlsx» con te',
        '{other} ti ha invitato a modificare questo foglio. Apri: {link}',
      ],
      [
        'Invito: riunione di team il {date} alle {time}',
        '{other} ti ha invitato. Videochiamata: {link}\nSì / Forse / No',
      ],
      [
        'Invito aggiornato: riunione spostata alle {time}',
        'Questo evento è cambiato. Nuovo orario: {date} {time}. Organizzatore: {other}',
      ],
    ],
    booking: [
      [
        'Promemoria appuntamento del {date}',
        'Gentile {first}, Le ricordiamo l’appuntamento presso lo studio {brand} il {date} alle {time}.',
      ],
      [
        'Il tuo tavolo per domani',
        'Ti aspettiamo domani alle {time}! {brand}, {place}. Disdici: {link}',
      ],
      ['Tagliando confermato', 'Tagliando da {brand} il {date}, consegna auto alle {time}.'],
    ],
    notice: [
      [
        'Colloqui con le famiglie il {date}',
        'Gentili genitori, i colloqui si terranno il {date} alle {time} in aula magna.',
      ],
      [
        'Sospensione acqua il {date}',
        'Gentili condomini, il {date} l’acqua sarà sospesa dalle 9 alle 13. Amministrazione {brand}',
      ],
      [
        'Assemblea dei soci e quota annuale',
        'Ciao a tutti, l’assemblea è il {date} alle {time}. La quota va versata entro fine mese.',
      ],
    ],
    app: [
      [
        'Aggiorniamo i nostri termini di servizio',
        'Dal {date} cambiano i termini. Riepilogo: {link}',
      ],
      [
        'Il tuo spazio è pieno al 95%',
        'Stai usando 14,3 GB su 15 GB in {brand}. Libera spazio: {link}',
      ],
      [
        'Il tuo piano si rinnova il {date}',
        'Il piano {brand} Plus si rinnova automaticamente il {date}. Gestisci: {link}',
      ],
    ],
    people: [
      ['R: sabato?', 'Perfetto! Porto io l’insalata. Facciamo alle {time}?\n\n{other}'],
      [
        'foto del weekend',
        'Ciao {first}, ecco le foto, quella col cane è la mia preferita 😄 Un abbraccio, {other}',
      ],
      [
        'R: bozza per lunedì',
        'Ho letto, due piccole note nel testo. Per il resto va bene. Grazie! {other}',
      ],
    ],
    receipt: [
      [
        'La tua ricevuta {brand} n. {n}',
        'Importo pagato: {amount}\nCarta che termina con 4417\nGrazie per l’acquisto.',
      ],
      [
        'Hai inviato {amount} a {other}',
        'Il pagamento di {amount} a {other} è completato. Transazione {n}.',
      ],
      [
        'Pagamento ricevuto – fattura {n}',
        'Abbiamo ricevuto il Suo pagamento di {amount}. La fattura {n} risulta saldata.',
      ],
    ],
    bank: [
      [
        'Pagamento con carta di {amount} presso {brand}',
        'È stato effettuato un pagamento di {amount} il {date} con la carta 4417. Non sei tu? Blocca la carta dall’app.',
      ],
      [
        'Nuovo accesso al tuo conto',
        'Nuovo accesso da un OnePlus a Torino il {date} alle {time}. Se eri tu, non serve fare nulla.',
      ],
      [
        'La tua password è stata modificata',
        'La password del tuo account {brand} è stata cambiata il {date}. Se non sei stato tu, contattaci.',
      ],
    ],
    order: [
      ['Il tuo ordine n. {n} è stato spedito', 'Buone notizie, {first}! Traccia il pacco: {link}'],
      ['Consegnato: il tuo pacco', 'Il pacco è stato consegnato alle {time}. Ordine {n}.'],
      [
        'Pronto per il ritiro presso {place}',
        'L’ordine {n} ti aspetta presso {place}. Codice di ritiro: {code}.',
      ],
    ],
    travel: [
      [
        'Il check-in è aperto',
        'Ciao {first}, fai il check-in per il volo del {date}. Codice prenotazione {code}.',
      ],
      [
        'La tua carta d’imbarco',
        'Il gate chiude 20 minuti prima della partenza. Posto 14C. Prenotazione {code}.',
      ],
      [
        'Cambio gate: ora B{n}',
        'Il tuo volo del {date} parte ora dal gate B{n}. Imbarco alle {time}.',
      ],
    ],
  },
  sent: [
    'Domanda sull’ultima fattura',
    'Cerniera rotta',
    'Cambio di indirizzo',
    'Riunione settimana prossima',
  ],
  signup: [
    [
      'Conferma il tuo account {brand}',
      'Benvenuto, {first}! Conferma la tua email per finire: {link}\nRegistrazione di un minuto fa da Chrome.',
    ],
    ['Verifica la tua email per iniziare', 'Grazie per esserti unito a {brand}. Verifica: {link}'],
  ],
  optin: [
    [
      'Conferma l’iscrizione alla newsletter {brand}',
      'Hai chiesto la nostra newsletter. Conferma: {link}',
    ],
    [
      'Un clic per completare l’iscrizione',
      'Ciao {first}, conferma per ricevere il riepilogo settimanale: {link}',
    ],
  ],
  topics: ['numeri Q4', 'la giornata di team', 'note di passaggio'],
  sentLine: ['Grazie, per me va bene.', 'Ok, me ne occupo io.', 'Guardo e ti faccio sapere.'],
}
