// Salesforce Service Cloud Web-to-Case: the auto-response rule's mail to the person who submitted
// the case form (sample template "Support: Case Response" with the case number).
// source: Salesforce Help, "Set Up Auto-Response Rules" and the sample email template
// "SUPPORT: Case Response" (reconstructed); orgs translate the template themselves.
import type { Product } from './product.ts'

export const SALESFORCE_WEB_TO_CASE: Product = {
  product: 'Salesforce Web-to-Case',
  family: 'helpdesk',
  source: 'Salesforce Help "Set Up Auto-Response Rules", sample template "SUPPORT: Case Response"',
  locals: ['customercare', 'support', 'noreply', 'cases'],
  hosted: (c) => `${c.slug}-support@${c.slug}.my.salesforce-sites.com`,
  channel: 'form',
  ticket: '0001####',
  texts: {
    en: [
      {
        subject: 'Case #{ticket}: {title} [ ref:_00D5g{ticket}:ref ]',
        body: 'Dear {name},\n\nThank you for submitting your request to {company}. A customer support representative will contact you within one business day.\n\nCase number: {ticket}\nSubject: {title}\nDescription: {message}\n\nPlease do not change the subject line when replying.\n\nCustomer Support',
      },
    ],
    de: [
      {
        subject: 'Fall Nr. {ticket}: {title}',
        body: 'Guten Tag {name},\n\nvielen Dank für Ihre Anfrage an {company}. Ein Mitarbeiter des Kundensupports wird sich innerhalb eines Werktages bei Ihnen melden.\n\nFallnummer: {ticket}\nBetreff: {title}\nBeschreibung: {message}\n\nBitte ändern Sie bei Antworten den Betreff nicht.\n\nKundensupport',
      },
    ],
    fr: [
      {
        subject: 'Requête n° {ticket} : {title}',
        body: 'Bonjour {name},\n\nMerci d’avoir soumis votre demande à {company}. Un conseiller vous contactera sous un jour ouvré.\n\nNuméro de requête : {ticket}\nObjet : {title}\nDescription : {message}\n\nMerci de ne pas modifier l’objet en répondant.\n\nSupport client',
      },
    ],
    es: [
      {
        subject: 'Caso n.º {ticket}: {title}',
        body: 'Estimado/a {name}:\n\nGracias por enviar su consulta a {company}. Un agente de atención al cliente se pondrá en contacto con usted en un día hábil.\n\nNúmero de caso: {ticket}\nAsunto: {title}\nDescripción: {message}\n\nNo modifique el asunto al responder.\n\nAtención al cliente',
      },
    ],
    pt: [
      {
        subject: 'Caso n.º {ticket}: {title}',
        body: 'Prezado(a) {name},\n\nObrigado por enviar sua solicitação à {company}. Um representante do suporte entrará em contato em até um dia útil.\n\nNúmero do caso: {ticket}\nAssunto: {title}\nDescrição: {message}\n\nNão altere o assunto ao responder.\n\nSuporte ao cliente',
      },
    ],
    it: [
      {
        subject: 'Caso n. {ticket}: {title}',
        body: 'Gentile {name},\n\ngrazie per aver inviato la sua richiesta a {company}. Un operatore dell’assistenza la contatterà entro un giorno lavorativo.\n\nNumero caso: {ticket}\nOggetto: {title}\nDescrizione: {message}\n\nSi prega di non modificare l’oggetto nelle risposte.\n\nAssistenza clienti',
      },
    ],
    nl: [
      {
        subject: 'Case {ticket}: {title}',
        body: 'Beste {name},\n\nBedankt voor uw aanvraag bij {company}. Een medewerker van de klantenservice neemt binnen één werkdag contact met u op.\n\nCasenummer: {ticket}\nOnderwerp: {title}\nOmschrijving: {message}\n\nWijzig het onderwerp niet als u antwoordt.\n\nKlantenservice',
      },
    ],
  },
}
