// Formstack Forms: the confirmation email to the submitter, with a copy of the submission.
// Source: Formstack documentation "Confirmation Emails" (Settings → Emails & Actions), default
// message "Thank you for your submission" followed by the submitted data. Other languages are
// the form owner's translations (reconstruction); de Sie, fr vous, pt pt-PT.
import type { Product } from '../../product.ts'
import { entryLines } from '../fields.ts'

export const FORMSTACK: Product = {
  product: 'Formstack',
  family: 'helpdesk',
  source: 'Formstack Forms confirmation email, default "Thank you for your submission" + data',
  echo: 'message',
  hosted: (c) => `${c.name} <noreply@formstack.com>`,
  locals: ['noreply', 'forms', 'webforms'],
  subdomains: ['', 'forms.'],
  texts: {
    en: (f) => ({
      subject: 'Thank you for your submission',
      body: `Thank you for your submission. A copy of the information you submitted to ${f.company} is below.\n\n${entryLines('en', f)}\n\nSubmission ID: ${f.ref}`,
    }),
    de: (f) => ({
      subject: 'Vielen Dank für Ihre Übermittlung',
      body: `Vielen Dank für Ihre Übermittlung. Nachfolgend finden Sie eine Kopie der Angaben, die Sie an ${f.company} gesendet haben.\n\n${entryLines('de', f)}\n\nÜbermittlungs-ID: ${f.ref}`,
    }),
    fr: (f) => ({
      subject: 'Merci pour votre envoi',
      body: `Merci pour votre envoi. Vous trouverez ci-dessous une copie des informations transmises à ${f.company}.\n\n${entryLines('fr', f)}\n\nIdentifiant de l'envoi : ${f.ref}`,
    }),
    es: (f) => ({
      subject: 'Gracias por su envío',
      body: `Gracias por su envío. A continuación encontrará una copia de los datos enviados a ${f.company}.\n\n${entryLines('es', f)}\n\nID del envío: ${f.ref}`,
    }),
    pt: (f) => ({
      subject: 'Obrigado pela sua submissão',
      body: `Obrigado pela sua submissão. Segue abaixo uma cópia dos dados que enviou à ${f.company}.\n\n${entryLines('pt', f)}\n\nID da submissão: ${f.ref}`,
    }),
    it: (f) => ({
      subject: 'Grazie per il suo invio',
      body: `Grazie per il suo invio. Di seguito trova una copia delle informazioni inviate a ${f.company}.\n\n${entryLines('it', f)}\n\nID invio: ${f.ref}`,
    }),
    nl: (f) => ({
      subject: 'Bedankt voor uw inzending',
      body: `Bedankt voor uw inzending. Hieronder vindt u een kopie van de gegevens die u naar ${f.company} heeft gestuurd.\n\n${entryLines('nl', f)}\n\nInzendings-ID: ${f.ref}`,
    }),
  },
}
