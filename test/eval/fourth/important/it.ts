// Posta importante in italiano, scritta per il quarto set (servizi inventati, formulazioni varie).
import type { ImportantMail } from './important-mail.ts'

export const IMPORTANT_IT: readonly ImportantMail[] = [
  {
    from: 'Banca del Borgo <avvisi@bancadelborgo.it>',
    subject: 'Pagamento di 47,80 € presso FARMACIA CENTRALE',
    body: 'Gentile {name},\n\nè stato autorizzato un pagamento di 47,80 € presso FARMACIA CENTRALE con la carta che termina con 3307.\n\nSe non riconosci l’operazione, blocca la carta dall’app.',
  },
  {
    from: 'Banca del Borgo <sicurezza@bancadelborgo.it>',
    subject: 'Nuovo accesso all’home banking',
    body: 'Abbiamo rilevato un accesso al tuo home banking da un nuovo dispositivo (Edge, Windows) alle 08:51.\n\nSe non sei stato tu, chiama subito il numero verde 800 555 318.',
  },
  {
    from: 'Pagolesto <notifiche@pagolesto.it>',
    subject: 'Hai ricevuto 60,00 € da Marco Ferretti',
    body: 'Marco Ferretti ti ha inviato 60,00 €.\nCausale: «Regalo per Giulia»\n\nL’importo è già disponibile sul tuo conto.',
  },
  {
    from: 'CorsaCity <ricevute@corsacity.it>',
    subject: 'Ricevuta della corsa di mercoledì',
    body: 'Grazie per aver viaggiato con CorsaCity, {name}.\n\nTotale 16,20 €\nStazione Centrale → Via Tortona 27, 5,6 km\nPagato con Visa •••• 6601\n\nCorsa n. {ref}',
  },
  {
    from: 'PaccoPronto <tracciamento@paccopronto.it>',
    subject: 'Il tuo pacco è in consegna oggi',
    body: 'La spedizione {ref} è affidata al corriere e arriverà oggi entro le 18:00.\n\nNon sei a casa? Scegli un punto di ritiro dal link di tracciamento.',
  },
  {
    from: 'Fisco Online <noreply@fisco-online.it>',
    subject: 'Comunicazione disponibile nel cassetto fiscale',
    body: 'Gentile contribuente,\n\nnel suo cassetto fiscale è disponibile una nuova comunicazione relativa alla dichiarazione dei redditi 2025.\n\nQuesto messaggio è generato automaticamente.',
  },
  {
    from: 'Gas&Luce Appennino <bollette@gasluceappennino.it>',
    subject: 'Bolletta luce di settembre: 71,05 €',
    body: 'Ciao {name},\n\nla bolletta n. {ref} di 71,05 € è disponibile nell’area clienti. L’addebito avverrà il 13 ottobre.',
  },
  {
    from: 'Treni Veloci <biglietti@treniveloci.it>',
    subject: 'Biglietto confermato: Milano Centrale → Roma Termini',
    body: 'Codice prenotazione {ref}\n\nTreno 9541, sabato 26 settembre, partenza 09:10, arrivo 12:20\nCarrozza 5, posto 9A\nImporto 49,90 €',
  },
  {
    from: 'Bottega Fiordaliso <ordini@bottegafiordaliso.it>',
    subject: 'Grazie! Abbiamo ricevuto il tuo ordine {ref}',
    body: 'Stiamo preparando il tuo ordine:\n\n1 × Moka 3 tazze  27,00 €\n2 × Caffè in grani 250 g  15,80 €\nSpedizione  5,90 €\nTotale  48,70 €',
  },
  {
    from: 'PostaCielo <sicurezza@postacielo.it>',
    subject: 'La password del tuo account è stata modificata',
    body: 'Ciao {name},\n\nla password del tuo account è stata modificata oggi alle 19:33.\n\nSe non sei stato tu, reimpostala subito e controlla i dispositivi collegati.',
  },
  {
    from: 'Cinevisione <abbonamenti@cinevisione.it>',
    subject: 'Ricevuta di pagamento – Cinevisione Standard 9,99 €',
    body: 'Abbiamo ricevuto il tuo pagamento di 9,99 € per l’abbonamento Cinevisione Standard.\n\nProssimo rinnovo: 4 ottobre\nRicevuta {ref}',
  },
  {
    from: 'PostaCielo <sicurezza@postacielo.it>',
    subject: 'Verifica in due passaggi attivata',
    body: 'Hai attivato la verifica in due passaggi. D’ora in poi ti chiederemo un codice quando accedi da un nuovo dispositivo.',
  },
]
