// Everyday mail the person wants, one text per class and language (pt, it, nl), written for
// this set. Slots as in look-texts-a.ts.
import type { LookText } from './look-types.ts'

export const LOOK_B: Record<'pt' | 'it' | 'nl', LookText> = {
  pt: {
    reply: 'RES:',
    forward: 'ENC:',
    topics: ['jantar de sábado', 'as fotos da viagem', 'minuta do contrato', 'reunião de segunda'],
    newsletter: [
      'Newsletter {brand}: as novidades da semana',
      'Olá {name}, aqui está o seu resumo semanal da {brand}. Ler online: {link}\nSubscreveu esta newsletter. Gerir preferências ou cancelar.',
    ],
    replyBody: [
      '',
      'Obrigada {name}, para mim está ótimo. Levo o resto no sábado.\n{who}\n\n> Em {date} escreveu:',
    ],
    forwardBody: [
      '',
      'Vê abaixo, podes dar uma olhadela?\n{who}\n\n---------- Mensagem encaminhada ---------\nDe: {brand}\nAssunto: {topic}',
    ],
    calendar: [
      'Convite: {topic} em {date}',
      '{who} convidou-o para "{topic}" em {date}. Participar por vídeo: {link}\nSim | Talvez | Não',
    ],
    shared: [
      '{who} partilhou "{topic}" consigo',
      '{who} partilhou um documento consigo: "{topic}". Abrir: {link}',
    ],
    listReply: [
      '',
      'Aqui acontece o mesmo depois da atualização; voltar à versão anterior resolveu.\n-- \nLista {list}\nCancelar: {link}',
    ],
    ticketReply: [
      'RES: {topic} [#{ref}]',
      'Olá {name},\nObrigado pela paciência. O reembolso foi emitido hoje e deve aparecer em 5 dias.\nCumprimentos, {who} do apoio {brand}',
    ],
    receipt: [
      'O seu recibo {brand} n.º {ref}',
      'Obrigado pela sua compra, {name}. Total pago: {amount}. Cartão terminado em {card}. Recibo {ref}.',
    ],
    invoice: [
      'Fatura {ref} da {brand}',
      'Olá {name}, a sua fatura {ref} de {amount} está disponível e será debitada a {date}.',
    ],
    bank: [
      'Pagamento com cartão de {amount} aprovado',
      '{brand}: foi aprovado um pagamento de {amount} com o cartão terminado em {card} a {date}. Não foi você? Ligue-nos.',
    ],
    security: [
      'Alerta de segurança: novo acesso à sua conta {brand}',
      'Detetámos um novo acesso a partir do Firefox em Windows a {date}. Se não foi você, proteja a conta: {link}',
    ],
    password: [
      'A sua palavra-passe {brand} foi alterada',
      'Olá {name}, a palavra-passe da sua conta {brand} foi alterada a {date}. Se não foi você, contacte-nos de imediato.',
    ],
  },
  it: {
    reply: 'R:',
    forward: 'I:',
    topics: ['cena di sabato', 'le foto del viaggio', 'bozza del contratto', 'riunione di lunedì'],
    newsletter: [
      'La newsletter di {brand}: le novità della settimana',
      'Ciao {name}, ecco il tuo riepilogo settimanale di {brand}. Leggi online: {link}\nSei iscritto/a a questa newsletter. Gestisci preferenze o disiscriviti.',
    ],
    replyBody: [
      '',
      'Grazie {name}, per me va bene. Il resto lo porto sabato.\n{who}\n\n> Il {date} hai scritto:',
    ],
    forwardBody: [
      '',
      'Guarda sotto, puoi dare un’occhiata?\n{who}\n\n---------- Messaggio inoltrato ---------\nDa: {brand}\nOggetto: {topic}',
    ],
    calendar: [
      'Invito: {topic} il {date}',
      '{who} ti ha invitato a "{topic}" il {date}. Partecipa in video: {link}\nSì | Forse | No',
    ],
    shared: [
      '{who} ha condiviso "{topic}" con te',
      '{who} ha condiviso un documento con te: "{topic}". Apri: {link}',
    ],
    listReply: [
      '',
      'Anche a me succede dopo l’aggiornamento; tornare alla versione precedente ha risolto.\n-- \nLista {list}\nDisiscriviti: {link}',
    ],
    ticketReply: [
      'R: {topic} [#{ref}]',
      'Ciao {name},\ngrazie per la pazienza. Il rimborso è stato emesso oggi e comparirà entro 5 giorni.\nSaluti, {who} dell’assistenza {brand}',
    ],
    receipt: [
      'La tua ricevuta {brand} n. {ref}',
      'Grazie per l’acquisto, {name}. Totale pagato: {amount}. Carta che termina con {card}. Ricevuta {ref}.',
    ],
    invoice: [
      'Fattura {ref} di {brand}',
      'Ciao {name}, la tua fattura {ref} di {amount} è disponibile e sarà addebitata il {date}.',
    ],
    bank: [
      'Pagamento con carta di {amount} autorizzato',
      '{brand}: è stato autorizzato un pagamento di {amount} con la carta che termina con {card} il {date}. Non sei stato tu? Chiamaci.',
    ],
    security: [
      'Avviso di sicurezza: nuovo accesso al tuo account {brand}',
      'Abbiamo rilevato un nuovo accesso da Firefox su Windows il {date}. Se non sei stato tu, proteggi l’account: {link}',
    ],
    password: [
      'La password di {brand} è stata modificata',
      'Ciao {name}, la password del tuo account {brand} è stata modificata il {date}. Se non sei stato tu, contattaci subito.',
    ],
  },
  nl: {
    reply: 'Antw:',
    forward: 'Doorst:',
    topics: ['etentje op zaterdag', 'de foto’s van de reis', 'conceptcontract', 'overleg maandag'],
    newsletter: [
      '{brand} Weekbrief: dit is er nieuw',
      'Hoi {name}, hier is je wekelijkse overzicht van {brand}. Online lezen: {link}\nJe bent geabonneerd op deze nieuwsbrief. Voorkeuren beheren of afmelden.',
    ],
    replyBody: [
      '',
      'Dank je {name}, komt mij goed uit. De rest neem ik zaterdag mee.\n{who}\n\n> Op {date} schreef je:',
    ],
    forwardBody: [
      '',
      'Zie hieronder, kun je even kijken?\n{who}\n\n---------- Doorgestuurd bericht ---------\nVan: {brand}\nOnderwerp: {topic}',
    ],
    calendar: [
      'Uitnodiging: {topic} op {date}',
      '{who} heeft je uitgenodigd voor "{topic}" op {date}. Deelnemen via video: {link}\nJa | Misschien | Nee',
    ],
    shared: [
      '{who} heeft "{topic}" met je gedeeld',
      '{who} heeft een document met je gedeeld: "{topic}". Openen: {link}',
    ],
    listReply: [
      '',
      'Bij mij hetzelfde na de update; terug naar de vorige versie hielp.\n-- \nLijst {list}\nAfmelden: {link}',
    ],
    ticketReply: [
      'Antw: {topic} [#{ref}]',
      'Hoi {name},\nBedankt voor je geduld. De terugbetaling is vandaag gedaan en staat binnen 5 dagen op je rekening.\nGroet, {who} van {brand} Klantenservice',
    ],
    receipt: [
      'Je bon van {brand} #{ref}',
      'Bedankt voor je bestelling, {name}. Betaald: {amount}. Kaart eindigend op {card}. Bonnummer {ref}.',
    ],
    invoice: [
      'Factuur {ref} van {brand}',
      'Hoi {name}, je factuur {ref} van {amount} staat klaar en wordt op {date} afgeschreven.',
    ],
    bank: [
      'Kaartbetaling van {amount} goedgekeurd',
      '{brand}: een betaling van {amount} met je kaart eindigend op {card} is op {date} goedgekeurd. Was jij dit niet? Bel ons.',
    ],
    security: [
      'Beveiligingsmelding: nieuwe aanmelding bij {brand}',
      'We zagen op {date} een nieuwe aanmelding via Firefox op Windows. Was jij dit niet, beveilig dan je account: {link}',
    ],
    password: [
      'Je wachtwoord bij {brand} is gewijzigd',
      'Hoi {name}, het wachtwoord van je {brand}-account is op {date} gewijzigd. Heb jij dit niet gedaan? Neem direct contact op.',
    ],
  },
}
