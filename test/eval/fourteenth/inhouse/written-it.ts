// Hand-written Italian in-house wordings: each is one made-up company's own text.
import type { Family, Wording } from '../wording.ts'

export const WRITTEN_IT: Record<Family, readonly Wording[]> = {
  helpdesk: [
    (c) => ({
      subject: `Risposta automatica: ${c.typed}`,
      body: `Buongiorno,\n\ngrazie per la sua email. Il servizio clienti è attivo dal lunedì al venerdì, 9:00–18:00. Rispondiamo in ordine di arrivo.\n\nCordiali saluti,\n${c.company}`,
    }),
    (c) => ({
      subject: `Reclamo n. ${c.ref}`,
      body: `Gentile ${c.name},\n\nconfermiamo la ricezione del suo reclamo, registrato con il numero indicato. Riceverà una risposta entro 30 giorni come previsto dal Codice del Consumo.\n\nDistinti saluti,\nUfficio Reclami\n${c.company} S.p.A. – Sede legale: Via Esempio 1, 20100 Milano – Capitale sociale € 1.000.000 i.v. – R.E.A. MI-000000`,
    }),
    (c) => ({
      subject: `Ricevuto, ${c.name}! 😉`,
      body: `Il tuo messaggio è arrivato, ti rispondiamo in giornata. Rif. ${c.ref}\n\nIl team ${c.company}`,
    }),
    (c) => ({
      subject: `Modulo di contatto`,
      body: `Il suo messaggio è stato inviato correttamente.\n\nNome: ${c.name}\nOggetto: ${c.typed}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `[Ticket ${c.ref}]`,
      body: `Ciao ${c.name},\n\nabbiamo ricevuto la tua richiesta. Se vuoi aggiungere dettagli, rispondi a questa email senza cambiare l'oggetto.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Request received`,
      body: `Ciao ${c.name},\n\nla tua richiesta "${c.typed}" è arrivata al nostro team (pratica ${c.ref}). Ti rispondiamo entro 48 ore.\n\n${c.company}`,
    }),
  ],
  verification: [
    (c) => ({
      subject: `${c.company}`,
      body: `Ciao ${c.name}, conferma il tuo indirizzo con un clic: ${c.link}`,
    }),
    (c) => ({
      subject: `Benvenuto, ${c.name}!`,
      body: `Siamo felici di averti con noi.\n\nPer attivare il tuo account ${c.company}, clicca qui:\n\n${c.link}\n\nPotrai poi seguire gli ordini e salvare i preferiti.\n\nIl team ${c.company}\n\nNote legali | Privacy | Condizioni`,
    }),
    (c) => ({
      subject: `Completi la registrazione`,
      body: `Gentile ${c.name},\n\nè stato creato un account a suo nome sul nostro portale. Per verificare la sua identità, confermi l'indirizzo entro 72 ore:\n\n${c.link}\n\nIn assenza di conferma l'account verrà eliminato.\n\n${c.company} S.r.l. – P.IVA 00000000000`,
    }),
    (c) => ({
      subject: `Sei stato tu?`,
      body: `Qualcuno ha appena creato un account ${c.company} con questo indirizzo. Se sei stato tu: ${c.link}\n\nAltrimenti ignora.`,
    }),
    (c) => ({
      subject: `Codice di verifica: ${c.code}`,
      body: `Inserisci ${c.code} per completare la registrazione su ${c.company}. Valido 20 minuti.`,
    }),
    (c) => ({
      subject: `Attiva il tuo account del forum`,
      body: `Ciao ${c.name},\n\ngrazie per esserti iscritto al forum ${c.company}. Attiva l'account qui:\n${c.link}\n\nCi vediamo sul forum!`,
    }),
  ],
  subscription: [
    (c) => ({
      subject: `Ci sei quasi!`,
      body: `Conferma e ricevi le nostre offerte ogni venerdì: ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Conferma dell'iscrizione alla newsletter`,
      body: `Gentile ${c.name},\n\nha chiesto di iscriversi alla newsletter di ${c.company}. Confermi la richiesta al link seguente:\n\n${c.link}\n\nAi sensi del GDPR può annullare l'iscrizione in qualsiasi momento. Titolare del trattamento: ${c.company} S.r.l., Via Esempio 1, 00100 Roma.`,
    }),
    (c) => ({
      subject: `Confermi?`,
      body: `Ciao ${c.name}, vuoi davvero ricevere le nostre novità? Allora clicca: ${c.link}`,
    }),
    (c) => ({
      subject: `Il tuo sconto del 10% ti aspetta 🎁`,
      body: `Conferma la tua email e ti inviamo il codice di benvenuto:\n\n[ CONFERMA ] ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `${c.company} – Ufficio stampa`,
      body: `È stata richiesta l'iscrizione di questo indirizzo ai nostri comunicati. Per convalidare: ${c.link}`,
    }),
    (c) => ({
      subject: `Confirm subscription`,
      body: `Ciao ${c.name},\n\ngrazie per l'interesse nella nostra newsletter. Conferma qui: ${c.link}\n\nLa redazione di ${c.company}`,
    }),
  ],
  reset: [
    (c) => ({
      subject: `${c.code}`,
      body: `${c.code} è il tuo codice ${c.company}. Non condividerlo.`,
    }),
    (c) => ({
      subject: `Password dimenticata?`,
      body: `Ciao ${c.name},\n\nnessun problema. Scegli una nuova password qui:\n\n${c.link}\n\nIl link vale un'ora.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Il tuo link di accesso`,
      body: `Ecco il link per entrare in ${c.company} senza password:\n${c.link}\n\nScade tra 15 minuti.`,
    }),
    (c) => ({
      subject: `Reimpostazione delle credenziali dell'home banking`,
      body: `Gentile cliente,\n\nè stata richiesta la reimpostazione delle sue credenziali. Utilizzi questo link entro 30 minuti: ${c.link}\n\nSe non è stato lei, ci contatti subito.\n\n${c.company} non le chiederà mai la password via email.`,
    }),
    (c) => ({
      subject: `Tentativo di accesso`,
      body: `Ciao ${c.name}, il tuo codice di sicurezza è:\n\n    ${c.code}\n\nRichiesta da un browser su Windows.`,
    }),
    (c) => ({
      subject: `Password reset`,
      body: `Ciao, hai richiesto una nuova password per ${c.company}: ${c.link}`,
    }),
  ],
}
