// Email importanti in italiano da mittenti inventati: pagamenti con carta, bonifici, avvisi di
// sicurezza, ordini, consegne, viaggi, fisco, bollette, assicurazione e visita medica. Scritti per
// il quinto insieme; formulazioni volutamente diverse.
import { amount, clock, lastDigits, ref, type ImportantMail } from './kit.ts'

export const IMPORTANT_IT: readonly ImportantMail[] = [
  (rng) => ({
    from: 'Banca Emiliana <avvisi@bancaemiliana.it>',
    subject: `Pagamento con carta di ${amount(rng, 7, 360, 'comma')} EUR`,
    body: `La carta che termina con ${lastDigits(rng)} è stata utilizzata presso ${rng.pick(['ESSELUNGA', 'TRENITALIA', 'IPER CONAD', 'Q8 PARMA'])} alle ${clock(rng)}.\n\nNon riconosci l'operazione? Blocca la carta dall'app.`,
  }),
  (rng, p) => ({
    from: 'Pagasù <notifiche@pagasu.it>',
    subject: 'Hai ricevuto denaro',
    body: `Ciao ${p.first}, ${rng.pick(['Giulia F.', 'Matteo R.', 'Chiara B.'])} ti ha inviato ${amount(rng, 5, 220, 'comma')} €. Causale: "${rng.pick(['pizza venerdì', 'regalo Anna', 'benzina'])}".`,
  }),
  (rng) => ({
    from: 'Banca Emiliana <avvisi@bancaemiliana.it>',
    subject: 'Bonifico eseguito',
    body: `Il bonifico di ${amount(rng, 80, 1600, 'comma')} € a favore di ${rng.pick(['CONDOMINIO VIA SAFFI 8', 'STUDIO ROSSETTI', 'M. GHIRARDI'])} è stato eseguito. CRO ${ref(rng, '99999999999')}.`,
  }),
  (rng) => ({
    from: 'Account Vellora <sicurezza@vellora.it>',
    subject: 'Nuovo accesso al tuo account',
    body: `Abbiamo rilevato un accesso da ${rng.pick(['Chrome su Windows', 'un iPhone', 'Firefox su Mac'])} vicino a ${rng.pick(['Bologna', 'Milano', 'Modena'])} alle ${clock(rng)}. Se non sei stato tu, cambia subito la password.`,
  }),
  () => ({
    from: 'Account Vellora <sicurezza@vellora.it>',
    subject: 'La password è stata modificata',
    body: 'La password del suo account Vellora è stata modificata. Se non è stato lei, la reimposti subito e controlli i dispositivi collegati.',
  }),
  () => ({
    from: 'Fatturami <account@fatturami.it>',
    subject: 'Verifica in due passaggi disattivata',
    body: 'La verifica in due passaggi del tuo account Fatturami è stata disattivata. Se non sei stato tu, riattivala dalle impostazioni e cambia la password.',
  }),
  (rng) => ({
    from: 'Bottega Vallardi <ordini@bottegavallardi.it>',
    subject: `Conferma ordine n. ${ref(rng, '999999')}`,
    body: `Grazie per il tuo ordine!\n\n${rng.pick(['Moka 6 tazze', 'Lampada da tavolo ottone', 'Piumino matrimoniale'])}\nTotale: ${amount(rng, 20, 300, 'comma')} € (pagato con carta)\n\nTi scriveremo quando il pacco partirà.`,
  }),
  (rng) => ({
    from: 'Corriere Lampo <tracking@corrierelampo.it>',
    subject: 'La tua spedizione è in consegna oggi',
    body: `Spedizione ${ref(rng, '999999999999')}: consegna prevista oggi ${rng.pick(['entro le 13', 'tra le 14 e le 18', 'in mattinata'])}. Puoi scegliere un punto di ritiro dal link di tracciamento.`,
  }),
  (rng) => ({
    from: 'Binari d’Italia <biglietti@binariditalia.it>',
    subject: `Il tuo biglietto: Parma → Roma Termini, PNR ${ref(rng, 'AAAAAA')}`,
    body: `Partenza ${rng.pick(['venerdì 13/11', 'lunedì 16/11', 'giovedì 19/11'])} ore ${clock(rng)}, carrozza ${rng.int(1, 10)}, posto ${rng.int(1, 80)}${rng.pick(['A', 'B', 'C', 'D'])}. Importo ${amount(rng, 29, 120, 'comma')} €.`,
  }),
  () => ({
    from: 'Cassetto Fiscale <noreply@cassettofiscale.gov.example>',
    subject: 'Nuova comunicazione disponibile',
    body: 'È disponibile nella sua area riservata una nuova comunicazione relativa alla dichiarazione dei redditi 2026. Acceda con SPID o CIE per consultarla. Non chiediamo mai dati bancari via email.',
  }),
  (rng) => ({
    from: 'Gas e Luce Padana <bollette@gaseluce-padana.it>',
    subject: 'È disponibile la tua bolletta',
    body: `Bolletta n. ${ref(rng, '99999999')} di ${amount(rng, 45, 260, 'comma')} €, scadenza ${rng.int(15, 30)}/11. Addebito diretto sul conto che termina con ${rng.int(100, 999)}.`,
  }),
  (rng) => ({
    from: 'Assicurazioni Ponte Vecchio <clienti@assicurazioniponte.it>',
    subject: 'Avviso di scadenza polizza RC auto',
    body: `La polizza ${ref(rng, '999999999')} scade il 30/11. Premio di rinnovo: ${amount(rng, 320, 880, 'comma')} €. Può pagare dall'area clienti o in agenzia.`,
  }),
  (rng, p) => ({
    from: 'Poliambulatorio San Rocco <prenotazioni@poliambulatoriosanrocco.it>',
    subject: 'Conferma prenotazione visita',
    body: `Gentile ${p.first} ${p.last}, la sua visita ${rng.pick(['dermatologica', 'cardiologica', 'oculistica'])} è confermata per ${rng.pick(['martedì 17/11', 'giovedì 19/11', 'lunedì 23/11'])} alle ${clock(rng)}. Porti la tessera sanitaria e l'impegnativa.`,
  }),
]
