// Burst texts for pt (pt-PT and pt-BR mixed, as a person's services are), it, nl.
import type { BurstTexts } from './types.ts'

export const PT: BurstTexts = {
  roles: [
    'Analista de dados',
    'Gestora de projetos',
    'Assistente administrativo',
    'Técnico de logística',
  ],
  job: [
    [
      'Recebemos a sua candidatura',
      'Olá {first},\nObrigado pela sua candidatura à vaga de {role} na {brand}. A nossa equipa de recrutamento vai analisá-la e entraremos em contacto.\nEquipa de Recrutamento',
    ],
    [
      'Candidatura recebida: {role}',
      'Oi {first}, recebemos sua candidatura para a vaga {role} (código {ref}). Acompanhe o processo em {link}',
    ],
  ],
  items: ['camisola de lã', 'ténis 38', 'candeeiro de secretária', 'jogo de lençóis', 'cafeteira'],
  order: [
    [
      'Confirmação da encomenda n.º {ref}',
      'Obrigado, {first}!\nArtigos: {items}\nTotal: {amount}\nEntrega prevista: {day}',
    ],
    [
      'Recebemos seu pedido',
      'Pedido {ref} na {brand}: {items}. Total {amount}. Previsão de entrega {day}.',
    ],
  ],
  shipped: ['Seu pedido {ref} foi enviado', 'Código de rastreio {code}. Entrega prevista {day}.'],
  sectors: ['Banco', 'Seguros', 'Energia', 'Telemóvel', 'CTT', 'Revista', 'Operadora', 'Saúde'],
  move: [
    [
      'Recebemos o seu pedido de alteração de morada',
      'Olá {first}, o seu pedido foi registado com a referência {ref}.',
    ],
    [
      'Solicitação de mudança de endereço recebida',
      'Oi {first}, seu novo endereço será atualizado em até 5 dias úteis. Protocolo {ref}.',
    ],
  ],
  customer: [
    ['O seu extrato está disponível', 'Olá {first}, consulte o extrato {brand}.'],
    ['Novidades {brand}', 'Dicas e novidades do mês.'],
  ],
  code: ['{code} é o seu código {brand}', 'Introduza este código no novo dispositivo: {code}.'],
  alert: [
    'Novo acesso em Android',
    'A sua conta {brand} foi usada em {device}. Se foi você, ignore.',
  ],
  trip: [
    [
      'Reserva confirmada: Lisboa – Paris',
      'Código de reserva {ref}, partida {day}. Total {amount}.',
    ],
    ['A sua estadia no hotel {brand}', 'Confirmação {ref}, chegada {day}, {amount}.'],
    ['Aluguer de carro confirmado', 'Reserva {ref}, levantamento {day}, {amount}.'],
    ['O seu seguro de viagem', 'Apólice {ref} desde {day}. Prémio {amount}.'],
    ['Estacionamento no aeroporto reservado', 'Reserva {ref} a partir de {day}, {amount}.'],
  ],
  events: ['Oficina de cerâmica', 'Webinar IRS', 'Corrida solidária 10 km', 'Curso de fotografia'],
  event: [
    [
      'Inscrição confirmada: {event}',
      'Olá {first}, o seu lugar em {event} a {day} está garantido. {link}',
    ],
    ['Obrigado pela inscrição', '{event} – bilhete n.º {ref}.'],
  ],
  confirmFirst: ['Confirme o seu e-mail', 'Para concluir a inscrição em {event}: {link}'],
}

export const IT: BurstTexts = {
  roles: ['Impiegata amministrativa', 'Project manager', 'Analista dati', 'Responsabile magazzino'],
  job: [
    [
      'Grazie per la tua candidatura',
      'Ciao {first},\ngrazie per esserti candidato alla posizione di {role} in {brand}. Abbiamo ricevuto il tuo CV e lo valuteremo con attenzione.\nTeam Selezione',
    ],
    [
      'Conferma ricezione candidatura',
      'Gentile {first}, la sua candidatura per {role} (rif. {ref}) è pervenuta. Stato: {link}',
    ],
  ],
  items: ['maglione di lana', 'scarpe da corsa 41', 'lampada da scrivania', 'set lenzuola', 'moka'],
  order: [
    [
      'Conferma ordine n. {ref}',
      'Grazie {first}!\nArticoli: {items}\nTotale: {amount}\nConsegna prevista: {day}',
    ],
    [
      'Abbiamo ricevuto il tuo ordine',
      'Ordine {ref} su {brand}: {items}. Totale {amount}. Consegna il {day}.',
    ],
  ],
  shipped: ['Il tuo ordine {ref} è stato spedito', 'Tracking {code}. Consegna il {day}.'],
  sectors: [
    'Banca',
    'Assicurazioni',
    'Energia',
    'Telefonia',
    'Poste',
    'Rivista',
    'Fibra',
    'Previdenza',
  ],
  move: [
    [
      'Abbiamo ricevuto la tua richiesta di cambio indirizzo',
      'Ciao {first}, la richiesta è registrata con il numero {ref}.',
    ],
    [
      'Variazione di residenza: pratica {ref}',
      'Gentile {first}, la sua comunicazione è stata presa in carico.',
    ],
  ],
  customer: [
    ['Il tuo estratto conto è disponibile', 'Ciao {first}, l’estratto {brand} è online.'],
    ['Novità da {brand}', 'Consigli di stagione e novità.'],
  ],
  code: [
    '{code} è il tuo codice {brand}',
    'Inserisci questo codice sul nuovo dispositivo: {code}.',
  ],
  alert: [
    'Nuovo accesso da Android',
    'Il tuo account {brand} è stato usato su {device}. Se sei stato tu, ignora.',
  ],
  trip: [
    ['Prenotazione confermata: Milano – Lisbona', 'Codice {ref}, partenza {day}. Totale {amount}.'],
    ['Il tuo soggiorno all’hotel {brand}', 'Conferma {ref}, arrivo {day}, {amount}.'],
    ['Noleggio auto confermato', 'Prenotazione {ref}, ritiro {day}, {amount}.'],
    ['La tua assicurazione di viaggio', 'Polizza {ref} dal {day}. Premio {amount}.'],
    ['Parcheggio in aeroporto prenotato', 'Prenotazione {ref} dal {day}, {amount}.'],
  ],
  events: [
    'Corso di ceramica',
    'Webinar dichiarazione dei redditi',
    'Corsa 10 km',
    'Corso di tedesco',
  ],
  event: [
    [
      'Iscrizione confermata: {event}',
      'Ciao {first}, il tuo posto per {event} il {day} è riservato. {link}',
    ],
    ['Grazie per l’iscrizione', '{event} – biglietto n. {ref}.'],
  ],
  confirmFirst: [
    'Conferma il tuo indirizzo email',
    'Per completare l’iscrizione a {event}: {link}',
  ],
}

export const NL: BurstTexts = {
  roles: ['Financieel medewerker', 'Projectleider', 'Data-analist', 'Teamleider logistiek'],
  job: [
    [
      'Bedankt voor je sollicitatie',
      'Hoi {first},\nbedankt voor je sollicitatie als {role} bij {brand}. We hebben je gegevens ontvangen en nemen binnen twee weken contact op.\nTeam Recruitment',
    ],
    [
      'Ontvangstbevestiging sollicitatie',
      'Beste {first}, uw sollicitatie voor {role} (ref. {ref}) is in goede orde ontvangen. Status: {link}',
    ],
  ],
  items: ['wollen trui', 'hardloopschoenen 43', 'bureaulamp', 'dekbedovertrek', 'koffiemolen'],
  order: [
    [
      'Bevestiging van je bestelling {ref}',
      'Bedankt, {first}!\nArtikelen: {items}\nTotaal: {amount}\nVerwachte levering: {day}',
    ],
    [
      'We hebben je bestelling ontvangen',
      'Bestelling {ref} bij {brand}: {items}. Totaal {amount}. Bezorging {day}.',
    ],
  ],
  shipped: ['Je bestelling {ref} is onderweg', 'Track & trace {code}. Bezorging {day}.'],
  sectors: [
    'Bank',
    'Verzekeringen',
    'Energie',
    'Mobiel',
    'PostNL',
    'Tijdschrift',
    'Zorgverzekeraar',
    'Internet',
  ],
  move: [
    [
      'We hebben je adreswijziging ontvangen',
      'Hoi {first}, je verzoek is geregistreerd onder nummer {ref}.',
    ],
    [
      'Bevestiging verhuisbericht',
      'Beste {first}, wij hebben uw nieuwe adres verwerkt. Kenmerk {ref}.',
    ],
  ],
  customer: [
    ['Je jaaroverzicht staat klaar', 'Hoi {first}, bekijk je overzicht van {brand}.'],
    ['Nieuws van {brand}', 'Tips voor de winter en onze nieuwtjes.'],
  ],
  code: ['{code} is je {brand}-code', 'Vul deze code in op je nieuwe toestel: {code}.'],
  alert: [
    'Nieuwe inlog op Android',
    'Je {brand}-account is gebruikt op {device}. Was jij dit, dan hoef je niets te doen.',
  ],
  trip: [
    ['Boeking bevestigd: Amsterdam – Faro', 'Boekingscode {ref}, vertrek {day}. Totaal {amount}.'],
    ['Je verblijf in hotel {brand}', 'Bevestiging {ref}, aankomst {day}, {amount}.'],
    ['Huurauto gereserveerd', 'Reservering {ref}, ophalen {day}, {amount}.'],
    ['Je reisverzekering', 'Polis {ref} vanaf {day}. Premie {amount}.'],
    ['Parkeren op Schiphol geboekt', 'Reservering {ref} vanaf {day}, {amount}.'],
  ],
  events: ['Workshop keramiek', 'Webinar belastingaangifte', 'Stadsloop 10 km', 'Cursus Spaans'],
  event: [
    [
      'Inschrijving bevestigd: {event}',
      'Hoi {first}, je plek voor {event} op {day} is gereserveerd. {link}',
    ],
    ['Bedankt voor je aanmelding', '{event} – ticketnummer {ref}.'],
  ],
  confirmFirst: ['Bevestig je e-mailadres', 'Om je inschrijving voor {event} af te ronden: {link}'],
}
