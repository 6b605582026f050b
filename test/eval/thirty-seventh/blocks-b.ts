// Building blocks for composed wave texts (pt, it, nl), written for this set: greetings,
// closings, and per variant "subject :: core sentence" pairs (see blocks-a.ts).
import type { Blocks } from './composed.ts'

export const BLOCKS_PT: Blocks = {
  greet: ['Olá {name},', 'Bom dia,', 'Caro(a) cliente,'],
  close: ['Cumprimentos,', 'Obrigado,', 'Atenciosamente,'],
  ticket: [
    'Recebemos o seu pedido :: O seu pedido ({ref}) está com a nossa equipa de apoio: "{subject}". Normalmente respondemos num dia.',
    'Caso de suporte {ref} criado :: Abrimos um caso de suporte para si. Referência: {ref}. Resumo: {message}',
  ],
  webcopy: [
    'A sua mensagem através de {site} :: Segue uma cópia do que foi enviado na nossa página de contacto:\n\n{message}',
    'Recebemos o seu formulário :: Obrigado pelo contacto. Para o seu registo, a sua mensagem era:\n"{message}"',
  ],
  b2b: [
    'Obrigado pelo interesse na {company} :: Recebemos o seu pedido de demonstração e entraremos em contacto para marcar uma chamada. Notas: {message}',
    'O seu pedido de cotação {ref} :: Registámos o seu pedido de cotação {ref} e enviaremos preços em breve.',
  ],
  signup: [
    'Confirme a sua conta {company} :: Confirme o seu endereço de e-mail para concluir a criação da conta: {link}',
    'O seu código de verificação :: O seu código de verificação é {code}. Introduza-o para concluir o registo.',
  ],
  forum: [
    'Ative a sua conta na comunidade {company} :: A sua conta do fórum "{name}" tem de ser ativada antes de publicar: {link}',
    'Bem-vindo a bordo, {name} :: Obrigado por se registar no nosso fórum. Ative a sua inscrição aqui: {link}',
  ],
  optin: [
    'Confirme a sua subscrição :: Para receber a nossa newsletter, confirme a sua subscrição: {link}',
    'É mesmo você? :: Precisamos de verificar este endereço antes de o juntar à nossa lista: {link}',
  ],
  reset: [
    'Pedido de nova palavra-passe :: Alguém pediu para redefinir a palavra-passe de {email}. Crie uma nova aqui: {link}',
    'A sua ligação de redefinição :: Use a ligação abaixo para criar uma nova palavra-passe. É válida durante uma hora: {link}',
  ],
}

export const BLOCKS_IT: Blocks = {
  greet: ['Ciao {name},', 'Buongiorno,', 'Gentile cliente,'],
  close: ['Cordiali saluti,', 'Grazie,', 'A presto,'],
  ticket: [
    'Abbiamo ricevuto la tua richiesta :: La tua richiesta ({ref}) è ora in carico al nostro supporto: "{subject}". Di solito rispondiamo in giornata.',
    'Pratica di assistenza {ref} creata :: Abbiamo aperto una pratica di assistenza. Riferimento: {ref}. Riepilogo: {message}',
  ],
  webcopy: [
    'Il tuo messaggio tramite {site} :: Ecco una copia di quanto inviato dalla nostra pagina contatti:\n\n{message}',
    'Modulo di contatto ricevuto :: Grazie per averci scritto. Per tua comodità, il tuo messaggio era:\n"{message}"',
  ],
  b2b: [
    'Grazie per il tuo interesse in {company} :: Abbiamo ricevuto la tua richiesta di demo e ti ricontatteremo per fissare una call. Note: {message}',
    'La tua richiesta di offerta {ref} :: Abbiamo registrato la tua richiesta di offerta {ref} e ti invieremo i prezzi a breve.',
  ],
  signup: [
    'Conferma il tuo account {company} :: Conferma il tuo indirizzo email per completare la creazione dell’account: {link}',
    'Il tuo codice di verifica :: Il tuo codice di verifica è {code}. Inseriscilo per completare la registrazione.',
  ],
  forum: [
    'Attiva il tuo account della community {company} :: Il tuo account del forum "{name}" va attivato prima di poter scrivere: {link}',
    'Benvenuto a bordo, {name} :: Grazie per esserti registrato al nostro forum. Attiva l’iscrizione qui: {link}',
  ],
  optin: [
    'Conferma la tua iscrizione :: Per ricevere la nostra newsletter, conferma l’iscrizione: {link}',
    'Sei proprio tu? :: Dobbiamo verificare questo indirizzo prima di aggiungerlo alla nostra lista: {link}',
  ],
  reset: [
    'Richiesta di nuova password :: Qualcuno ha chiesto di reimpostare la password di {email}. Creane una nuova qui: {link}',
    'Il tuo link di reimpostazione :: Usa il link qui sotto per creare una nuova password. È valido per un’ora: {link}',
  ],
}

export const BLOCKS_NL: Blocks = {
  greet: ['Hallo {name},', 'Goedendag,', 'Beste klant,'],
  close: ['Met vriendelijke groet,', 'Bedankt,', 'Groeten,'],
  ticket: [
    'Wij hebben uw verzoek ontvangen :: Uw verzoek ({ref}) ligt bij ons supportteam: "{subject}". Meestal reageren we binnen een dag.',
    'Supportzaak {ref} aangemaakt :: Er is een supportzaak voor u geopend. Referentie: {ref}. Samenvatting: {message}',
  ],
  webcopy: [
    'Uw bericht via {site} :: Hieronder een kopie van wat er via onze contactpagina is verstuurd:\n\n{message}',
    'Contactformulier ontvangen :: Bedankt voor uw bericht. Voor uw administratie, uw bericht luidde:\n"{message}"',
  ],
  b2b: [
    'Bedankt voor uw interesse in {company} :: We hebben uw demo-aanvraag ontvangen en nemen contact op om een gesprek in te plannen. Notities: {message}',
    'Uw prijsaanvraag {ref} :: We hebben uw prijsaanvraag {ref} geregistreerd en sturen u binnenkort een prijsopgave.',
  ],
  signup: [
    'Bevestig uw {company}-account :: Bevestig uw e-mailadres om het aanmaken van uw account af te ronden: {link}',
    'Uw verificatiecode :: Uw verificatiecode is {code}. Voer deze in om de registratie af te ronden.',
  ],
  forum: [
    'Activeer uw communityaccount bij {company} :: Uw forumaccount "{name}" moet worden geactiveerd voordat u kunt posten: {link}',
    'Welkom aan boord, {name} :: Bedankt voor uw registratie op ons discussieforum. Activeer uw lidmaatschap hier: {link}',
  ],
  optin: [
    'Bevestig uw abonnement :: Bevestig uw abonnement om onze nieuwsbrief te ontvangen: {link}',
    'Bent u het echt? :: We controleren dit adres even voordat we het aan onze mailinglijst toevoegen: {link}',
  ],
  reset: [
    'Nieuw wachtwoord aangevraagd :: Iemand heeft gevraagd het wachtwoord van {email} opnieuw in te stellen. Stel hier een nieuw wachtwoord in: {link}',
    'Uw herstellink :: Gebruik de onderstaande link om een nieuw wachtwoord aan te maken. Hij is een uur geldig: {link}',
  ],
}
