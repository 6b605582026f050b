// Hand-written first mails of a form submission, two per family and language (pt, it, nl),
// each a company's own wording, written for this set. Slots as in hand-a.ts.
import type { Family, Wording } from './types.ts'

type Texts = Record<Family, readonly Wording[]>

const pt: Texts = {
  helpdesk: [
    {
      subject: 'Recebemos o seu pedido: {message}',
      body: 'Olá,\nObrigado por contactar a {company}. O seu pedido foi registado com o número {ref} e será tratado pela nossa equipa com a maior brevidade.\nMensagem: {message}\nCom os melhores cumprimentos,\nApoio ao Cliente {company}',
    },
    {
      subject: 'Chamado {ref} aberto com sucesso',
      body: 'Oi! Seu chamado {ref} foi aberto.\nAssunto: {message}\nResponda este e-mail se quiser acrescentar algo.\nEquipe {company}',
    },
  ],
  verification: [
    {
      subject: 'Confirme o seu endereço de e-mail',
      body: 'Olá {name},\nObrigado por se registar na {company}. Confirme o seu e-mail para ativar a conta:\n{link}\nSe não foi você, ignore esta mensagem.',
    },
    {
      subject: 'Ative sua conta {company}',
      body: 'Bem-vindo(a), {name}! Falta só um passo: clique para ativar sua conta {link}\nO link vale por 24 horas.',
    },
  ],
  subscription: [
    {
      subject: 'Confirme a sua subscrição da newsletter {company}',
      body: 'Olá {name},\nRecebemos um pedido para adicionar este endereço à nossa newsletter. Confirme aqui:\n{link}\nSe não fez este pedido, não precisa de fazer nada.',
    },
    {
      subject: 'Falta pouco! Confirme seu e-mail',
      body: 'Valeu pela inscrição, {name}. Confirme seu endereço para receber as novidades da {company}: {link}',
    },
  ],
  reset: [
    {
      subject: 'Redefinição de palavra-passe',
      body: 'Olá,\nFoi pedida a redefinição da palavra-passe da sua conta {company}.\nDefinir nova palavra-passe: {link}\nO link expira em 1 hora. Se não foi você, ignore este e-mail.',
    },
    {
      subject: 'Seu código de redefinição: {code}',
      body: 'Use o código {code} para criar uma nova senha na {company}. Ele expira em 15 minutos.',
    },
  ],
}

const it: Texts = {
  helpdesk: [
    {
      subject: 'Abbiamo ricevuto la tua richiesta: {message}',
      body: 'Ciao,\ngrazie per aver contattato {company}. La tua richiesta è stata registrata con il numero {ref}; ti risponderemo al più presto.\nIl tuo messaggio: {message}\nA presto,\nServizio clienti {company}',
    },
    {
      subject: 'Segnalazione {ref} presa in carico',
      body: 'Gentile cliente,\nla sua segnalazione «{message}» è stata registrata con il numero {ref}. Un operatore la contatterà entro due giorni lavorativi.\nCordiali saluti,\n{company}',
    },
  ],
  verification: [
    {
      subject: 'Conferma il tuo indirizzo email',
      body: 'Ciao {name},\ngrazie per esserti registrato su {company}. Conferma il tuo indirizzo per attivare l’account:\n{link}\nSe non sei stato tu, ignora questa email.',
    },
    {
      subject: 'Attiva il tuo account {company}',
      body: 'Benvenuto/a {name}! Manca solo un passaggio: attiva l’account qui {link}\nIl link scade tra 24 ore.',
    },
  ],
  subscription: [
    {
      subject: 'Conferma la tua iscrizione alla newsletter di {company}',
      body: 'Ciao {name},\nabbiamo ricevuto una richiesta di iscrizione alla nostra newsletter. Conferma qui:\n{link}\nSe non l’hai richiesta tu, non fare nulla.',
    },
    {
      subject: 'Ancora un clic e sei dei nostri',
      body: 'Grazie {name}! Conferma la tua email per ricevere offerte e novità di {company}: {link}',
    },
  ],
  reset: [
    {
      subject: 'Reimposta la tua password',
      body: 'Ciao,\nabbiamo ricevuto una richiesta di reimpostazione della password del tuo account {company}.\nScegli una nuova password: {link}\nIl link è valido per 60 minuti. Se non l’hai chiesto tu, ignora questo messaggio.',
    },
    {
      subject: 'Codice di reimpostazione {company}: {code}',
      body: 'Il tuo codice è {code}. Scade tra 10 minuti. Non condividerlo con nessuno.',
    },
  ],
}

const nl: Texts = {
  helpdesk: [
    {
      subject: 'We hebben je vraag ontvangen: {message}',
      body: 'Hoi,\nBedankt voor je bericht aan {company}. Je vraag is geregistreerd onder nummer {ref}; we reageren zo snel mogelijk.\nJouw bericht: {message}\nGroeten,\nKlantenservice {company}',
    },
    {
      subject: 'Melding {ref} aangemaakt',
      body: 'Beste klant,\nUw melding "{message}" is geregistreerd onder nummer {ref}. Wij nemen binnen twee werkdagen contact met u op.\nMet vriendelijke groet,\n{company}',
    },
  ],
  verification: [
    {
      subject: 'Bevestig je e-mailadres',
      body: 'Hoi {name},\nBedankt voor je registratie bij {company}. Bevestig je e-mailadres om je account te activeren:\n{link}\nHeb je je niet aangemeld? Dan kun je deze mail negeren.',
    },
    {
      subject: 'Activeer uw account bij {company}',
      body: 'Welkom {name}! Activeer uw account via deze link: {link}\nDe link is 24 uur geldig.',
    },
  ],
  subscription: [
    {
      subject: 'Bevestig je inschrijving voor de nieuwsbrief van {company}',
      body: 'Hoi {name},\nWe kregen een verzoek om dit adres in te schrijven voor onze nieuwsbrief. Bevestig hier:\n{link}\nWas jij dit niet? Dan hoef je niets te doen.',
    },
    {
      subject: 'Nog één klik: bevestig je aanmelding',
      body: 'Top, {name}! Klik op de link om de aanbiedingen van {company} te ontvangen: {link}',
    },
  ],
  reset: [
    {
      subject: 'Wachtwoord opnieuw instellen',
      body: 'Hallo,\nEr is gevraagd om het wachtwoord van je {company}-account opnieuw in te stellen.\nNieuw wachtwoord kiezen: {link}\nDeze link verloopt over 60 minuten. Niet aangevraagd? Negeer deze mail.',
    },
    {
      subject: 'Je herstelcode voor {company}: {code}',
      body: 'Vul de code {code} in om je wachtwoord te wijzigen. De code is 15 minuten geldig.',
    },
  ],
}

export const HAND_B = { pt, it, nl } as const
