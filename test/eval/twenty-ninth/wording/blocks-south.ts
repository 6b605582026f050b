// Composer blocks for Portuguese (pt-PT and pt-BR), Italian and Dutch.
import type { Blocks } from './blocks.ts'

export const BLOCKS_SOUTH = {
  pt: {
    greeting: ['Olá {p},', 'Oi {p}!', 'Caro/a {p},'],
    sentence: {
      helpdesk: [
        'Recebemos o seu pedido "{p}" (ref. {ref}).',
        'Sua solicitação chegou e recebeu o protocolo {ref}.',
        'O seu contacto foi registado com o número {ref}.',
      ],
      verification: [
        'obrigado por se registar na {c}.',
        'você acabou de criar uma conta na {c}.',
        'a sua conta {c} está quase pronta.',
      ],
      subscription: [
        'pediu para receber a nossa newsletter.',
        'alguém cadastrou este e-mail no nosso formulário.',
        'falta pouco para a newsletter da {c}.',
      ],
      reset: [
        'foi pedida a redefinição da palavra-passe.',
        'você pediu para trocar a senha da {c}.',
        'o seu código é {code}.',
      ],
    },
    step: {
      helpdesk: ['Responderemos em breve.', 'Acompanhe em {link}'],
      verification: ['Confirme o e-mail: {link}', 'Ative a conta: {link}'],
      subscription: ['Confirme aqui: {link}', 'Quero receber: {link}'],
      reset: ['Nova senha: {link}', 'O código expira em 10 minutos.'],
    },
    closing: ['Cumprimentos, {c}', 'Equipe {c}', 'Atenciosamente, Atendimento {c}'],
    subject: {
      helpdesk: ['Recebemos o seu pedido {ref}', 'RE: {p}', 'Protocolo {ref} - {c}'],
      verification: ['Confirme o seu e-mail', 'Ative sua conta {c}', 'Bem-vindo à {c}'],
      subscription: [
        'Confirme a sua subscrição',
        'Confirme seu cadastro',
        'Newsletter {c}: confirme',
      ],
      reset: ['Redefinir senha', 'O seu código {c}', 'Recuperação de palavra-passe'],
    },
  },
  it: {
    greeting: ['Ciao {p},', 'Gentile {p},', 'Buongiorno {p},'],
    sentence: {
      helpdesk: [
        'abbiamo ricevuto la tua richiesta "{p}" (n. {ref}).',
        'la sua segnalazione è arrivata ed è registrata come {ref}.',
        'il tuo messaggio è stato preso in carico ({ref}).',
      ],
      verification: [
        'grazie per esserti registrato su {c}.',
        'hai appena creato un account {c}.',
        'il suo account {c} è quasi pronto.',
      ],
      subscription: [
        'hai chiesto di ricevere la nostra newsletter.',
        'questo indirizzo è stato inserito nel nostro modulo.',
        'manca poco per la newsletter di {c}.',
      ],
      reset: [
        'è stata richiesta la reimpostazione della password.',
        'vuoi cambiare la password di {c}.',
        'il tuo codice è {code}.',
      ],
    },
    step: {
      helpdesk: ['Ti risponderemo al più presto.', 'Seguila qui: {link}'],
      verification: ['Conferma l’indirizzo: {link}', 'Attiva l’account: {link}'],
      subscription: ['Conferma qui: {link}', 'Sì, mi iscrivo: {link}'],
      reset: ['Nuova password: {link}', 'Il codice scade tra 10 minuti.'],
    },
    closing: ['Un saluto, {c}', 'Il team {c}', 'Cordiali saluti, Assistenza {c}'],
    subject: {
      helpdesk: ['Richiesta {ref} ricevuta', 'R: {p}', '{c} - segnalazione {ref}'],
      verification: [
        'Conferma il tuo indirizzo email',
        'Attiva il tuo account {c}',
        'Benvenuto su {c}',
      ],
      subscription: ['Conferma l’iscrizione', 'Ancora un clic', 'Newsletter {c}: conferma'],
      reset: ['Reimposta la password', 'Il tuo codice {c}', 'Password dimenticata?'],
    },
  },
  nl: {
    greeting: ['Hoi {p},', 'Beste {p},', 'Hallo {p},'],
    sentence: {
      helpdesk: [
        'We hebben je aanvraag "{p}" ontvangen (nr. {ref}).',
        'Uw verzoek is binnengekomen onder nummer {ref}.',
        'Je vraag staat bij ons geregistreerd als {ref}.',
      ],
      verification: [
        'bedankt voor je registratie bij {c}.',
        'je hebt net een account aangemaakt bij {c}.',
        'uw account bij {c} is bijna klaar.',
      ],
      subscription: [
        'je wilt onze nieuwsbrief ontvangen.',
        'iemand heeft dit adres in ons formulier gezet.',
        'nog even en je krijgt de nieuwsbrief van {c}.',
      ],
      reset: [
        'er is een nieuw wachtwoord aangevraagd.',
        'je wilt je wachtwoord bij {c} wijzigen.',
        'je code is {code}.',
      ],
    },
    step: {
      helpdesk: ['We reageren zo snel mogelijk.', 'Volg het hier: {link}'],
      verification: ['Bevestig je adres: {link}', 'Activeer je account: {link}'],
      subscription: ['Bevestig hier: {link}', 'Ja, ik wil de nieuwsbrief: {link}'],
      reset: ['Nieuw wachtwoord: {link}', 'De code verloopt over 10 minuten.'],
    },
    closing: ['Groeten, {c}', 'Team {c}', 'Met vriendelijke groet, Klantenservice {c}'],
    subject: {
      helpdesk: ['Je aanvraag {ref} is ontvangen', 'Re: {p}', '{c} - verzoek {ref}'],
      verification: ['Bevestig je e-mailadres', 'Activeer je account bij {c}', 'Welkom bij {c}'],
      subscription: ['Bevestig je inschrijving', 'Nog één klik', 'Nieuwsbrief {c}: bevestigen'],
      reset: ['Wachtwoord herstellen', 'Je {c}-code', 'Wachtwoord vergeten?'],
    },
  },
} satisfies Record<string, Blocks>
