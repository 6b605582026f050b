// Italian fragments for composed in-house wordings (Lei and tu), written for this set.
import type { Bank } from './bank.ts'

export const IT: Bank = {
  greet: [
    (c) => `Ciao ${c.name},`,
    (c) => `Gentile ${c.name},`,
    (c) => `Buongiorno ${c.name},`,
    () => 'Gentile Cliente,',
    () => '',
  ],
  signoff: [
    (c) => `Cordiali saluti,\nServizio Clienti ${c.company}`,
    (c) => `A presto!\nIl team ${c.company}`,
    () => `Distinti saluti,\nFrancesca Riva`,
    (c) => `${c.company}`,
  ],
  footer: [
    () => '',
    (c) =>
      `${c.company} S.r.l. – P.IVA 00000000000 – Capitale sociale € 50.000 i.v. Informativa privacy ai sensi del Reg. UE 2016/679: https://${c.domain}/privacy. Questo messaggio è riservato.`,
    () => `Messaggio generato automaticamente, si prega di non rispondere.`,
    (c) => `Ricevi questa email perché il tuo indirizzo è stato inserito su ${c.domain}.`,
  ],
  family: {
    helpdesk: {
      subject: [
        () => `Abbiamo ricevuto la sua richiesta`,
        (c) => `Richiesta n. ${c.ref} presa in carico`,
        (c) => `R: ${c.typed}`,
        (c) => `${c.company} – grazie per averci scritto`,
      ],
      core: [
        (c) => `le confermiamo la ricezione del messaggio "${c.typed}".`,
        () => `la tua richiesta è arrivata al nostro team.`,
        (c) => `il modulo di contatto inviato a ${c.company} è stato registrato.`,
      ],
      next: [
        () => `Un operatore la ricontatterà entro 48 ore lavorative.`,
        () => `Ci stiamo lavorando e ti risponderemo presto.`,
      ],
      action: [
        (c) => `Numero pratica: ${c.ref}`,
        (c) => `Citi il codice ${c.ref} in ogni comunicazione.`,
      ],
    },
    verification: {
      subject: [
        () => `Conferma il tuo indirizzo email`,
        (c) => `Benvenuto su ${c.company}! Attiva l'account`,
        () => `Azione richiesta: verifica la registrazione`,
        () => `Sei tu?`,
      ],
      core: [
        (c) => `grazie per esserti registrato su ${c.company}.`,
        () => `è stato creato un account con questo indirizzo.`,
        () => `il suo account è quasi pronto.`,
      ],
      next: [
        () => `Il link scade tra 24 ore.`,
        () => `Se non è stato lei, ignori questo messaggio.`,
      ],
      action: [(c) => `Conferma email: ${c.link}`, (c) => `Attiva account → ${c.link}`],
    },
    subscription: {
      subject: [
        () => `Conferma la tua iscrizione`,
        (c) => `${c.company}: manca un clic`,
        () => `Vuoi davvero ricevere la nostra newsletter?`,
        () => `Iscrizione da confermare`,
      ],
      core: [
        (c) => `hai chiesto di ricevere la newsletter di ${c.company}.`,
        () => `questo indirizzo è stato iscritto alla nostra lista.`,
        () => `grazie per l'interesse!`,
      ],
      next: [
        () => `Senza conferma non riceverà altre email.`,
        () => `Se non sei stato tu, non fare nulla.`,
      ],
      action: [(c) => `Sì, iscrivimi: ${c.link}`, (c) => `Conferma: ${c.link}`],
    },
    reset: {
      subject: [
        () => `Reimpostazione della password`,
        (c) => `Il tuo codice di accesso ${c.company}`,
        (c) => `${c.code} è il tuo codice di verifica`,
        () => `Richiesta di nuova password`,
      ],
      core: [
        () => `abbiamo ricevuto una richiesta di reimpostazione della password.`,
        (c) => `ecco il codice per accedere a ${c.company}.`,
        () => `qualcuno sta provando ad accedere con questo indirizzo.`,
      ],
      next: [
        () => `Il codice scade tra 10 minuti.`,
        () => `Se non l'ha richiesto, la password resta invariata.`,
      ],
      action: [(c) => `Codice: ${c.code}`, (c) => `Scegli una nuova password: ${c.link}`],
    },
  },
}
