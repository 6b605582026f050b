// Building blocks for Portuguese, Italian and Dutch (see blocks-a.ts); the family sentences vary
// the everyday words for "request" and "received" as different companies write them.
import type { Blocks } from './blocks-a.ts'

export const BLOCKS_B: Record<'pt' | 'it' | 'nl', Blocks> = {
  pt: {
    greet: ['Olá {p},', 'Oi, {p}!', 'Caro(a) {p},', 'Bom dia,'],
    subject: {
      helpdesk: [
        'RE: {p}',
        'O seu pedido {num}',
        'Suporte {brand}: ticket {num}',
        'Obrigado pelo contacto',
      ],
      verification: [
        'Confirme seu e-mail',
        '{brand}: verifique o seu endereço',
        'Sua conta {brand}',
      ],
      subscription: ['{list}: quase lá', 'Bem-vindo(a) à {list}?', 'Só confirmando 🙂'],
      reset: ['Redefina sua senha', '{brand}: recuperação de conta', 'O seu link de acesso'],
    },
    core: {
      helpdesk: [
        'O seu pedido foi recebido.',
        'Sua solicitação foi registrada sob o número {num}.',
        'A sua mensagem já chegou até nós.',
        'Seu atendimento foi aberto e está na fila.',
        'Confirmamos a receção do seu contacto.',
      ],
      verification: ['Confirme o seu e-mail para terminar o registo.', 'Seu código é {code}.'],
      subscription: ['Confirme que quer receber a {list}.', 'Um clique e a sua subscrição começa.'],
      reset: [
        'Foi pedida a redefinição da senha desta conta.',
        'Aqui está o link que pediu para voltar a entrar.',
      ],
    },
    next: {
      helpdesk: [
        'Respondemos em até 2 dias úteis.',
        'Responda a este e-mail para acrescentar detalhes.',
      ],
      verification: ['Confirmar: {link}', 'O link vale 24 horas: {link}'],
      subscription: ['Confirmar: {link}', '👉 {link}'],
      reset: ['Redefinir: {link}', 'Este link expira em 30 minutos: {link}'],
    },
    close: [
      'Atenciosamente, equipe {brand}',
      'Cumprimentos, {brand}',
      '— Apoio ao cliente {brand}',
    ],
  },
  it: {
    greet: ['Ciao {p},', 'Gentile {p},', 'Buongiorno {p},', 'Salve,'],
    subject: {
      helpdesk: [
        'R: {p}',
        'La tua richiesta {num}',
        'Assistenza {brand}: ticket {num}',
        'Grazie per averci scritto',
      ],
      verification: [
        'Conferma la tua email',
        '{brand}: verifica il tuo indirizzo',
        'Il tuo account {brand}',
      ],
      subscription: ['{list}: ci siamo quasi', 'Benvenuto/a in {list}?', 'Solo una verifica 🙂'],
      reset: ['Reimposta la password', '{brand}: recupero account', 'Il tuo link di accesso'],
    },
    core: {
      helpdesk: [
        'La tua richiesta è stata ricevuta.',
        'Abbiamo aperto la pratica numero {num}.',
        'Il tuo messaggio ci è arrivato.',
        'La sua segnalazione è stata registrata.',
      ],
      verification: ['Verifica la tua email per completare l’account.', 'Il tuo codice è {code}.'],
      subscription: ['Conferma che vuoi ricevere {list}.', 'Un clic e l’iscrizione parte.'],
      reset: [
        'È stata chiesta la reimpostazione della password di questo account.',
        'Ecco il link che hai chiesto per rientrare.',
      ],
    },
    next: {
      helpdesk: [
        'Rispondiamo entro 2 giorni lavorativi.',
        'Rispondi a questa email per aggiungere dettagli.',
      ],
      verification: ['Conferma: {link}', 'Il link vale 24 ore: {link}'],
      subscription: ['Conferma: {link}', '👉 {link}'],
      reset: ['Reimposta: {link}', 'Il link scade tra 30 minuti: {link}'],
    },
    close: ['Cordiali saluti, il team {brand}', 'A presto, {brand}', '— Servizio clienti {brand}'],
  },
  nl: {
    greet: ['Hoi {p},', 'Beste {p},', 'Hallo {p}!', 'Goedendag,'],
    subject: {
      helpdesk: [
        'Re: {p}',
        'Je aanvraag {num}',
        '{brand} klantenservice: ticket {num}',
        'Bedankt voor je bericht',
      ],
      verification: ['Bevestig je e-mail', '{brand}: verifieer je adres', 'Je {brand}-account'],
      subscription: ['{list}: bijna klaar', 'Welkom bij {list}?', 'Even checken 🙂'],
      reset: ['Wachtwoord opnieuw instellen', '{brand} accountherstel', 'Je inloglink'],
    },
    core: {
      helpdesk: [
        'Je aanvraag is goed ontvangen.',
        'Je vraag staat bij ons geregistreerd onder nummer {num}.',
        'Uw verzoek is in behandeling genomen.',
        'We hebben je bericht binnengekregen.',
      ],
      verification: ['Bevestig je e-mailadres om je account af te ronden.', 'Je code is {code}.'],
      subscription: ['Bevestig dat je {list} wilt ontvangen.', 'Eén klik en je abonnement start.'],
      reset: [
        'Er is gevraagd het wachtwoord van dit account te herstellen.',
        'Hier is de link die je vroeg om weer in te loggen.',
      ],
    },
    next: {
      helpdesk: [
        'Je krijgt binnen 2 werkdagen antwoord.',
        'Beantwoord deze e-mail om iets toe te voegen.',
      ],
      verification: ['Bevestigen: {link}', 'De link is 24 uur geldig: {link}'],
      subscription: ['Bevestigen: {link}', '👉 {link}'],
      reset: ['Herstellen: {link}', 'Deze link verloopt over 30 minuten: {link}'],
    },
    close: [
      'Met vriendelijke groet, team {brand}',
      'Groetjes, {brand}',
      '— Klantenservice {brand}',
    ],
  },
}
