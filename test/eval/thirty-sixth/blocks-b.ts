// Building blocks for composed wave texts (pt, it, nl), written for this set.
import type { Blocks } from './blocks-a.ts'

export const BLOCKS_PT: Blocks = {
  greet: ['Olá {name},', 'Caro cliente,'],
  close: ['Com os melhores cumprimentos,\n{company}', 'Obrigado,\nA equipa {company}'],
  subject: {
    helpdesk: [
      'A sua mensagem para {company} – ref. {ref}',
      'Obrigado por contactar a {company}: {msg}',
    ],
    verification: [
      'Verifique o seu e-mail na {company}',
      'Bem-vindo à {company}! Ative a sua conta',
    ],
    subscription: [
      '{company}: confirme a sua inscrição na newsletter',
      'Confirme o seu e-mail para receber {list}',
    ],
    reset: [
      '{company}: pedido de redefinição da palavra-passe',
      'A sua ligação para redefinir a palavra-passe {company}',
    ],
  },
  sentence: {
    helpdesk: [
      'Recebemos o seu pedido «{msg}» e registámo-lo como {ref}.',
      'A nossa equipa de apoio já recebeu a sua mensagem: {msg}',
    ],
    verification: [
      'Acabou de ser criada uma conta na {company} com o endereço {email}.',
      'Obrigado por se registar na {company}.',
    ],
    subscription: [
      'Alguém (esperamos que tenha sido você) pediu para receber os e-mails {list} da {company}.',
      'Está quase na lista da {company}.',
    ],
    reset: [
      'Foi pedida a redefinição da palavra-passe da sua conta {company}.',
      'Recebemos um pedido para alterar a palavra-passe da conta {email}.',
    ],
  },
  next: {
    helpdesk: [
      'Normalmente respondemos em 24 horas. Acompanhe em {link}',
      'Não responda a este e-mail; entraremos em contacto em breve.',
    ],
    verification: [
      'Confirme o seu endereço aqui: {link}',
      'Use o código {code} ou esta ligação para a ativar: {link}',
    ],
    subscription: [
      'Clique para confirmar: {link}',
      'Se foi você, confirme aqui: {link}. Caso contrário, ignore este e-mail.',
    ],
    reset: [
      'Escolha uma nova palavra-passe aqui: {link}. Se não foi você, ignore este e-mail.',
      'O seu código de redefinição é {code}. É válido durante 15 minutos.',
    ],
  },
}

export const BLOCKS_IT: Blocks = {
  greet: ['Ciao {name},', 'Gentile cliente,'],
  close: ['Cordiali saluti,\n{company}', 'Grazie,\nIl team {company}'],
  subject: {
    helpdesk: [
      'Il tuo messaggio a {company} – rif. {ref}',
      'Grazie per aver contattato {company}: {msg}',
    ],
    verification: [
      'Verifica la tua email su {company}',
      'Benvenuto su {company}! Attiva il tuo account',
    ],
    subscription: [
      '{company}: conferma l’iscrizione alla newsletter',
      'Conferma la tua email per ricevere {list}',
    ],
    reset: [
      '{company}: richiesta di reimpostazione della password',
      'Il tuo link per reimpostare la password {company}',
    ],
  },
  sentence: {
    helpdesk: [
      'Abbiamo ricevuto la tua richiesta «{msg}» e l’abbiamo registrata come {ref}.',
      'Il nostro servizio clienti ha ricevuto il tuo messaggio: {msg}',
    ],
    verification: [
      'È appena stato creato un account su {company} con l’indirizzo {email}.',
      'Grazie per esserti registrato su {company}.',
    ],
    subscription: [
      'Qualcuno (speriamo tu) ha chiesto di ricevere le email {list} di {company}.',
      'Sei quasi nella mailing list di {company}.',
    ],
    reset: [
      'È stata richiesta la reimpostazione della password del tuo account {company}.',
      'Abbiamo ricevuto una richiesta di modifica della password per l’account {email}.',
    ],
  },
  next: {
    helpdesk: [
      'Di solito rispondiamo entro 24 ore. Stato della richiesta: {link}',
      'Non rispondere a questa email; ti contatteremo a breve.',
    ],
    verification: [
      'Conferma il tuo indirizzo qui: {link}',
      'Usa il codice {code} o questo link per attivarlo: {link}',
    ],
    subscription: [
      'Clicca per confermare: {link}',
      'Se sei stato tu, conferma qui: {link}. Altrimenti ignora questa email.',
    ],
    reset: [
      'Scegli una nuova password qui: {link}. Se non sei stato tu, ignora questa email.',
      'Il tuo codice di reimpostazione è {code}. È valido per 15 minuti.',
    ],
  },
}

export const BLOCKS_NL: Blocks = {
  greet: ['Hallo {name},', 'Geachte klant,'],
  close: ['Met vriendelijke groet,\n{company}', 'Bedankt,\nHet {company}-team'],
  subject: {
    helpdesk: [
      'Uw bericht aan {company} – ref. {ref}',
      'Bedankt voor uw bericht aan {company}: {msg}',
    ],
    verification: [
      'Bevestig uw e-mailadres bij {company}',
      'Welkom bij {company}! Activeer je account',
    ],
    subscription: [
      '{company}: bevestig je aanmelding voor de nieuwsbrief',
      'Bevestig je e-mail om {list} te ontvangen',
    ],
    reset: [
      '{company}: verzoek om je wachtwoord te herstellen',
      'Je link om je {company}-wachtwoord te herstellen',
    ],
  },
  sentence: {
    helpdesk: [
      'We hebben uw vraag "{msg}" ontvangen en geregistreerd als {ref}.',
      'Onze klantenservice heeft uw bericht ontvangen: {msg}',
    ],
    verification: [
      'Er is zojuist een account bij {company} aangemaakt met het adres {email}.',
      'Bedankt voor je registratie bij {company}.',
    ],
    subscription: [
      'Iemand (hopelijk jij) wil de e-mails van {list} van {company} ontvangen.',
      'Je staat bijna op de mailinglijst van {company}.',
    ],
    reset: [
      'Er is gevraagd het wachtwoord van je {company}-account te herstellen.',
      'We kregen een verzoek om het wachtwoord van het account {email} te wijzigen.',
    ],
  },
  next: {
    helpdesk: [
      'Meestal antwoorden we binnen 24 uur. Status: {link}',
      'Beantwoord deze e-mail niet; we nemen snel contact met u op.',
    ],
    verification: [
      'Bevestig je adres hier: {link}',
      'Gebruik code {code} of deze link om het te activeren: {link}',
    ],
    subscription: [
      'Klik om te bevestigen: {link}',
      'Was jij dit? Bevestig hier: {link}. Zo niet, negeer dan deze e-mail.',
    ],
    reset: [
      'Kies hier een nieuw wachtwoord: {link}. Was jij dit niet, negeer dan deze e-mail.',
      'Je herstelcode is {code}. Hij is 15 minuten geldig.',
    ],
  },
}
