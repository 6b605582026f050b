// Richpanel (e-commerce helpdesk): the auto-acknowledgement on a new ticket from the contact
// form or email, quoting the ticket number and the customer's subject, sent from the brand's
// support address or its Richpanel tenant. Source: Richpanel help "Auto-responder / auto
// acknowledgement" (reconstruction of its default text). Translations: reconstruction; de Sie,
// fr vous, es tú, pt pt-BR, it tu, nl je.
import type { Product } from '../../product.ts'

export const RICHPANEL: Product = {
  product: 'Richpanel',
  family: 'helpdesk',
  source: 'Richpanel auto-acknowledgement on new tickets (reconstruction)',
  echo: 'subject',
  hosted: (c) => `${c.name} Support <support@${c.slug}.richpanel.com>`,
  locals: ['support', 'hello', 'customercare'],
  subdomains: ['', 'help.'],
  texts: {
    en: (f) => ({
      subject: `[Ticket #${f.ref}] ${f.field}`,
      body: `Hey ${f.name},\n\nWe got your message and a real human will reply soon. Most questions are answered within one business day.\n\nYour ticket number is #${f.ref}. Just reply to this email if you have anything to add.\n\nIn the meantime, you can track your order any time at https://${f.domain}/apps/track\n\nThe ${f.company} Care Team`,
    }),
    de: (f) => ({
      subject: `[Ticket #${f.ref}] ${f.field}`,
      body: `Hallo ${f.name},\n\nwir haben Ihre Nachricht erhalten und ein Mitarbeiter antwortet Ihnen in Kürze, meist innerhalb eines Werktags.\n\nIhre Ticketnummer lautet #${f.ref}. Antworten Sie einfach auf diese E-Mail, wenn Sie etwas ergänzen möchten.\n\nIhre Bestellung können Sie jederzeit hier verfolgen: https://${f.domain}/apps/track\n\nIhr ${f.company} Kundenservice`,
    }),
    fr: (f) => ({
      subject: `[Ticket n° ${f.ref}] ${f.field}`,
      body: `Bonjour ${f.name},\n\nNous avons bien reçu votre message ; un conseiller vous répondra rapidement, généralement sous un jour ouvré.\n\nVotre numéro de ticket est le ${f.ref}. Répondez simplement à cet e-mail pour ajouter une précision.\n\nSuivez votre commande à tout moment : https://${f.domain}/apps/track\n\nLe service client ${f.company}`,
    }),
    es: (f) => ({
      subject: `[Ticket #${f.ref}] ${f.field}`,
      body: `¡Hola, ${f.name}!\n\nHemos recibido tu mensaje y una persona de nuestro equipo te contestará pronto, normalmente en un día laborable.\n\nTu número de ticket es #${f.ref}. Responde a este correo si quieres añadir algo.\n\nMientras tanto, puedes seguir tu pedido aquí: https://${f.domain}/apps/track\n\nEquipo de atención de ${f.company}`,
    }),
    pt: (f) => ({
      subject: `[Chamado #${f.ref}] ${f.field}`,
      body: `Oi, ${f.name}!\n\nRecebemos sua mensagem e uma pessoa do nosso time vai responder em breve, geralmente em até um dia útil.\n\nO número do seu chamado é #${f.ref}. É só responder este e-mail se quiser acrescentar algo.\n\nEnquanto isso, acompanhe seu pedido em https://${f.domain}/apps/track\n\nTime de atendimento ${f.company}`,
    }),
    it: (f) => ({
      subject: `[Ticket #${f.ref}] ${f.field}`,
      body: `Ciao ${f.name},\n\nabbiamo ricevuto il tuo messaggio e una persona del nostro team ti risponderà presto, di solito entro un giorno lavorativo.\n\nIl numero del tuo ticket è #${f.ref}. Rispondi a questa email se vuoi aggiungere qualcosa.\n\nNel frattempo puoi seguire il tuo ordine qui: https://${f.domain}/apps/track\n\nIl team assistenza di ${f.company}`,
    }),
    nl: (f) => ({
      subject: `[Ticket #${f.ref}] ${f.field}`,
      body: `Hoi ${f.name},\n\nWe hebben je bericht ontvangen en een collega reageert snel, meestal binnen één werkdag.\n\nJe ticketnummer is #${f.ref}. Beantwoord deze mail als je iets wilt aanvullen.\n\nJe bestelling volgen kan altijd via https://${f.domain}/apps/track\n\nKlantenservice ${f.company}`,
    }),
  },
}
