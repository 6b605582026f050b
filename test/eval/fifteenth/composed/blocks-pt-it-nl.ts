// Portuguese, Italian and Dutch building blocks of the composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const PT: Blocks = {
  subjects: {
    ack: [
      'O seu pedido à {c}',
      'Mensagem recebida',
      'Protocolo {r}',
      '{c} – confirmação de contacto',
    ],
    verify: [
      'Verifique a sua conta {c}',
      'Confirme seu endereço de e-mail',
      'Ative sua conta',
      'Conclua o registo na {c}',
    ],
    subscribe: [
      'Confirme a sua inscrição',
      'Confirma sua assinatura da newsletter',
      'Sua inscrição na {c}',
      'Confirmação necessária',
    ],
    reset: ['Nova senha da {c}', 'Pedido de redefinição', 'Entrar na {c}', 'Seu código {c}: {k}'],
  },
  received: {
    ack: [
      'Recebemos a sua mensagem.',
      'Seu pedido chegou à nossa equipa de apoio.',
      'Confirmamos a receção do seu contacto.',
    ],
    verify: [
      'Foi criada uma conta na {c} com este endereço.',
      'Obrigado por se cadastrar na {c}.',
      'Acabou de se registar na {c}.',
    ],
    subscribe: [
      'Este endereço foi introduzido no nosso formulário.',
      'Obrigado pelo interesse nas novidades da {c}.',
      'Recebemos um pedido de inscrição na nossa lista.',
    ],
    reset: [
      'Foi pedida uma nova senha para a sua conta {c}.',
      'Foi solicitado um acesso à {c}.',
      'Você pediu uma nova senha.',
    ],
  },
  next: {
    ack: [
      'Responderemos com a maior brevidade possível.',
      'Terá resposta em até dois dias úteis.',
      'Respondemos por ordem de chegada.',
    ],
    verify: [
      'Confirme o endereço para ativá-la: {l}',
      'Digite o código {k} para continuar.',
      'Clique na ligação para concluir: {l}',
    ],
    subscribe: [
      'Clique aqui para confirmar: {l}',
      'A inscrição começa depois da confirmação: {l}',
      'Confirme com um clique: {l}',
    ],
    reset: [
      'Crie uma nova aqui: {l}',
      'O seu código de uso único é {k}.',
      'Este link faz o seu login: {l}',
    ],
  },
  openers: ['Olá {n},', 'Oi {n}!', 'Caro(a) {n},', 'Olá,'],
  refs: ['Referência: {r}', 'Número do chamado: #{r}', '(processo {r})'],
  signoffs: ['Cumprimentos,\nEquipa {c}', 'Abraços,\n{c}', 'Atenciosamente,\nAtendimento {c}'],
  footers: ['', 'Se não foi você, ignore este e-mail.', 'Não responda a esta mensagem automática.'],
}

export const IT: Blocks = {
  subjects: {
    ack: [
      'La tua richiesta a {c}',
      'Messaggio ricevuto',
      'Pratica {r} aperta',
      '{c} – conferma di ricezione',
    ],
    verify: [
      'Verifica il tuo account {c}',
      'Conferma il Suo indirizzo email',
      'Attiva il tuo account',
      'Completa la registrazione a {c}',
    ],
    subscribe: [
      'Conferma la tua iscrizione',
      'Confermi l’iscrizione alla newsletter?',
      'La tua iscrizione a {c}',
      'Conferma necessaria',
    ],
    reset: [
      'Nuova password {c}',
      'Richiesta di reimpostazione',
      'Accedi a {c}',
      'Il tuo codice {c}: {k}',
    ],
  },
  received: {
    ack: [
      'Abbiamo ricevuto il tuo messaggio.',
      'La Sua richiesta è arrivata al nostro servizio clienti.',
      'Confermiamo la ricezione della Sua comunicazione.',
    ],
    verify: [
      'È stato creato un account {c} con questo indirizzo.',
      'Grazie per esserti registrato su {c}.',
      'Si è appena registrato su {c}.',
    ],
    subscribe: [
      'Questo indirizzo è stato inserito nel nostro modulo.',
      'Grazie per l’interesse per le novità di {c}.',
      'Abbiamo ricevuto una richiesta di iscrizione alla lista.',
    ],
    reset: [
      'È stata richiesta una nuova password per il Suo account {c}.',
      'È stato richiesto un accesso a {c}.',
      'Hai chiesto una nuova password.',
    ],
  },
  next: {
    ack: [
      'Ti risponderemo il prima possibile.',
      'Riceverà risposta entro due giorni lavorativi.',
      'Le richieste vengono gestite in ordine di arrivo.',
    ],
    verify: [
      'Confermi l’indirizzo per attivarlo: {l}',
      'Inserisci il codice {k} per continuare.',
      'Clicca sul link per finire: {l}',
    ],
    subscribe: [
      'Clicca qui per confermare: {l}',
      'L’iscrizione parte dopo la conferma: {l}',
      'Conferma con un clic: {l}',
    ],
    reset: [
      'Creane una nuova qui: {l}',
      'Il tuo codice monouso è {k}.',
      'Questo link ti fa accedere: {l}',
    ],
  },
  openers: ['Ciao {n},', 'Gentile {n},', 'Buongiorno {n},', 'Salve,'],
  refs: ['Riferimento: {r}', 'Numero ticket: #{r}', '(pratica {r})'],
  signoffs: [
    'Un saluto,\nIl team {c}',
    'A presto,\n{c}',
    'Cordiali saluti,\nAssistenza clienti {c}',
  ],
  footers: [
    '',
    'Se non sei stato tu, ignora questa email.',
    'Si prega di non rispondere a questo messaggio automatico.',
  ],
}

export const NL: Blocks = {
  subjects: {
    ack: [
      'Je vraag aan {c}',
      'Bericht ontvangen',
      'Ticket {r} aangemaakt',
      '{c} – ontvangstbevestiging',
    ],
    verify: [
      'Verifieer je {c}-account',
      'Bevestig uw e-mailadres',
      'Activeer je account',
      'Rond je registratie bij {c} af',
    ],
    subscribe: [
      'Bevestig je aanmelding',
      'Bevestig uw inschrijving op de nieuwsbrief',
      'Je aanmelding bij {c}',
      'Bevestiging nodig',
    ],
    reset: [
      'Nieuw wachtwoord voor {c}',
      'Wachtwoordherstel aangevraagd',
      'Inloggen bij {c}',
      'Je {c}-code: {k}',
    ],
  },
  received: {
    ack: [
      'Je bericht is bij ons binnengekomen.',
      'Uw vraag is doorgestuurd naar ons supportteam.',
      'Hierbij bevestigen wij de ontvangst van uw verzoek.',
    ],
    verify: [
      'Er is een {c}-account aangemaakt met dit adres.',
      'Bedankt voor je registratie bij {c}.',
      'U heeft zich zojuist aangemeld bij {c}.',
    ],
    subscribe: [
      'Dit adres is ingevuld op ons aanmeldformulier.',
      'Leuk dat je nieuws van {c} wilt ontvangen.',
      'We kregen een verzoek om je aan onze lijst toe te voegen.',
    ],
    reset: [
      'Er is een nieuw wachtwoord aangevraagd voor uw {c}-account.',
      'Er is gevraagd om in te loggen bij {c}.',
      'Je hebt een nieuw wachtwoord aangevraagd.',
    ],
  },
  next: {
    ack: [
      'We reageren zo snel mogelijk.',
      'U krijgt binnen twee werkdagen antwoord.',
      'We behandelen berichten op volgorde van binnenkomst.',
    ],
    verify: [
      'Bevestig uw adres om het te activeren: {l}',
      'Vul de code {k} in om verder te gaan.',
      'Klik op de link om af te ronden: {l}',
    ],
    subscribe: [
      'Klik hier om te bevestigen: {l}',
      'Je abonnement start na bevestiging: {l}',
      'Bevestig met één klik: {l}',
    ],
    reset: [
      'Kies hier een nieuw: {l}',
      'Je eenmalige code is {k}.',
      'Met deze link log je in: {l}',
    ],
  },
  openers: ['Hoi {n},', 'Beste {n},', 'Geachte {n},', 'Hallo,'],
  refs: ['Referentie: {r}', 'Ticketnummer: #{r}', '(dossier {r})'],
  signoffs: [
    'Groetjes,\nTeam {c}',
    'Tot snel,\n{c}',
    'Met vriendelijke groet,\nKlantenservice {c}',
  ],
  footers: [
    '',
    'Was jij dit niet? Negeer dan deze e-mail.',
    'Dit is een automatisch bericht, u kunt hier niet op antwoorden.',
  ],
}
