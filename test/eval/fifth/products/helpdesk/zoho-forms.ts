// Zoho Forms: the acknowledgement email to respondents (Notifications → Email → Respondent),
// which can include the submitted data with the `${All Fields}` merge field. Source: Zoho Forms
// help "Email notifications to respondents"; default subject "Thank you for your submission".
// Translations: the form owner's (reconstruction); de Sie, es usted, pt pt-BR, nl u.
import type { Product } from '../../product.ts'
import { entryLines } from '../fields.ts'

export const ZOHO_FORMS: Product = {
  product: 'Zoho Forms',
  family: 'helpdesk',
  source: 'Zoho Forms respondent acknowledgement email with ${All Fields}',
  echo: 'message',
  hosted: (c) => `${c.name} <notification@zohoforms.eu>`,
  locals: ['enquiries', 'noreply', 'contact'],
  subdomains: ['', 'mail.'],
  texts: {
    en: (f) => ({
      subject: `We have received your enquiry - ${f.company}`,
      body: `Dear ${f.name},\n\nThank you for your response. Your enquiry has been received and our team will contact you within two working days.\n\n${entryLines('en', f, ' : ')}\n\nRegards,\n${f.company}`,
    }),
    de: (f) => ({
      subject: `Wir haben Ihre Anfrage erhalten – ${f.company}`,
      body: `Guten Tag ${f.name},\n\nvielen Dank für Ihre Antwort. Ihre Anfrage ist bei uns eingegangen; unser Team meldet sich innerhalb von zwei Werktagen.\n\n${entryLines('de', f, ' : ')}\n\nMit freundlichen Grüßen\n${f.company}`,
    }),
    fr: (f) => ({
      subject: `Nous avons bien reçu votre demande - ${f.company}`,
      body: `Bonjour ${f.name},\n\nMerci pour votre réponse. Votre demande a bien été reçue et notre équipe vous contactera sous deux jours ouvrés.\n\n${entryLines('fr', f, ' : ')}\n\nCordialement,\n${f.company}`,
    }),
    es: (f) => ({
      subject: `Hemos recibido su consulta - ${f.company}`,
      body: `Estimado/a ${f.name}:\n\nGracias por su respuesta. Hemos recibido su consulta y nuestro equipo se pondrá en contacto con usted en dos días hábiles.\n\n${entryLines('es', f, ' : ')}\n\nAtentamente,\n${f.company}`,
    }),
    pt: (f) => ({
      subject: `Recebemos sua solicitação - ${f.company}`,
      body: `Prezado(a) ${f.name},\n\nObrigado pela sua resposta. Sua solicitação foi recebida e nossa equipe entrará em contato em até dois dias úteis.\n\n${entryLines('pt', f, ' : ')}\n\nAtenciosamente,\n${f.company}`,
    }),
    it: (f) => ({
      subject: `Abbiamo ricevuto la sua richiesta - ${f.company}`,
      body: `Gentile ${f.name},\n\ngrazie per la sua risposta. La sua richiesta è stata ricevuta e il nostro team la contatterà entro due giorni lavorativi.\n\n${entryLines('it', f, ' : ')}\n\nCordiali saluti,\n${f.company}`,
    }),
    nl: (f) => ({
      subject: `Wij hebben uw aanvraag ontvangen - ${f.company}`,
      body: `Beste ${f.name},\n\nBedankt voor uw reactie. Uw aanvraag is ontvangen en ons team neemt binnen twee werkdagen contact met u op.\n\n${entryLines('nl', f, ' : ')}\n\nMet vriendelijke groet,\n${f.company}`,
    }),
  },
}
