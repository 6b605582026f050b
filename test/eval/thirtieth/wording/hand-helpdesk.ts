// Hand-written ticket acknowledgements: each a company's own wording, several per language
// (pt-PT and pt-BR apart; es, pt, it, nl with different words for "request" and "received").
import type { Wording } from './types.ts'

type Row = readonly [Wording['lang'], string, string]

const ROWS: readonly Row[] = [
  ['en', 'We got your message', 'Thanks, we got it. Ref {ref}.'],
  [
    'en',
    '[{company} Care] {topic}',
    'Hello {name},\nYour note has landed with our care team and is queued as case {ref}. Typical reply time right now: under two working days.\nNo need to write again; just reply to this email to add details.\n{company} Care',
  ],
  [
    'en',
    'Case {ref} opened',
    'Hi {name}, thank you for reaching out to {company}. A person (not a bot!) will read your case "{topic}" soon. Track it at {link}',
  ],
  [
    'de',
    'Ihre Nachricht an {company} (Vorgang {ref})',
    'Guten Tag {name},\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen „{topic}“ unter der Vorgangsnummer {ref} erfasst und melden uns schnellstmöglich.\nMit freundlichen Grüßen\nIhr {company} Kundenservice',
  ],
  [
    'de',
    'Danke! Wir kümmern uns drum',
    'Hey {name}, deine Anfrage ist bei uns angekommen 🙌 Ticket {ref}. Wir melden uns meist innerhalb von 24 Stunden.',
  ],
  [
    'de',
    'Eingangsbestätigung',
    'Eingang bestätigt. Referenz: {ref}. Bitte nicht auf diese E-Mail antworten.',
  ],
  [
    'fr',
    'Nous avons bien reçu votre demande',
    'Bonjour {name},\nNous accusons réception de votre message « {topic} ». Il porte le numéro {ref}.\nUn conseiller vous répondra sous 48 h ouvrées.\nCordialement,\nLe service client {company}',
  ],
  [
    'fr',
    'Votre ticket {ref}',
    'Salut {name} ! Merci pour ton message, on s’en occupe. Suis ton ticket ici : {link}',
  ],
  ['fr', '{company} – accusé de réception', 'Message reçu, merci. Référence {ref}.'],
  [
    'es',
    'Hemos recibido tu consulta',
    'Hola {name}:\nGracias por escribirnos. Tu consulta «{topic}» ya está en nuestras manos con el número {ref}. Te contestaremos lo antes posible.\nUn saludo,\nAtención al cliente de {company}',
  ],
  [
    'es',
    'Solicitud {ref} registrada',
    'Estimado/a {name}, le confirmamos que su solicitud ha quedado registrada con la referencia {ref}. Un agente la revisará en un plazo máximo de 72 horas.',
  ],
  ['es', 'Recibido ✔', 'Gracias, tenemos tu mensaje. Nº de caso {ref}.'],
  [
    'pt',
    'Recebemos o seu pedido',
    'Olá {name},\nO seu pedido de contacto foi recebido e tem a referência {ref}. A nossa equipa responderá assim que possível.\nCumprimentos,\nApoio ao Cliente {company}',
  ],
  [
    'pt',
    'Sua solicitação foi registrada - protocolo {ref}',
    'Oi {name}! Recebemos sua solicitação sobre "{topic}". Seu número de protocolo é {ref}. Nosso time vai te responder em até 2 dias úteis.',
  ],
  ['pt', 'Chamado {ref} aberto', 'Seu chamado foi aberto com sucesso. Acompanhe em {link}'],
  [
    'it',
    'Abbiamo ricevuto la tua richiesta',
    'Ciao {name},\ngrazie per averci scritto. La tua richiesta «{topic}» è stata presa in carico con il numero {ref}.\nIl team {company}',
  ],
  [
    'it',
    'Segnalazione n. {ref}',
    'Gentile {name}, le confermiamo che la sua segnalazione è pervenuta al nostro servizio clienti. Numero pratica: {ref}. Sarà ricontattato a breve.',
  ],
  ['it', 'Messaggio ricevuto', 'Grazie! Ticket {ref}.'],
  [
    'nl',
    'We hebben je vraag ontvangen',
    'Hoi {name},\nBedankt voor je bericht over "{topic}". We hebben het in goede orde ontvangen onder nummer {ref} en reageren binnen twee werkdagen.\nGroeten, team {company}',
  ],
  [
    'nl',
    'Uw melding {ref}',
    'Geachte {name}, hierbij bevestigen wij de ontvangst van uw melding. Wij nemen deze zo spoedig mogelijk in behandeling. Kenmerk: {ref}.',
  ],
  ['nl', 'Bericht binnen', 'Dank je, je verzoek is binnengekomen. Nr. {ref}.'],
]

export const HAND_HELPDESK: readonly Wording[] = ROWS.map(([lang, subject, body]) => ({
  lang,
  subject,
  body,
}))
