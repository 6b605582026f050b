// Cognito Forms: the confirmation email sent to the person who submitted an entry, with the
// entry number and a summary of the entry. Source: Cognito Forms help "Email notifications"
// (Send a confirmation email to the user, default subject "<form name> - Confirmation", entry
// details included). Translations: the form owner's (reconstruction); es tú, it tu, pt pt-BR.
import type { Product } from '../../product.ts'
import { entryLines } from '../fields.ts'

export const COGNITO_FORMS: Product = {
  product: 'Cognito Forms',
  family: 'helpdesk',
  source: 'Cognito Forms confirmation email "<form> - Confirmation" with entry details',
  echo: 'message',
  hosted: (c) => `${c.name} <notifications@cognitoforms.com>`,
  locals: ['forms', 'noreply'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: 'Contact Us - Confirmation',
      body: `Thank you for contacting ${f.company}. We have received your entry #${f.ref} and will be in touch shortly.\n\nEntry details\n${entryLines('en', f)}`,
    }),
    de: (f) => ({
      subject: 'Kontaktformular – Bestätigung',
      body: `Vielen Dank für Ihre Nachricht an ${f.company}. Wir haben Ihren Eintrag #${f.ref} erhalten und melden uns in Kürze.\n\nDetails des Eintrags\n${entryLines('de', f)}`,
    }),
    fr: (f) => ({
      subject: 'Nous contacter - Confirmation',
      body: `Merci d'avoir contacté ${f.company}. Nous avons bien reçu votre saisie n° ${f.ref} et reviendrons vers vous rapidement.\n\nDétails de la saisie\n${entryLines('fr', f)}`,
    }),
    es: (f) => ({
      subject: 'Contáctanos - Confirmación',
      body: `Gracias por escribir a ${f.company}. Hemos recibido tu entrada n.º ${f.ref} y te responderemos pronto.\n\nDetalles de la entrada\n${entryLines('es', f)}`,
    }),
    pt: (f) => ({
      subject: 'Fale conosco - Confirmação',
      body: `Obrigado por entrar em contato com a ${f.company}. Recebemos o seu registro nº ${f.ref} e retornaremos em breve.\n\nDetalhes do registro\n${entryLines('pt', f)}`,
    }),
    it: (f) => ({
      subject: 'Contattaci - Conferma',
      body: `Grazie per aver contattato ${f.company}. Abbiamo ricevuto la tua richiesta n. ${f.ref} e ti risponderemo a breve.\n\nDettagli della richiesta\n${entryLines('it', f)}`,
    }),
    nl: (f) => ({
      subject: 'Contact - Bevestiging',
      body: `Bedankt voor uw bericht aan ${f.company}. We hebben uw inzending #${f.ref} ontvangen en nemen spoedig contact met u op.\n\nGegevens van de inzending\n${entryLines('nl', f)}`,
    }),
  },
}
