// Composition blocks in Portuguese (pt-PT and pt-BR), Italian and Dutch.
import type { Blocks } from './blocks-types.ts'

export const PT: Blocks = {
  greet: ['Olá {name},', 'Oi, {name}!', 'Caro(a) {name},', 'Prezado(a) {name},'],
  subject: {
    helpdesk: ['O seu {req} {ref} foi {recv}', '{company} – protocolo {ref}', 'RE: {topic}'],
    verification: ['{conf} o seu e-mail na {company}', '{act} sua conta {company}'],
    subscription: ['{conf} a subscrição da newsletter {company}', 'Só falta um clique!'],
    reset: ['Nova senha {company}', 'Link de acesso à {company}'],
  },
  sentence: {
    helpdesk: [
      'O seu {req} "{topic}" foi {recv} com o número {ref}.',
      'Seu {req} sobre "{topic}" foi {recv} (protocolo {ref}).',
    ],
    verification: [
      'Clique para {conf} o e-mail e {act} a conta: {link}',
      'Digite {code} para {act} seu cadastro.',
    ],
    subscription: [
      'Precisamos que {conf} a sua inscrição: {link}',
      'Um clique para {conf}: {link}',
    ],
    reset: [
      'Foi pedida uma nova palavra-passe. Ligação válida por 1 hora: {link}',
      'Seu código de uso único é {code}.',
    ],
  },
  close: [
    'Abraços,\nequipe {company}',
    'Com os melhores cumprimentos,\n{company}',
    'Apoio ao cliente {company}',
  ],
  words: {
    req: ['pedido', 'solicitação', 'chamado'],
    recv: ['recebido', 'registado', 'registrado'],
    conf: ['confirmar', 'validar'],
    act: ['ativar', 'ativação de'],
  },
}

export const IT: Blocks = {
  greet: ['Ciao {name},', 'Buongiorno {name},', 'Gentile {name},', 'Salve,'],
  subject: {
    helpdesk: ['La tua {req} {ref} è stata {recv}', '{company} – {req} n. {ref}', 'R: {topic}'],
    verification: ['{conf} la tua email su {company}', '{act} il tuo account {company}'],
    subscription: ['{conf} l’iscrizione alla newsletter {company}', 'Ci sei quasi!'],
    reset: ['Nuova password {company}', 'Il tuo link di accesso a {company}'],
  },
  sentence: {
    helpdesk: [
      'La tua {req} "{topic}" è stata {recv} con il numero {ref}.',
      'Abbiamo {recv} la tua {req} su "{topic}" (rif. {ref}).',
    ],
    verification: [
      'Clicca qui per {conf} l’indirizzo e {act} l’account: {link}',
      'Inserisci {code} per {act} il profilo.',
    ],
    subscription: ['Ti chiediamo di {conf} l’iscrizione: {link}', 'Un clic per {conf}: {link}'],
    reset: [
      'È stata chiesta una nuova password. Link valido 1 ora: {link}',
      'Il tuo codice monouso è {code}.',
    ],
  },
  close: [
    'A presto,\nil team {company}',
    'Cordiali saluti,\n{company}',
    'Assistenza clienti {company}',
  ],
  words: {
    req: ['richiesta', 'segnalazione', 'pratica'],
    recv: ['ricevuta', 'presa in carico', 'registrata'],
    conf: ['confermare', 'verificare', 'convalidare'],
    act: ['attivare', 'abilitare'],
  },
}

export const NL: Blocks = {
  greet: ['Hoi {name},', 'Hallo {name},', 'Beste {name},', 'Goedendag,'],
  subject: {
    helpdesk: ['Je {req} {ref} is {recv}', '{company} – {req} {ref}', 'RE: {topic}'],
    verification: ['{conf} je e-mailadres bij {company}', 'Je {company}-account {act}'],
    subscription: ['{conf} je aanmelding voor de nieuwsbrief van {company}', 'Bijna klaar!'],
    reset: ['Nieuw wachtwoord voor {company}', 'Je inloglink voor {company}'],
  },
  sentence: {
    helpdesk: [
      'Je {req} "{topic}" is {recv} onder nummer {ref}.',
      'We hebben je {req} over "{topic}" {recv} (kenmerk {ref}).',
    ],
    verification: [
      'Klik om je adres te {conf} en je account te {act}: {link}',
      'Vul {code} in om je profiel te {act}.',
    ],
    subscription: ['Wil je je inschrijving {conf}? {link}', 'Eén klik om te {conf}: {link}'],
    reset: [
      'Er is een nieuw wachtwoord aangevraagd. Link 1 uur geldig: {link}',
      'Je eenmalige code is {code}.',
    ],
  },
  close: [
    'Groetjes,\nteam {company}',
    'Met vriendelijke groet,\n{company}',
    'Klantenservice {company}',
  ],
  words: {
    req: ['aanvraag', 'verzoek', 'vraag', 'melding'],
    recv: ['ontvangen', 'binnengekomen', 'geregistreerd'],
    conf: ['bevestigen', 'verifiëren'],
    act: ['activeren', 'inschakelen', 'vrijgeven'],
  },
}
