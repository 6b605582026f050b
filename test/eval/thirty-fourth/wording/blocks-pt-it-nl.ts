// Building blocks for composed wordings in Portuguese, Italian and Dutch (see blocks.ts).
import type { Lang } from '../../types.ts'
import type { Blocks } from './blocks.ts'

export const BLOCKS_PT_IT_NL: Pick<Record<Lang, Blocks>, 'pt' | 'it' | 'nl'> = {
  pt: {
    greet: ['Olá {name},', 'Oi {name}!', 'Prezado(a) {name},', 'Olá!'],
    subject: {
      helpdesk: ['RE: {payload}', 'Chamado {ticket}: {payload}', 'Obrigado pelo contato'],
      verification: [
        'Confirme seu endereço de e-mail',
        'Ative sua conta {company}',
        'Ação necessária: confirme seu cadastro',
      ],
      subscription: [
        'Confirme sua inscrição',
        'Newsletter {company}: confirmação',
        'Falta um clique',
      ],
      reset: ['Nova senha para {company}', 'Seu código: {code}', 'Link para redefinir'],
    },
    line: {
      helpdesk: [
        'Recebemos sua mensagem "{payload}" (chamado {ticket}).',
        'Sua solicitação foi registrada com o protocolo {ticket}.',
      ],
      verification: ['Confirme seu e-mail: {link}', 'Conclua seu cadastro: {link}'],
      subscription: [
        'Confirme que deseja receber novidades da {company}: {link}',
        'Clique para concluir a inscrição: {link}',
      ],
      reset: ['Crie uma nova senha: {link}', 'Seu código de uso único é {code}.'],
    },
    next: [
      'Se não foi você, ignore este e-mail.',
      'O link expira em 24 horas.',
      'Não responda a este e-mail.',
    ],
    close: [
      'Abraços,\nEquipe {company}',
      'Atenciosamente, {company}',
      'Central de Atendimento {company}',
    ],
  },
  it: {
    greet: ['Ciao {name},', 'Gentile {name},', 'Buongiorno,', 'Salve {name}'],
    subject: {
      helpdesk: ['R: {payload}', 'Ticket {ticket}: {payload}', 'Grazie per averci scritto'],
      verification: [
        'Verifica il tuo indirizzo email',
        'Attiva il tuo account {company}',
        'Azione richiesta: conferma la registrazione',
      ],
      subscription: [
        'Conferma la tua iscrizione',
        'Newsletter {company}: conferma',
        'Ancora un clic',
      ],
      reset: ['Nuova password per {company}', 'Il tuo codice: {code}', 'Link per reimpostare'],
    },
    line: {
      helpdesk: [
        'Abbiamo ricevuto il tuo messaggio "{payload}" (ticket {ticket}).',
        'La tua richiesta è registrata con il numero {ticket}.',
      ],
      verification: ['Conferma il tuo indirizzo: {link}', 'Completa la registrazione: {link}'],
      subscription: [
        'Conferma di voler ricevere le novità di {company}: {link}',
        'Clicca per completare l’iscrizione: {link}',
      ],
      reset: ['Scegli una nuova password: {link}', 'Il tuo codice monouso è {code}.'],
    },
    next: [
      'Se non sei stato tu, ignora questa email.',
      'Il link scade tra 24 ore.',
      'Non rispondere a questo messaggio.',
    ],
    close: [
      'Un saluto,\nIl team {company}',
      'Cordiali saluti, {company}',
      'Servizio clienti {company}',
    ],
  },
  nl: {
    greet: ['Hoi {name},', 'Beste {name},', 'Hallo!', 'Geachte klant,'],
    subject: {
      helpdesk: ['Re: {payload}', 'Ticket {ticket}: {payload}', 'Bedankt voor je bericht'],
      verification: [
        'Bevestig je e-mailadres',
        'Activeer je account bij {company}',
        'Actie vereist: bevestig je registratie',
      ],
      subscription: ['Bevestig je aanmelding', 'Nieuwsbrief {company}: bevestigen', 'Nog één klik'],
      reset: ['Nieuw wachtwoord voor {company}', 'Je code: {code}', 'Resetlink'],
    },
    line: {
      helpdesk: [
        'We hebben je bericht "{payload}" ontvangen (ticket {ticket}).',
        'Je vraag is geregistreerd onder nummer {ticket}.',
      ],
      verification: ['Bevestig je adres: {link}', 'Rond je registratie af: {link}'],
      subscription: [
        'Bevestig dat je nieuws van {company} wilt ontvangen: {link}',
        'Klik om je aanmelding af te ronden: {link}',
      ],
      reset: ['Kies een nieuw wachtwoord: {link}', 'Je eenmalige code is {code}.'],
    },
    next: [
      'Was jij dit niet? Negeer deze e-mail.',
      'De link is 24 uur geldig.',
      'Niet beantwoorden a.u.b.',
    ],
    close: [
      'Groetjes,\nTeam {company}',
      'Met vriendelijke groet, {company}',
      'Klantenservice {company}',
    ],
  },
}
