// Italian building blocks of composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const IT: Blocks = {
  greet: 'Ciao {name}, | Salve {name}, | Gentile cliente, | Buonasera, | Egregio/a {name},',
  close:
    'Cordiali saluti,\n{company} | A presto!\nIl team {company} | Distinti saluti,\nServizio Clienti {company} | Grazie ancora,\n{company}',
  footer:
    "Ricevi questo messaggio perché il tuo indirizzo è stato inserito su {domain}. | {company} S.r.l. – Via dell'Esempio 3 – 20100 Milano – Si prega di non rispondere a questa email. | Informativa privacy: https://{domain}/privacy",
  ref: 'Riferimento: {ref} | (pratica {ref}) | Il tuo numero: {ref}',
  kinds: {
    request: {
      subject:
        'Questa richiesta è sua? | {company}: convalidi il suo messaggio | Verifica necessaria: {title} | Richiesta {ref} da confermare',
      lead: 'Un messaggio dal nostro modulo web è trattenuto e non è ancora stato inoltrato. | È stata inviata una richiesta dal titolo «{title}» con il suo indirizzo. | Il tuo messaggio a {company} non è ancora arrivato a un operatore.',
      action:
        'Confermi di averlo inviato lei: | Clicca qui per sbloccarlo: | Appena confermato, apriremo un ticket:',
    },
    ack: {
      subject:
        'La tua richiesta è arrivata: {title} | Assistenza {company} – richiesta registrata | Pratica {ref} aperta | Grazie del messaggio',
      lead: 'Il suo messaggio è arrivato correttamente al nostro servizio. | Abbiamo registrato la tua richiesta su «{title}». | Un operatore è stato avvisato della sua richiesta.',
      action:
        'Le risponderemo entro due giorni lavorativi. | Ti scriveremo appena qualcuno la prende in carico. | Per aggiungere dettagli rispondi a questa email.',
    },
    account: {
      subject:
        'Verifica la tua email – {company} | Il tuo nuovo account {company} | Completa la registrazione | Benvenuto! Conferma il tuo indirizzo',
      lead: 'Grazie per esserti registrato su {company}. | È appena stato creato un account con questo indirizzo. | La sua area clienti è quasi pronta.',
      action:
        "Conferma il tuo indirizzo per attivarlo: | Apra questo link per attivarlo: | Con questo link verifichiamo che l'indirizzo sia suo:",
    },
    subscription: {
      subject:
        "Newsletter {company}: conferma l'iscrizione | Vuole ricevere le nostre email? | Ultimo passo per iscriverti | Conferma la tua iscrizione",
      lead: "Il suo indirizzo è stato aggiunto alla lista di {company}. | Abbiamo ricevuto un'iscrizione alla newsletter. | Grazie per l'interesse verso le novità di {company}.",
      action:
        'Confermi qui per iniziare: | Senza un clic non risulterai iscritto: | Basta un clic per confermare:',
    },
    reset: {
      subject:
        'Nuova password per {company} | Il tuo codice di accesso {company} | Tentativo di accesso a {company} | Richiesta modifica password',
      lead: "È stata richiesta una nuova password per il suo account. | Qualcuno sta cercando di accedere a {company} con questo indirizzo. | Hai chiesto di recuperare l'accesso al tuo account.",
      action:
        'Scelga una nuova password qui: | Inserisci questo codice: {code} | Il link seguente scade tra 30 minuti:',
    },
  },
}
