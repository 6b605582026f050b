// Composed wording blocks for pt (pt-BR and pt-PT words), it, nl (nl-NL and nl-BE words).
import type { Blocks } from './blocks-a.ts'

export const BLOCKS_B: Record<'pt' | 'it' | 'nl', Blocks> = {
  pt: {
    hello: ['Olá {name},', 'Oi {name}!', 'Caro(a) {name},', 'Prezado(a) {name},'],
    req: ['solicitação', 'pedido', 'chamado', 'mensagem', 'pedido de contacto'],
    rec: ['recebido', 'registado', 'registrado', 'encaminhado à equipa'],
    bye: ['Abraços, {company}', 'Com os melhores cumprimentos, {company}', 'Equipe {company}'],
    core: {
      helpdesk: [
        ['Seu {req} {ticket}', 'O seu {req} "{subject}" foi {rec} com o número {ticket}.'],
        [
          '{company}: {req} {rec}',
          'Confirmamos: {req} sobre "{subject}" {rec} (protocolo {ticket}).',
        ],
      ],
      verification: [
        ['Confirme o seu e-mail', 'Confirme o seu endereço para ativar a conta: {link}'],
        ['Ative sua conta', 'Seu cadastro foi {rec}. Ative aqui: {link}'],
      ],
      subscription: [
        ['Confirme a subscrição', 'O seu {req} de subscrição foi {rec}. Confirme: {link}'],
        ['É você?', 'Confirme que quer novidades da {company}: {link}'],
      ],
      reset: [
        ['Nova senha', 'O seu {req} de nova senha foi {rec}: {link}'],
        ['Código {code}', 'O seu código de uso único é {code}.'],
      ],
    },
    followUp: {
      helpdesk: [['Atualização do {ticket}', 'Um atendente foi designado para o {ticket}.']],
      verification: [
        ['Lembrete: confirme seu e-mail', 'Seu e-mail ainda não foi confirmado: {link}'],
      ],
      subscription: [['Ainda quer receber?', 'O seu link de confirmação aguarda: {link}']],
      reset: [['Novo código', 'Foi gerado um novo código: {code}.']],
    },
  },
  it: {
    hello: ['Ciao {name},', 'Gentile {name},', 'Buongiorno {name},', 'Salve,'],
    req: ['richiesta', 'segnalazione', 'domanda', 'pratica', 'messaggio'],
    rec: ['ricevuta', 'presa in carico', 'registrata', 'inoltrata al team'],
    bye: ['Un saluto, {company}', 'Cordiali saluti, {company}', 'Il team {company}'],
    core: {
      helpdesk: [
        ['La tua {req} {ticket}', 'La tua {req} "{subject}" è stata {rec} (n. {ticket}).'],
        [
          '{company}: {req} {rec}',
          'Confermiamo che la {req} su "{subject}" è stata {rec}. Riferimento {ticket}.',
        ],
      ],
      verification: [
        ['Conferma la tua email', 'Conferma l’indirizzo per attivare l’account: {link}'],
        ['Attiva il tuo account', 'La registrazione è stata {rec}. Attivala: {link}'],
      ],
      subscription: [
        ['Conferma l’iscrizione', 'La tua {req} di iscrizione è stata {rec}. Conferma: {link}'],
        ['Sei tu?', 'Conferma di voler ricevere le novità di {company}: {link}'],
      ],
      reset: [
        ['Nuova password', 'La tua {req} di nuova password è stata {rec}: {link}'],
        ['Codice {code}', 'Il tuo codice monouso è {code}.'],
      ],
    },
    followUp: {
      helpdesk: [
        ['Aggiornamento {ticket}', 'Un operatore è stato assegnato alla pratica {ticket}.'],
      ],
      verification: [
        ['Promemoria: conferma la tua email', 'Non hai ancora confermato l’indirizzo: {link}'],
      ],
      subscription: [['Ti interessa ancora?', 'Il link di conferma ti aspetta: {link}']],
      reset: [['Nuovo codice', 'È stato generato un nuovo codice: {code}.']],
    },
  },
  nl: {
    hello: ['Hoi {name},', 'Beste {name},', 'Hallo {name},', 'Geachte klant,'],
    req: ['vraag', 'verzoek', 'aanvraag', 'melding', 'bericht'],
    rec: ['ontvangen', 'goed aangekomen', 'geregistreerd', 'doorgestuurd naar ons team'],
    bye: ['Groet, {company}', 'Met vriendelijke groeten, {company}', 'Team {company}'],
    core: {
      helpdesk: [
        ['Je {req} {ticket}', 'Je {req} "{subject}" is {rec} onder nummer {ticket}.'],
        [
          '{company}: {req} {rec}',
          'Wij bevestigen dat uw {req} over "{subject}" is {rec} ({ticket}).',
        ],
      ],
      verification: [
        ['Bevestig je e-mailadres', 'Bevestig je adres om je account te activeren: {link}'],
        ['Activeer je account', 'Je registratie is {rec}. Activeer hier: {link}'],
      ],
      subscription: [
        ['Bevestig je inschrijving', 'Je {req} om in te schrijven is {rec}. Bevestig: {link}'],
        ['Ben jij dit?', 'Bevestig dat je nieuws van {company} wilt: {link}'],
      ],
      reset: [
        ['Nieuw wachtwoord', 'Je {req} voor een nieuw wachtwoord is {rec}: {link}'],
        ['Code {code}', 'Je eenmalige code is {code}.'],
      ],
    },
    followUp: {
      helpdesk: [['Update over {ticket}', 'Een collega is aan {ticket} toegewezen.']],
      verification: [
        ['Herinnering: bevestig je e-mailadres', 'Je adres is nog niet bevestigd: {link}'],
      ],
      subscription: [['Nog steeds interesse?', 'Je bevestigingslink wacht: {link}']],
      reset: [['Nieuwe code', 'Er is een nieuwe code aangemaakt: {code}.']],
    },
  },
}
