// Building blocks of composed in-house mail, Portuguese, Italian and Dutch.
import type { Blocks } from './blocks.ts'

export const BLOCKS_B: Record<'pt' | 'it' | 'nl', Blocks> = {
  pt: {
    greet: ['Olá,', 'Olá {payload},', 'Caro cliente,', 'Oi,'],
    main: {
      helpdesk: [
        'A sua mensagem já está connosco.',
        'Registámos o seu contacto com o n.º {ref}.',
        'Sua solicitação chegou e entrou na fila de atendimento.',
        'O nosso balcão recebeu o seu pedido.',
      ],
      verification: [
        'Confirme este endereço para abrir a sua conta: {link}',
        'Ative seu acesso aqui: {link}',
      ],
      subscription: [
        'Confirme que quer as nossas novidades: {link}',
        'Um clique para começar a receber a newsletter: {link}',
      ],
      reset: [
        'Defina uma nova senha com este link: {link}',
        'Aqui está a ligação para mudar a palavra-passe: {link}',
      ],
    },
    next: [
      'Respondemos em dois dias úteis.',
      'Não precisa fazer mais nada.',
      'Se não foi você, ignore este e-mail.',
      'Horário: seg.–sex. 9h–18h.',
    ],
    close: [
      'Cumprimentos,\n{company}',
      'Obrigado,\nEquipe {company}',
      '{company}',
      'Um abraço de toda a equipa {company}',
    ],
  },
  it: {
    greet: ['Salve,', 'Ciao {payload},', 'Gentile cliente,', 'Buongiorno,'],
    main: {
      helpdesk: [
        'Abbiamo il tuo messaggio.',
        'La sua richiesta è registrata con il n. {ref}.',
        'La tua segnalazione è arrivata ed è in coda.',
        'La reception ha ricevuto il suo messaggio.',
      ],
      verification: [
        'Conferma questo indirizzo per aprire il tuo account: {link}',
        'Attiva il tuo accesso qui: {link}',
      ],
      subscription: [
        'Conferma che vuoi le nostre novità: {link}',
        'Un clic per ricevere la newsletter: {link}',
      ],
      reset: [
        'Imposta una nuova password con questo link: {link}',
        'Ecco il link per cambiare la password: {link}',
      ],
    },
    next: [
      'Rispondiamo entro due giorni lavorativi.',
      'Non devi fare altro.',
      'Se non sei stato tu, ignora questa email.',
      'Orari: lun–ven 9–18.',
    ],
    close: [
      'Saluti,\n{company}',
      'Grazie,\nIl team {company}',
      '{company}',
      'Un caro saluto da tutto lo staff di {company}',
    ],
  },
  nl: {
    greet: ['Hallo,', 'Beste {payload},', 'Beste klant,', 'Hoi,'],
    main: {
      helpdesk: [
        'We hebben je bericht.',
        'Uw vraag staat bij ons genoteerd onder {ref}.',
        'Je verzoek is binnengekomen en staat in de wachtrij.',
        'Onze receptie heeft uw aanvraag ontvangen.',
      ],
      verification: [
        'Bevestig dit adres om je account te openen: {link}',
        'Activeer je toegang hier: {link}',
      ],
      subscription: [
        'Bevestig dat je onze updates wilt: {link}',
        'Eén klik en de nieuwsbrief komt eraan: {link}',
      ],
      reset: [
        'Kies een nieuw wachtwoord via deze link: {link}',
        'Hier is de link om je wachtwoord te wijzigen: {link}',
      ],
    },
    next: [
      'We reageren binnen twee werkdagen.',
      'Je hoeft verder niets te doen.',
      'Was jij dit niet? Negeer deze mail.',
      'Bereikbaar: ma–vr 9–17 uur.',
    ],
    close: [
      'Groet,\n{company}',
      'Bedankt,\nTeam {company}',
      '{company}',
      'Hartelijke groet van iedereen bij {company}',
    ],
  },
}
