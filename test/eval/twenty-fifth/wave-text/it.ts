// Italian in-house wordings (written for this set): richiesta, segnalazione, pratica, ticket;
// ricevuto, arrivato, preso in carico, registrato.
import type { WaveLang } from './types.ts'

export const IT: WaveLang = {
  hand: {
    helpdesk: [
      [
        'Ricevuto! Pratica {ref}',
        'Ciao {name},\n\nla tua segnalazione è arrivata ed è stata presa in carico con il numero {ref}. Ti rispondiamo entro un giorno lavorativo.\n\nHai scritto: «{msg}»\n\nIl team {brand}',
      ],
      [
        'Conferma di ricezione della Sua richiesta n. {ref}',
        'Gentile {name},\n\nLe confermiamo che la Sua richiesta è stata registrata con il numero {ref}. Un operatore La contatterà al più presto.\n\nCordiali saluti,\nServizio Clienti {brand}',
      ],
    ],
    verification: [
      [
        '{name}, sei tu?',
        'Ehi {name}! Conferma la mail e il tuo account {brand} è pronto 🎮\n{link}',
      ],
      [
        '{brand}',
        'Benvenuto/a! Confermi il Suo indirizzo email per attivare l’area clienti:\n{link}\nIl link scade tra 48 ore.',
      ],
      [
        'Attiva la tua tessera',
        'Ciao {name},\n\ngrazie per esserti iscritto al circolo {brand}. Per attivare la tessera conferma la tua email entro 7 giorni:\n{link}',
      ],
    ],
    subscription: [
      ['Manca un clic ✉️', 'Ciao {name}, clicca qui e ogni venerdì ti mandiamo le offerte: {link}'],
      [
        'Possiamo scriverti?',
        'Qualcuno (speriamo tu) ha chiesto la newsletter di {brand}. Conferma qui: {link}\nAltrimenti non riceverai nulla.',
      ],
    ],
    reset: [
      [
        'Sei stato tu?',
        'È stato chiesto di cambiare la password del tuo account {brand}. Se sei stato tu, scegline una nuova qui (valido 30 minuti):\n{link}',
      ],
      [
        'Il tuo link di accesso a {brand}',
        'Ciao {name},\n\naccedi senza password con questo link, valido 15 minuti e utilizzabile una sola volta.\n{link}\n\nRichiesto da Firefox su Linux.',
      ],
    ],
  },
  greet: ['Ciao {name},', 'Gentile {name},', 'Buongiorno {name},', 'Ehi {name}!', 'Salve,'],
  body: {
    helpdesk: [
      'Abbiamo ricevuto la tua richiesta con il numero {ref}.',
      'La Sua segnalazione è stata registrata (rif. {ref}).',
      'Il ticket {ref} è stato preso in carico.',
      'Il tuo messaggio è arrivato: pratica {ref}.',
      'Grazie per averci scritto, la richiesta {ref} è in coda.',
    ],
    verification: [
      'Grazie per aver creato un account {brand}.',
      'Il Suo nuovo account cliente è quasi pronto.',
      'Benvenuto/a! Prima di iniziare verifichiamo questo indirizzo.',
      'È stato creato un account {brand} con {email}.',
    ],
    subscription: [
      'Hai chiesto di ricevere la nostra newsletter.',
      'Grazie per esserti unito alla lista di {brand}!',
      'Ci serve il tuo ok prima del primo invio.',
      'La Sua iscrizione attende solo un clic.',
    ],
    reset: [
      'Abbiamo ricevuto una richiesta di modifica della password.',
      'È stato chiesto il ripristino della password per {email}.',
      'Non riesci ad accedere? Ti aiutiamo noi.',
      'Ecco il tuo codice: {code}.',
    ],
  },
  next: {
    helpdesk: [
      'Rispondi a questa email per aggiungere dettagli.',
      'Stato: {link}',
      'Non serve riscrivere.',
    ],
    verification: ['Conferma: {link}', 'Verifica la mia email → {link}', 'Codice: {code}'],
    subscription: [
      'Conferma iscrizione: {link}',
      'Sì, iscrivimi → {link}',
      'Tocca per confermare: {link}',
    ],
    reset: [
      'Reimposta password: {link}',
      'Scegli una nuova password: {link}',
      'Il codice scade tra 10 minuti.',
    ],
  },
  close: ['A presto, il team {brand}', 'Cordiali saluti,\n{brand}', '— {brand}', 'Grazie!'],
  subj: {
    helpdesk: [
      'R: {msg}',
      '[{brand}] Richiesta {ref} ricevuta',
      'Ci stiamo lavorando',
      'Ticket {ref}',
    ],
    verification: ['Conferma la tua email', 'Benvenuto/a in {brand}!', '{name}', 'Ancora un passo'],
    subscription: ['Conferma l’iscrizione', 'Ci stai?', 'Newsletter {brand}', '💌'],
    reset: [
      'Reimposta la password',
      '{code} è il tuo codice {brand}',
      'Aiuto accesso',
      'Ciao {name}',
    ],
  },
  remind: ['Promemoria: ', 'Ci sei ancora? ', 'Non dimenticare: '],
}
