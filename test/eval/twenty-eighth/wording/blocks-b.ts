// Composition blocks in Portuguese (pt-PT and pt-BR wordings), Italian and Dutch.
import type { Blocks } from './blocks.ts'

export const BLOCKS_B: Record<'pt' | 'it' | 'nl', Blocks> = {
  pt: {
    greet: {
      formal: ['Caro(a) {name},', 'Prezado(a) {name},'],
      informal: ['Olá, {name}!', 'Oi {name},'],
    },
    say: {
      helpdesk: [
        'A sua solicitação foi registada ({ref}).',
        'Recebemos o seu pedido e já estamos a tratar dele.',
        'Seu chamado foi aberto com sucesso.',
        'Sua mensagem chegou ao nosso atendimento.',
      ],
      verification: [
        'Confirme o seu endereço de e-mail para ativar a conta.',
        'Falta só confirmar seu e-mail.',
      ],
      subscription: [
        'Confirme a subscrição da nossa newsletter.',
        'Confirme seu cadastro na nossa lista.',
      ],
      reset: [
        'Foi pedida uma nova palavra-passe para a sua conta.',
        'Seu código de acesso é {code}.',
      ],
    },
    next: {
      helpdesk: ['Responderemos em até 2 dias úteis.', 'Entraremos em contacto com brevidade.'],
      verification: ['Confirmar: {link}', 'Ativar conta: {link}'],
      subscription: ['Confirmar: {link}', 'Quero receber: {link}'],
      reset: ['Definir nova senha: {link}', 'O código expira em 15 minutos.'],
    },
    close: ['Cumprimentos, {company}', 'Equipe {company}', 'Atenciosamente, {company}'],
    subject: {
      helpdesk: [
        '[{company}] Pedido recebido #{ref}',
        'RE: {message}',
        'Protocolo de atendimento {ref}',
      ],
      verification: ['Confirme seu e-mail – {company}', 'Ative a sua conta'],
      subscription: ['Confirme a sua subscrição', '{company}: confirme seu cadastro'],
      reset: ['Redefinir senha {company}', 'O seu código: {code}'],
    },
    followUp: [
      'Lembrete: o seu pedido continua em aberto.',
      'Lembrete: falta confirmar seu e-mail.',
    ],
  },
  it: {
    greet: {
      formal: ['Gentile {name},', 'Egregio/a {name},'],
      informal: ['Ciao {name}!', 'Ciao {name},'],
    },
    say: {
      helpdesk: [
        'La sua richiesta è stata presa in carico ({ref}).',
        'Abbiamo ricevuto la tua segnalazione.',
        'La sua pratica è stata aperta correttamente.',
        'Il tuo ticket è stato inoltrato al reparto competente.',
      ],
      verification: [
        'Confermi il suo indirizzo email per attivare l’account.',
        'Ultimo passo: verifica la tua email.',
      ],
      subscription: [
        'Confermi l’iscrizione alla nostra newsletter.',
        'Conferma che vuoi ricevere le nostre novità.',
      ],
      reset: [
        'È stata richiesta una nuova password per il suo account.',
        'Il tuo codice di accesso è {code}.',
      ],
    },
    next: {
      helpdesk: ['Le risponderemo entro 48 ore lavorative.', 'Ti ricontatteremo al più presto.'],
      verification: ['Conferma: {link}', 'Attiva account: {link}'],
      subscription: ['Conferma iscrizione: {link}', 'Sì, voglio iscrivermi: {link}'],
      reset: ['Imposta nuova password: {link}', 'Il codice scade tra 15 minuti.'],
    },
    close: [
      'Cordiali saluti, {company}',
      'Il team di {company}',
      'Un saluto dal servizio clienti {company}',
    ],
    subject: {
      helpdesk: [
        '[{company}] Richiesta ricevuta n. {ref}',
        'R: {message}',
        'Presa in carico pratica {ref}',
      ],
      verification: ['Conferma la tua email – {company}', 'Attivi il suo account'],
      subscription: ['Conferma la tua iscrizione', '{company}: conferma richiesta'],
      reset: ['Reimposta la password {company}', 'Codice: {code}'],
    },
    followUp: [
      'Promemoria: la sua pratica è ancora aperta.',
      'Promemoria: manca ancora la conferma.',
    ],
  },
  nl: {
    greet: {
      formal: ['Geachte {name},', 'Beste {name},'],
      informal: ['Hoi {name}!', 'Hallo {name},'],
    },
    say: {
      helpdesk: [
        'Uw verzoek is bij ons binnengekomen ({ref}).',
        'We hebben je vraag in goede orde ontvangen.',
        'Uw melding is geregistreerd.',
        'Je aanvraag staat in onze wachtrij.',
      ],
      verification: [
        'Bevestig uw e-mailadres om uw account te activeren.',
        'Nog één stap: bevestig je adres.',
      ],
      subscription: [
        'Bevestig uw aanmelding voor onze nieuwsbrief.',
        'Bevestig dat je onze updates wilt ontvangen.',
      ],
      reset: ['Er is een nieuw wachtwoord aangevraagd voor uw account.', 'Je inlogcode is {code}.'],
    },
    next: {
      helpdesk: [
        'U ontvangt binnen twee werkdagen antwoord.',
        'We nemen zo snel mogelijk contact met je op.',
      ],
      verification: ['Bevestigen: {link}', 'Account activeren: {link}'],
      subscription: ['Aanmelding bevestigen: {link}', 'Ja, graag: {link}'],
      reset: ['Nieuw wachtwoord kiezen: {link}', 'De code verloopt over 15 minuten.'],
    },
    close: [
      'Met vriendelijke groet, {company}',
      'Team {company}',
      'Groeten, klantenservice {company}',
    ],
    subject: {
      helpdesk: ['[{company}] Verzoek ontvangen #{ref}', 'Re: {message}', 'Ontvangstbevestiging'],
      verification: ['Bevestig je e-mailadres – {company}', 'Activeer uw account'],
      subscription: ['Bevestig uw inschrijving', '{company}: bevestig je aanmelding'],
      reset: ['Wachtwoord herstellen bij {company}', 'Uw code: {code}'],
    },
    followUp: [
      'Herinnering: uw verzoek staat nog open.',
      'Herinnering: je hebt nog niet bevestigd.',
    ],
  },
}
