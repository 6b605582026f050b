// Italian look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const LOOK_IT: LookTexts = {
  newsletter: [
    '🎁 Black Friday da {brand}: fino al 50 % di sconto\nVisualizza nel browser\n\nCiao {first}, ci siamo! Solo per 72 ore: piumini, stivali e cofanetti regalo fino al 50 % di sconto. Termina lunedì a mezzanotte.\n\nScopri le offerte: {link}\n\nRicevi questa email perché ti sei iscritto a {brand}. Annulla iscrizione | Preferenze',
    'Ultima occasione: il Cyber Monday finisce stasera\n{brand} · Spedizione gratuita da 40 €\n\nMancano poche ore, {first}! I nostri best seller sono ancora scontati del {pct} % e i punti valgono doppio fino a mezzanotte.\n\nVedi le offerte: {link}\n\nGestisci le preferenze o annulla l’iscrizione: {link}',
  ],
  marketplace: [
    'Nuovo messaggio da {seller} su "{item}"\nCiao {first},\n\n{seller} ha risposto alla tua domanda su {item}:\n"Sì, è ancora disponibile e posso spedirlo lunedì. {price} € spedizione inclusa ti va bene?"\n\nRispondi nell’app: {link}\n\nPer la tua sicurezza, paga e scrivi solo tramite {brand}.',
    'Il tuo articolo "{item}" è stato venduto!\nBuone notizie, {first}!\n\n{item} è stato venduto a {price} €. Spediscilo entro 3 giorni lavorativi e inserisci il numero di tracciamento.\n\nStampa l’etichetta: {link}\n\n{brand}',
  ],
  'price-alert': [
    'Prezzo in calo: {item} ora a {price} €\nAvviso prezzo di {brand}\n\nL’articolo che segui è sceso da {old} € a {price} € in 3 negozi. Nella settimana del Black Friday i prezzi cambiano in fretta.\n\nConfronta le offerte: {link}\n\nAvviso creato il {earlier}. Gestisci gli avvisi: {link}',
    'Hai raggiunto il tuo prezzo obiettivo 🎯\nCiao {first}, {item} è disponibile a {price} €, sotto i {old} € che avevi impostato.\n\nVedi l’offerta: {link}\n\nComparatore {brand} · disattiva l’avviso: {link}',
  ],
  wishlist: [
    'Un articolo della tua lista desideri è in saldo\nCiao {first},\n\nbuone notizie: "{item}" della tua lista desideri ora è scontato del {pct} %. Quantità limitate.\n\nVai alla lista: {link}\n\n{brand}',
    'Di nuovo disponibile: {item}\nCi avevi chiesto di avvisarti quando {item} fosse tornato. Eccolo, ma probabilmente non per molto.\n\nAggiungi al carrello: {link}\n\nRicevi questa email perché hai salvato l’articolo su {brand}. Gestisci le notifiche: {link}',
  ],
  loyalty: [
    'Hai {points} punti che ti aspettano, {first}\n{brand} Club\n\nIl tuo saldo: {points} punti (valgono {amount} €). Nella settimana del Black Friday ogni acquisto vale il triplo dei punti.\n\nScopri i premi: {link}\n\nI punti scadono 12 mesi dopo l’accredito.',
    'Il tuo estratto {brand} di novembre\nCiao {first},\n\nPunti guadagnati questo mese: 320\nSaldo totale: {points}\nLivello: Argento – mancano 180 punti a Oro\n\nVedi l’estratto: {link}',
  ],
  'app-notice': [
    'Novità nell’app {brand}\nCiao {first},\n\nè arrivata la versione 5.2: tema scuro, pagamento più veloce e tracciamento degli ordini sulla schermata di blocco. Aggiorna dal tuo store.\n\nNote di rilascio: {link}\n\nIl team {brand}',
    'Promemoria: lo spazio {brand} è pieno al 90 %\nCiao {first},\n\nstai usando 4,5 GB su 5 GB. Quando lo spazio finisce, foto e backup smettono di sincronizzarsi.\n\nGestisci lo spazio: {link}\n\nQuesto è un messaggio di servizio sul tuo account {brand}.',
  ],
  person: [
    'R: Mercatino di Natale sabato?\nCiao {first},\n\nsabato per noi va benissimo! Ci vediamo alle 16 sotto le Due Torri? Porto io il termos di vin brulé.\n\nA presto,\n{author}\n\n> Siete liberi sabato per il mercatino di Natale?',
    'R: Lista Babbo Natale segreto\nCiao {first},\n\nti ho segnata per lo scambio di libri. Budget 20 € come l’anno scorso, estrazione venerdì.\n\nUn abbraccio,\n{author}',
  ],
  'list-reply': [
    '[bici-bologna] Re: Luci per l’inverno\nUso la luce anteriore dell’ultimo acquisto di gruppo da due inverni e va benissimo. Basta ricaricarla ogni settimana.\n\n{author}\n\n_______________________________________________\nLista bici-bologna\nDisiscriviti: {link}',
    '[birrai-casalinghi] Re: Lievito per una birra invernale\nConfermo quanto detto sopra: fermentando piano a 18 °C ho avuto molti meno difetti.\n\n-- \n{author}\n\nSei iscritto a birrai-casalinghi. Per lasciare la lista: {link}',
  ],
  'ticket-reply': [
    'R: [#{ticket}] {subject}\nCiao {first},\n\ngrazie per la pazienza. Riguardo al ticket #{ticket}: il corriere conferma che il pacco era fermo in deposito; verrà consegnato domani. Se non arriva, rispondi a questa email e te ne spediremo un altro.\n\nCordiali saluti,\n{agent}\nServizio clienti {brand}',
    '[{brand}] Aggiornamento sulla tua richiesta #{ticket}\nCiao {first},\n\nabbiamo approvato il reso (ticket #{ticket}). Trovi l’etichetta qui: {link}. Il rimborso arriva entro 5 giorni dalla ricezione del pacco.\n\nSaluti,\n{agent}\n\n--- Il tuo messaggio originale ---\n{subject}',
  ],
  'ticket-sent': [
    'Pacco dell’ordine {order} non arrivato\nBuongiorno,\n\nil mio ordine {order} doveva arrivare il {earlier}, ma non è arrivato e il tracciamento è fermo da quattro giorni. Potete verificare con il corriere?\n\nGrazie,\n{me}',
    'Reso dell’ordine {order}\nBuongiorno,\n\nla giacca dell’ordine {order} è troppo piccola. Vorrei restituirla e avere il rimborso. Come ottengo l’etichetta per il reso?\n\nCordiali saluti,\n{me}',
  ],
  order: [
    'Conferma dell’ordine n. {order}\nGrazie per il tuo ordine, {first}!\n\nOrdine {order} del {today}\n{item} x1  {price} €\nSpedizione: standard (3-5 giorni lavorativi)\nTotale: {amount} €\n\nTi scriveremo alla spedizione. Vedi l’ordine: {link}\n\n{brand}',
    'Abbiamo ricevuto il tuo ordine {order} 🎁\nCiao {first},\n\nottima scelta! Stiamo preparando l’ordine {order}. Pagato con Visa che termina con {last4}: {amount} €.\n\nSegui l’ordine: {link}',
  ],
  shipping: [
    'Il tuo ordine {order} è stato spedito\nCiao {first},\n\nil tuo ordine viaggia con {carrier}. Numero di tracciamento: {track}. Consegna prevista: {date}.\n\nTraccia il pacco: {link}\n\n{brand}',
    'Spedito: {item} e 1 altro articolo\nIl tuo pacco {brand} ha lasciato oggi il magazzino.\nCorriere: {carrier}\nTracciamento: {track}\nConsegna: {date}\n\nVedi l’ordine {order}: {link}',
  ],
  delivery: [
    'Il tuo pacco di {shop} arriva oggi\n{brand}\n\nCiao {first}, la spedizione {track} è in consegna e arriverà tra le 10:15 e le 12:15. Non sei in casa? Scegli un vicino o un punto di ritiro: {link}',
    'Consegnato: spedizione {track}\n{brand}\n\nLa spedizione è stata consegnata alle 14:32. CAP: {postcode}. Foto della consegna: {link}\n\nDomande sul contenuto? Contatta {shop}.',
  ],
  refund: [
    'Il rimborso dell’ordine {order} è stato effettuato\nCiao {first},\n\nabbiamo ricevuto il reso e rimborsato {amount} € sulla tua Visa che termina con {last4}. Possono servire 3-5 giorni lavorativi.\n\nVedi il reso: {link}\n\nResi {brand}',
    'Reso ricevuto – ordine {order}\nCiao {first},\n\nil reso di {item} è arrivato al nostro magazzino il {today}. Dopo il controllo ti rimborseremo {amount} € entro 5 giorni.\n\n{brand}',
  ],
  card: [
    'Pagamento con carta di {amount} € presso {shop}\n{brand} Banca\n\nÈ stato effettuato un pagamento di {amount} € con la carta che termina con {last4} presso {shop} il {today}. Non lo riconosci? Blocca la carta nell’app e chiamaci.',
    'Nuovo pagamento online con la carta {last4}\nCiao {first},\n\nnuovo pagamento online: {amount} € a {shop}. Saldo disponibile: {balance} €.\n\nTutti i movimenti nell’app {brand}.',
  ],
}
