// source: tawk.to Ticketing, the automatic reply a visitor gets when a ticket is created from
// the offline form (its help centre describes "Ticket created" and the ticket number in the
// subject); reconstruction, non-English texts follow a site's own translation.
import type { Product } from '../product.ts'

export const TAWKTO: Product = {
  product: 'tawk.to',
  family: 'helpdesk',
  source: 'tawk.to Ticketing automatic "ticket created" reply (reconstruction)',
  echo: 'name',
  hosted: (_slug, company) => `${company} <tickets@tawk.to>`,
  locals: ['hello', 'contact'],
  texts: {
    en: (f) => ({
      subject: `Ticket Created [#${f.ref}]`,
      body: `Hello ${f.name},\n\nThanks for getting in touch! This is an automated response to let you know we received your message. Your ticket number is #${f.ref}.\n\nSimply reply to this email to add more information.\n\n— ${f.company}`,
    }),
    de: (f) => ({
      subject: `Ticket erstellt [#${f.ref}]`,
      body: `Hallo ${f.name},\n\ndanke für deine Nachricht! Dies ist eine automatische Antwort: Wir haben deine Nachricht erhalten. Deine Ticketnummer lautet #${f.ref}.\n\nAntworte einfach auf diese E-Mail, um weitere Informationen hinzuzufügen.\n\n— ${f.company}`,
    }),
    fr: (f) => ({
      subject: `Ticket créé [#${f.ref}]`,
      body: `Bonjour ${f.name},\n\nMerci de nous avoir écrit ! Ceci est une réponse automatique pour vous confirmer la réception de votre message. Votre numéro de ticket est #${f.ref}.\n\nRépondez simplement à cet e-mail pour ajouter des informations.\n\n— ${f.company}`,
    }),
    es: (f) => ({
      subject: `Ticket creado [#${f.ref}]`,
      body: `Hola ${f.name}:\n\n¡Gracias por ponerte en contacto! Esta es una respuesta automática para confirmarte que recibimos tu mensaje. Tu número de ticket es #${f.ref}.\n\nResponde a este correo para añadir más información.\n\n— ${f.company}`,
    }),
    pt: (f) => ({
      subject: `Ticket criado [#${f.ref}]`,
      body: `Olá ${f.name},\n\nObrigado pelo contato! Esta é uma resposta automática para avisar que recebemos sua mensagem. O número do seu ticket é #${f.ref}.\n\nBasta responder a este e-mail para adicionar mais informações.\n\n— ${f.company}`,
    }),
    it: (f) => ({
      subject: `Ticket creato [#${f.ref}]`,
      body: `Ciao ${f.name},\n\ngrazie per averci scritto! Questa è una risposta automatica per confermarti che abbiamo ricevuto il tuo messaggio. Il numero del tuo ticket è #${f.ref}.\n\nRispondi a questa email per aggiungere altre informazioni.\n\n— ${f.company}`,
    }),
    nl: (f) => ({
      subject: `Ticket aangemaakt [#${f.ref}]`,
      body: `Hoi ${f.name},\n\nBedankt voor je bericht! Dit is een automatisch antwoord om te laten weten dat we je bericht hebben ontvangen. Je ticketnummer is #${f.ref}.\n\nBeantwoord deze e-mail om meer informatie toe te voegen.\n\n— ${f.company}`,
    }),
  },
}
