// Acknowledgements the person really caused, one at a time (job application, claim, return,
// council or school form, appointment request, quote, contact form, rental enquiry), in the same
// everyday words as wave mail; and the person's own single event registrations. "subject|body".
import type { Lang } from '../../types.ts'

type T = Record<Lang, readonly string[]>

export const OWN_ACK: T = {
  en: [
    'Application received: Junior Planner (ref {n})|Dear {first}, thank you for applying to {brand}. We have received your application and will be in touch within two weeks.',
    'Your claim {n} has been registered|We have received your warranty claim for the washing machine. A reference number has been assigned: {n}. We will get back to you.',
    'Return request opened – RMA {n}|Print the label and drop the parcel at any post office within 14 days.',
    'We received your enquiry about Flat 2, 14 Mill Lane|Thanks {first}, the letting agent will call you to arrange a viewing.',
    'Council form submitted: bulky waste collection|Reference number {n}. We will confirm a date by email.',
    'Quote request received|Thanks for contacting {brand} Roofing. We will send your quote within 3 working days.',
  ],
  de: [
    'Eingangsbestätigung Ihrer Bewerbung|Sehr geehrte/r {first}, vielen Dank für Ihre Bewerbung bei {brand}. Wir haben Ihre Unterlagen erhalten und melden uns.',
    'Schadenmeldung {n} erfasst|Ihre Schadenmeldung ist bei uns eingegangen. Bitte geben Sie die Schadennummer {n} bei Rückfragen an.',
    'Retoure angemeldet – Nr. {n}|Danke, deine Rücksendung ist registriert. Etikett: {link}',
    'Ihre Anfrage zur Wohnung Lindenstrasse 4|Wir haben Ihre Anfrage erhalten und melden uns für einen Besichtigungstermin.',
    'Antrag eingegangen: Anwohnerparkausweis|Ihr Antrag bei der Stadt {brand} ist eingegangen. Aktenzeichen {n}.',
    'Ihre Terminanfrage|Danke für Ihre Anfrage bei Praxis {brand}. Wir rufen Sie zur Bestätigung an.',
  ],
  fr: [
    'Votre candidature a bien été reçue|Bonjour {first}, merci pour votre candidature chez {brand}. Nous reviendrons vers vous rapidement.',
    'Déclaration de sinistre n° {n} enregistrée|Nous avons bien reçu votre déclaration. Un conseiller vous contactera.',
    'Demande de retour n° {n}|Votre demande de retour est enregistrée. Étiquette : {link}',
    'Votre demande de visite – T2 rue des Lilas|Merci, l’agence {brand} vous recontacte pour fixer une visite.',
    'Demande de devis reçue|Merci {first}, nous vous enverrons un devis sous 72 h. Réf. {n}',
    'Votre message à la boulangerie {brand}|Nous avons bien reçu votre message via le formulaire de contact et vous répondrons demain.',
  ],
  es: [
    'Hemos recibido tu candidatura|Hola {first}, gracias por tu interés en {brand}. Revisaremos tu CV y te diremos algo.',
    'Parte de siniestro {n} registrado|Hemos recibido su parte. Un perito se pondrá en contacto con usted.',
    'Solicitud de devolución n.º {n}|Tu devolución está registrada. Etiqueta: {link}',
    'Consulta sobre el piso de la calle Mayor|Gracias, la inmobiliaria {brand} le llamará para concertar una visita.',
    'Solicitud de presupuesto recibida|Le enviaremos el presupuesto en 48 horas. Ref. {n}',
    'Su solicitud de cita previa|Ayuntamiento de {brand}: su solicitud ha sido registrada con el número {n}.',
  ],
  pt: [
    'Recebemos a sua candidatura|Olá {first}, obrigado pelo interesse na {brand}. Entraremos em contacto.',
    'Sinistro n.º {n} participado|Recebemos a sua participação. Um perito vai contactá-lo.',
    'Solicitação de troca n.º {n}|Recebemos sua solicitação de troca. Etiqueta: {link}',
    'Pedido de informação – T2 na Rua da Prata|Obrigado, a imobiliária {brand} vai ligar para marcar visita.',
    'Pedido de orçamento recebido|Enviaremos o orçamento em até 48 horas. Ref. {n}',
    'Seu agendamento foi solicitado|Clínica {brand}: recebemos seu pedido de consulta e vamos confirmar por telefone.',
  ],
  it: [
    'Abbiamo ricevuto la tua candidatura|Ciao {first}, grazie per esserti candidato in {brand}. Ti faremo sapere.',
    'Denuncia di sinistro n. {n} registrata|Abbiamo ricevuto la sua denuncia. Un perito la contatterà.',
    'Richiesta di reso n. {n}|Il tuo reso è stato registrato. Etichetta: {link}',
    'Richiesta informazioni – bilocale via Roma|Grazie, l’agenzia {brand} la ricontatterà per una visita.',
    'Richiesta di preventivo ricevuta|Le invieremo il preventivo entro 48 ore. Rif. {n}',
    'Iscrizione mensa scolastica: domanda ricevuta|Comune di {brand}: la domanda è stata protocollata con il n. {n}.',
  ],
  nl: [
    'We hebben je sollicitatie ontvangen|Hoi {first}, bedankt voor je sollicitatie bij {brand}. We laten binnen twee weken iets weten.',
    'Schademelding {n} ontvangen|Wij hebben uw schademelding ontvangen. Een adviseur neemt contact met u op.',
    'Retouraanvraag {n}|Je retour is aangemeld. Label: {link}',
    'Uw vraag over het appartement aan de Kerkstraat|Bedankt, makelaar {brand} belt u voor een bezichtiging.',
    'Offerteaanvraag ontvangen|We sturen de offerte binnen 3 werkdagen. Kenmerk {n}',
    'Uw melding openbare ruimte is ontvangen|Gemeente {brand}: uw melding heeft nummer {n}.',
  ],
}

export const OWN_EVENT: T = {
  en: [
    'You’re registered: Pottery taster evening|See you on {date} at {time}, {first}. Add to calendar: {link}',
    'Your ticket for the {brand} design meetup|Ticket {n}. Doors open {time}.',
  ],
  de: [
    'Anmeldung bestätigt: Töpferabend|Bis {date} um {time}, {first}!',
    'Ihr Ticket für das {brand} Meetup|Ticketnummer {n}. Einlass ab {time}.',
  ],
  fr: [
    'Inscription confirmée : atelier poterie|À bientôt le {date} à {time}, {first} !',
    'Votre billet pour la rencontre {brand}|Billet n° {n}. Ouverture des portes à {time}.',
  ],
  es: [
    'Inscripción confirmada: taller de cerámica|Te esperamos el {date} a las {time}, {first}.',
    'Tu entrada para el encuentro {brand}|Entrada n.º {n}. Apertura a las {time}.',
  ],
  pt: [
    'Inscrição confirmada: oficina de cerâmica|Até {date} às {time}, {first}!',
    'O seu bilhete para o encontro {brand}|Bilhete n.º {n}. Abertura às {time}.',
  ],
  it: [
    'Iscrizione confermata: laboratorio di ceramica|Ci vediamo il {date} alle {time}, {first}!',
    'Il tuo biglietto per il meetup {brand}|Biglietto n. {n}. Apertura alle {time}.',
  ],
  nl: [
    'Inschrijving bevestigd: pottenbakken|Tot {date} om {time}, {first}!',
    'Je ticket voor de {brand} meetup|Ticket {n}. Deuren open om {time}.',
  ],
}

/** Subjects of the person's own mails that out-of-office replies and ticket replies answer. */
export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Quick question about the invoice',
    'Boiler still not working',
    'Meeting notes from Tuesday',
  ],
  de: ['Frage zur Rechnung', 'Heizung geht immer noch nicht', 'Protokoll vom Dienstag'],
  fr: ['Question sur la facture', 'Chaudière toujours en panne', 'Compte rendu de mardi'],
  es: ['Duda sobre la factura', 'La caldera sigue sin funcionar', 'Notas de la reunión del martes'],
  pt: ['Dúvida sobre a fatura', 'O esquentador continua avariado', 'Notas da reunião de terça'],
  it: [
    'Domanda sulla fattura',
    'La caldaia non funziona ancora',
    'Appunti della riunione di martedì',
  ],
  nl: ['Vraag over de factuur', 'Cv-ketel doet het nog steeds niet', 'Notulen van dinsdag'],
}

/** What the person wrote before an acknowledgement they caused (a web form copied to them, or a mail). */
export const ACK_SENT: Record<Lang, readonly string[]> = {
  en: [
    'Enquiry via your website',
    'Application – Junior Planner',
    'Warranty claim, washing machine',
  ],
  de: [
    'Anfrage über Ihr Kontaktformular',
    'Bewerbung als Sachbearbeiterin',
    'Schadenmeldung Wasserschaden',
  ],
  fr: ['Demande via votre site', 'Candidature spontanée', 'Déclaration de sinistre'],
  es: ['Consulta desde su web', 'Candidatura al puesto de administrativa', 'Parte de siniestro'],
  pt: ['Pedido de informação', 'Candidatura espontânea', 'Participação de sinistro'],
  it: ['Richiesta informazioni dal sito', 'Candidatura spontanea', 'Denuncia sinistro'],
  nl: [
    'Vraag via uw website',
    'Sollicitatie administratief medewerker',
    'Schademelding waterschade',
  ],
}
