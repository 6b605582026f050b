// Hand-written ticket acknowledgements, each a company's own wording: several everyday words for
// "request" and "received" per language (pedido / solicitação / chamado, solicitud / consulta /
// incidencia, richiesta / segnalazione / pratica, aanvraag / melding / vraag). `subject|body`.
import type { Lang } from '../../types.ts'

export const ACK: Record<Lang, readonly string[]> = {
  en: [
    'We got your message [{ticket}]|Hi {name},\nThanks for getting in touch with {company}. Your message about "{payload}" is in our queue and we usually reply within two working days.\nReference: {ticket}',
    'Re: {payload}|Hello,\nThis is an automatic reply to let you know your enquiry reached us. Case number {ticket}.\nPlease don’t reply to this email.\n{company} Customer Relations',
    '{company} support ✔|Got it! Case #{ticket} is open. Someone will be with you shortly.',
    'Thanks for contacting {company} 🙌|Hey {name}! A real human will read your note soon. Your ticket number is {ticket}, in case you need it.',
  ],
  de: [
    'Ihre Anfrage ist bei uns eingegangen ({ticket})|Sehr geehrte Damen und Herren,\nvielen Dank für Ihre Nachricht „{payload}“. Wir haben sie unter der Vorgangsnummer {ticket} erfasst und melden uns schnellstmöglich.\nIhr Kundenservice {company}',
    'Danke, {name}! Wir kümmern uns|Hallo {name},\ndein Anliegen ist angekommen und hat die Nummer {ticket}. Wir antworten meist innerhalb von 24 Stunden.\nViele Grüße vom {company} Team',
    '[{ticket}] {payload}|Automatische Eingangsbestätigung: Ihr Ticket wurde angelegt. Bitte antworten Sie nicht auf diese E-Mail. {company}',
    'Eingangsbestätigung|Moin {name}, wir haben Ihre Mail zu „{payload}“ bekommen. Bearbeitungsnummer: {ticket}. Antwort in der Regel innerhalb von drei Werktagen. {company}',
  ],
  fr: [
    'Nous avons bien reçu votre message|Bonjour {name},\nMerci d’avoir écrit à {company}. Votre demande « {payload} » est enregistrée sous le numéro {ticket}. Nous revenons vers vous sous 48 h.',
    'Accusé de réception – dossier {ticket}|Madame, Monsieur,\nVotre réclamation a été prise en compte par notre service consommateurs. Merci de rappeler le numéro {ticket} dans vos échanges.\n{company}',
    '{company} 💬 {payload}|C’est noté ! Un conseiller vous répond très vite. Réf. {ticket}',
    'Votre demande n° {ticket}|Bonjour, votre requête a été transmise au bon service. Délai de réponse moyen : 2 jours ouvrés. {company}',
  ],
  es: [
    'Hemos recibido tu consulta|Hola {name}:\nGracias por contactar con {company}. Tu consulta «{payload}» ha quedado registrada con el número {ticket}.\nTe responderemos lo antes posible.',
    'Solicitud {ticket} registrada|Estimado/a cliente:\nLe confirmamos que su solicitud ha llegado correctamente a nuestro departamento de atención al cliente. Número de caso: {ticket}.\n{company}',
    'Incidencia abierta: {payload}|¡Recibido! Hemos abierto la incidencia {ticket}. En breve un agente de {company} se pondrá en contacto contigo.',
    'Tu petición ya está con nosotros|Hola,\nTenemos tu petición (ref. {ticket}). Mientras tanto, quizá encuentres la respuesta en nuestro centro de ayuda.\nEquipo {company}',
  ],
  pt: [
    'Recebemos o seu pedido|Olá {name},\nAgradecemos o seu contacto com a {company}. O seu pedido "{payload}" ficou registado com o número {ticket}.\nResponderemos com a maior brevidade possível.',
    'Chamado #{ticket} aberto|Oi {name}!\nSeu chamado chegou direitinho pra gente. Nosso time responde em até 2 dias úteis.\nEquipe {company}',
    'Sua solicitação foi recebida: {payload}|Prezado(a) cliente,\nConfirmamos o recebimento da sua solicitação, protocolo {ticket}. Guarde este número para acompanhamento.\n{company}',
    'A sua mensagem chegou até nós|Caro cliente,\nA sua ocorrência foi registada (ref. {ticket}) e será tratada pela nossa equipa de apoio ao cliente.\n{company}',
  ],
  it: [
    'Abbiamo ricevuto la tua richiesta|Ciao {name},\ngrazie per aver scritto a {company}. La tua richiesta "{payload}" è stata registrata con il numero {ticket}.\nTi risponderemo al più presto.',
    'Segnalazione {ticket} presa in carico|Gentile cliente,\nla sua segnalazione è stata presa in carico dal nostro servizio clienti. Numero pratica: {ticket}.\nCordiali saluti, {company}',
    'Ticket aperto ✅ {payload}|Ricevuto! Abbiamo aperto il ticket {ticket}. Un operatore {company} ti contatterà a breve.',
    'Grazie per averci contattato|Ciao {name}, la tua domanda è arrivata e l’abbiamo registrata come ticket {ticket}. Di solito rispondiamo entro 48 ore.\n{company}',
  ],
  nl: [
    'We hebben je vraag ontvangen|Hoi {name},\nBedankt voor je bericht aan {company}. Je vraag "{payload}" staat bij ons geregistreerd onder nummer {ticket}.\nWe reageren binnen twee werkdagen.',
    'Uw melding {ticket} is in behandeling|Geachte heer/mevrouw,\nUw aanvraag is goed binnengekomen bij onze klantenservice en heeft nummer {ticket} gekregen.\nMet vriendelijke groet, {company}',
    'Bericht ontvangen: {payload}|Top, je bericht is binnen! Ticket {ticket}. Een collega van {company} neemt snel contact op.',
    'Uw aanvraag {ticket}|Beste {name},\nWij hebben uw vraag over "{payload}" goed ontvangen. U hoort binnen drie werkdagen van ons.\nKlantcontact {company}',
  ],
}
