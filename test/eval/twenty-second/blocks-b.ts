// Composition blocks for pt (pt-PT and pt-BR phrasings mixed), it and nl, written for this set
// (several everyday words for "request" and "received" per language).
import { alts, type Blocks } from './blocks-types.ts'

export const PT: Blocks = {
  greet: alts('Olá {name}, ~ Oi, {name}! ~ Caro(a) {name}, ~ Prezado(a) {name}, ~ Bom dia,'),
  subject: {
    helpdesk: alts(
      'Recebemos a sua solicitação ~ Chamado #{ref} ~ {company}: {topic} ~ Obrigado pelo contacto ~ Protocolo {ref}',
    ),
    verification: alts('Confirme o seu e-mail ~ Ative sua conta {company} ~ Seu código {company}'),
    subscription: alts(
      'Confirme a sua subscrição ~ Confirme seu cadastro na newsletter ~ {company}: falta um passo',
    ),
    reset: alts(
      'Link para redefinir a senha ~ Pedido de nova palavra-passe {company} ~ Entrar na {company}',
    ),
  },
  sentence: {
    helpdesk: alts(
      'O seu pedido deu entrada no nosso apoio ao cliente. ~ Registamos a sua solicitação com o n.º {ref}. ~ Sua mensagem sobre "{topic}" chegou para nossa equipe. ~ Seu chamado foi aberto e recebido com sucesso. ~ Acusamos a receção do seu contacto.',
    ),
    verification: alts(
      'Confirme que {email} é o seu endereço. ~ Seu código de verificação é {code}. ~ Obrigado por criar uma conta.',
    ),
    subscription: alts(
      'Recebemos um pedido para incluir {email} na nossa lista. ~ Obrigado pelo interesse na nossa newsletter.',
    ),
    reset: alts(
      'Foi solicitada a redefinição da senha da sua conta. ~ Aqui está o código que pediu: {code}. ~ Recebemos um pedido de alteração da palavra-passe para {email}.',
    ),
  },
  next: {
    helpdesk: alts(
      'Respondemos normalmente em 24 horas. ~ Um atendente entrará em contato em breve. ~ Acompanhe em {link}.',
    ),
    verification: alts('Confirmar: {link} ~ O código vale 15 minutos. ~ Ativar conta: {link}'),
    subscription: alts('Confirmar subscrição: {link} ~ Clique para confirmar: {link}'),
    reset: alts(
      'Criar nova senha: {link} ~ O link é válido por uma hora: {link} ~ Introduza o código dentro de 10 minutos.',
    ),
  },
  close: alts(
    'Atenciosamente, {company} ~ Equipe {company} ~ Com os melhores cumprimentos, {company} ~ Até breve!',
  ),
  follow: {
    helpdesk:
      'Atualização do seu chamado #{ref} | Seu chamado continua aberto e em análise. Em breve retornaremos.',
    verification:
      'Lembrete: confirme sua conta {company} | Ainda não confirmou o seu e-mail. O link continua válido: {link}',
    subscription:
      'Esqueceu-se de confirmar? | A sua subscrição {company} aguarda confirmação: {link}',
    reset:
      'Sua senha não foi alterada | Você pediu uma redefinição mas ainda não escolheu uma nova senha: {link}',
  },
}

export const IT: Blocks = {
  greet: alts('Ciao {name}, ~ Gentile {name}, ~ Buongiorno {name}, ~ Egregio/a {name}, ~ Salve,'),
  subject: {
    helpdesk: alts(
      'Abbiamo ricevuto la tua segnalazione ~ Pratica #{ref} ~ {company}: {topic} ~ Grazie per averci contattato ~ Richiesta pervenuta',
    ),
    verification: alts(
      'Verifica il tuo indirizzo email ~ Attiva il tuo account {company} ~ Il tuo codice {company}',
    ),
    subscription: alts(
      'Conferma la tua iscrizione ~ Conferma l’iscrizione alla newsletter ~ {company}: ancora un passo',
    ),
    reset: alts(
      'Link per reimpostare la password ~ Richiesta password {company} ~ Accedi a {company}',
    ),
  },
  sentence: {
    helpdesk: alts(
      'La tua richiesta è arrivata al nostro servizio clienti. ~ Abbiamo registrato la tua pratica con il numero {ref}. ~ Il tuo messaggio su "{topic}" ci è giunto. ~ La Sua istanza è stata ricevuta correttamente. ~ Abbiamo preso nota della tua domanda.',
    ),
    verification: alts(
      'Conferma che {email} è il tuo indirizzo. ~ Il tuo codice di verifica è {code}. ~ Grazie per la registrazione.',
    ),
    subscription: alts(
      'Abbiamo ricevuto una richiesta di iscrizione di {email} alla nostra lista. ~ Grazie per l’interesse nella nostra newsletter.',
    ),
    reset: alts(
      'È stato chiesto di reimpostare la password del tuo account. ~ Ecco il codice richiesto: {code}. ~ Abbiamo ricevuto una domanda di cambio password per {email}.',
    ),
  },
  next: {
    helpdesk: alts(
      'Di solito rispondiamo entro 24 ore. ~ Un operatore ti contatterà presto. ~ Segui lo stato su {link}.',
    ),
    verification: alts('Conferma: {link} ~ Il codice vale 15 minuti. ~ Attiva l’account: {link}'),
    subscription: alts('Conferma l’iscrizione: {link} ~ Clicca per confermare: {link}'),
    reset: alts(
      'Scegli una nuova password: {link} ~ Il link vale un’ora: {link} ~ Inserisci il codice entro 10 minuti.',
    ),
  },
  close: alts(
    'Cordiali saluti, {company} ~ Il team {company} ~ Un saluto, Servizio Clienti ~ A presto!',
  ),
  follow: {
    helpdesk:
      'Aggiornamento sulla pratica #{ref} | La tua richiesta è ancora aperta e in lavorazione. Ti risponderemo a breve.',
    verification:
      'Promemoria: verifica il tuo account {company} | Non hai ancora confermato l’email. Il link è ancora valido: {link}',
    subscription:
      'Hai dimenticato di confermare? | La tua iscrizione a {company} è in attesa: {link}',
    reset:
      'La password non è stata cambiata | Hai chiesto un ripristino ma non hai ancora scelto una nuova password: {link}',
  },
}

export const NL: Blocks = {
  greet: alts('Hoi {name}, ~ Beste {name}, ~ Geachte {name}, ~ Hallo {name}! ~ Goedendag,'),
  subject: {
    helpdesk: alts(
      'We hebben je aanvraag ontvangen ~ Melding #{ref} ~ {company}: {topic} ~ Bedankt voor je bericht ~ Uw verzoek is binnen',
    ),
    verification: alts(
      'Verifieer je e-mailadres ~ Activeer je {company}-account ~ Je code voor {company}',
    ),
    subscription: alts(
      'Bevestig je inschrijving ~ Bevestig je aanmelding voor de nieuwsbrief ~ {company}: nog één stap',
    ),
    reset: alts(
      'Link om je wachtwoord te herstellen ~ Wachtwoordaanvraag {company} ~ Inloggen bij {company}',
    ),
  },
  sentence: {
    helpdesk: alts(
      'Je aanvraag is bij onze klantenservice binnengekomen. ~ We hebben je melding geregistreerd onder nummer {ref}. ~ Je bericht over "{topic}" is goed aangekomen. ~ Uw verzoek is in goede orde ontvangen. ~ We hebben je vraag genoteerd.',
    ),
    verification: alts(
      'Bevestig dat {email} jouw adres is. ~ Je verificatiecode is {code}. ~ Bedankt voor je registratie.',
    ),
    subscription: alts(
      'We ontvingen een aanmelding van {email} voor onze nieuwsbrief. ~ Leuk dat je onze nieuwsbrief wilt lezen.',
    ),
    reset: alts(
      'Er is gevraagd om het wachtwoord van je account te herstellen. ~ Hier is de code die je opvroeg: {code}. ~ We kregen een wachtwoordaanvraag voor {email}.',
    ),
  },
  next: {
    helpdesk: alts(
      'We reageren meestal binnen 24 uur. ~ Een medewerker neemt snel contact op. ~ Volg de status via {link}.',
    ),
    verification: alts(
      'Bevestigen: {link} ~ De code is 15 minuten geldig. ~ Account activeren: {link}',
    ),
    subscription: alts('Inschrijving bevestigen: {link} ~ Klik om te bevestigen: {link}'),
    reset: alts(
      'Nieuw wachtwoord kiezen: {link} ~ De link is een uur geldig: {link} ~ Vul de code binnen 10 minuten in.',
    ),
  },
  close: alts(
    'Groet, {company} ~ Team {company} ~ Met vriendelijke groet, Klantenservice ~ Tot snel!',
  ),
  follow: {
    helpdesk:
      'Stand van zaken melding #{ref} | Je melding staat nog open en wordt behandeld. We laten snel van ons horen.',
    verification:
      'Herinnering: bevestig je {company}-account | Je hebt je e-mailadres nog niet bevestigd. De link werkt nog: {link}',
    subscription:
      'Vergeten te bevestigen? | Je inschrijving bij {company} wacht nog op bevestiging: {link}',
    reset:
      'Je wachtwoord is niet gewijzigd | Je vroeg een nieuw wachtwoord aan maar koos er nog geen: {link}',
  },
}
