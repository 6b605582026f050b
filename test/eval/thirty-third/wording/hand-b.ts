// Hand-written company wordings, Portuguese (pt-PT and pt-BR), Italian and Dutch.
import type { HandByLang } from './types.ts'

export const HAND_B: HandByLang = {
  pt: {
    helpdesk: [
      'Recebemos o seu pedido n.º {ref} || Caro(a) {name}, obrigado por contactar o apoio ao cliente {company}. A nossa equipa responderá no prazo de dois dias úteis. Não responda a esta mensagem automática.',
      'Oi {name}, recebemos sua mensagem! || Seu chamado {ref} foi aberto na {company}. Nosso time responde em até 24h úteis. Enquanto isso, dá uma olhada na nossa central de ajuda.',
    ],
    verification: [
      'Ative a sua conta {company} || Olá {name}, falta pouco! Ative a sua conta carregando neste link: {link}. Se não criou esta conta, ignore este email.',
      'Confirme seu e-mail para começar || Oi {name}! Confirma seu e-mail pra liberar sua conta na {company}: {link}',
    ],
    subscription: [
      'Confirme a sua subscrição || Olá! Pediu para receber as novidades da {company}. Confirme a subscrição aqui: {link}. Pode cancelar a qualquer momento.',
      'Falta só confirmar sua inscrição 💌 || {name}, clica aqui pra confirmar e receber nossas ofertas: {link}',
    ],
    reset: [
      'Recuperação da palavra-passe || Olá {name}, recebemos um pedido para alterar a palavra-passe da sua conta {company}. Defina uma nova aqui: {link}. O link expira em 1 hora.',
      'Seu código de acesso: {code} || Use o código {code} pra entrar na {company}. Ele vale por 10 minutos. Não compartilhe com ninguém.',
    ],
    submit: [
      'Verifique o seu email para enviar o pedido || Olá, para que o seu pedido chegue à equipa de suporte da {company}, verifique o seu endereço: {link}',
      'Confirme seu e-mail para enviar sua solicitação || Oi {name}, sua solicitação para a {company} só será enviada depois que você confirmar seu e-mail: {link}',
    ],
  },
  it: {
    helpdesk: [
      'Abbiamo ricevuto la tua richiesta [{ref}] || Ciao {name}, grazie per aver scritto al servizio clienti {company}. Ti risponderemo entro 2 giorni lavorativi. Conserva il numero {ref} per eventuali solleciti.',
      'Conferma di ricezione: {name} || Gentile Cliente, la Sua segnalazione è stata presa in carico con il codice {ref}. Un operatore {company} La contatterà al più presto. Cordiali saluti',
    ],
    verification: [
      'Attiva il tuo account {company} || Ciao {name}, benvenuto! Per attivare l’account clicca qui: {link}. Il link scade tra 48 ore.',
      'Conferma il tuo indirizzo email || Gentile {name}, per completare la registrazione a {company} conferma il tuo indirizzo: {link}. Se non ti sei registrato, ignora questa email.',
    ],
    subscription: [
      'Conferma la tua iscrizione alla newsletter || Grazie {name}! Per ricevere le novità di {company} conferma l’iscrizione: {link}',
      'Un clic e ci sei || Qualcuno ha iscritto questo indirizzo alla newsletter {company}. Se sei stato tu, conferma qui: {link}',
    ],
    reset: [
      'Recupero password || Ciao {name}, hai chiesto di reimpostare la password del tuo account {company}. Procedi da qui: {link}. Il link è valido 60 minuti.',
      'Il tuo codice di accesso è {code} || Inserisci {code} nell’app {company}. Il codice scade tra 5 minuti.',
    ],
    submit: [
      'Verifica il tuo indirizzo email per inviare la richiesta || Buongiorno, per inoltrare la tua richiesta al supporto {company} verifica il tuo indirizzo email: {link}',
      'La tua richiesta è in attesa || {name}, conferma l’indirizzo e la tua richiesta arriverà al team {company}: {link}',
    ],
  },
  nl: {
    helpdesk: [
      'We hebben je vraag ontvangen ({ref}) || Hoi {name}, bedankt voor je bericht aan {company}. We reageren binnen 3 werkdagen. Je hoeft niets opnieuw te sturen.',
      'Ontvangstbevestiging: {name} || Geachte klant, uw vraag is geregistreerd onder nummer {ref}. Een medewerker van {company} neemt zo spoedig mogelijk contact met u op. Met vriendelijke groet, Klantenservice',
    ],
    verification: [
      'Activeer je {company}-account || Hoi {name}, welkom! Klik op deze link om je account te activeren: {link}. Heb jij je niet aangemeld? Dan kun je deze mail negeren.',
      'Bevestig uw e-mailadres || Beste {name}, bevestig uw e-mailadres om uw registratie bij {company} af te ronden: {link}',
    ],
    subscription: [
      'Bevestig je aanmelding voor de nieuwsbrief || Leuk dat je de nieuwsbrief van {company} wilt ontvangen! Bevestig je aanmelding: {link}',
      'Nog één klik, {name} || Zonder jouw bevestiging sturen we niets. Bevestig hier: {link}. Groet, {company}',
    ],
    reset: [
      'Nieuw wachtwoord instellen || Hoi {name}, je hebt een nieuw wachtwoord aangevraagd voor {company}. Stel het hier in: {link}. Deze link is 1 uur geldig.',
      'Je inlogcode: {code} || Vul {code} in om in te loggen bij {company}. De code verloopt na 10 minuten.',
    ],
    submit: [
      'Bevestig je e-mailadres om je verzoek in te dienen || Hallo, om je verzoek bij de klantenservice van {company} in te dienen, moet je eerst je e-mailadres bevestigen: {link}',
      'Je verzoek wacht op bevestiging || {name}, bevestig je adres en je bericht gaat naar het team van {company}: {link}',
    ],
  },
}
