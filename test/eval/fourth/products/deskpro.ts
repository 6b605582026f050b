// Deskpro: the "new ticket" auto-response to the user, with the ticket's reference in the subject.
// source: Deskpro admin guide, email templates "User: New Ticket" (auto-response); reference of
// the shape ABCD-1234-EFGH; other languages follow Deskpro's language packs (reconstruction).
import type { Product } from './product.ts'

export const DESKPRO: Product = {
  product: 'Deskpro',
  family: 'helpdesk',
  source: 'Deskpro admin guide, email template "User: New Ticket" auto-response',
  locals: ['support', 'helpdesk', 'service'],
  hosted: (c) => `support@${c.slug}.deskpro.com`,
  channel: 'email',
  ticket: '@@@@-####-@@@@',
  texts: {
    en: [
      {
        subject: '[{ticket}] {title}',
        body: 'Dear {name},\n\nThank you for contacting us. Your ticket has been received and a member of our team will respond as soon as possible.\n\nYour ticket reference is {ticket}. Please keep it in the subject line of any reply.\n\nView your ticket: {link}\n\n{company} Helpdesk',
      },
    ],
    de: [
      {
        subject: '[{ticket}] {title}',
        body: 'Sehr geehrte/r {name},\n\nvielen Dank für Ihre Anfrage. Ihr Ticket ist bei uns eingegangen, ein Mitarbeiter wird sich so bald wie möglich darum kümmern.\n\nIhre Ticketreferenz lautet {ticket}. Bitte lassen Sie sie bei Antworten im Betreff stehen.\n\nTicket ansehen: {link}\n\n{company} Helpdesk',
      },
    ],
    fr: [
      {
        subject: '[{ticket}] {title}',
        body: 'Bonjour {name},\n\nMerci de nous avoir contactés. Votre ticket a bien été reçu et un membre de notre équipe y répondra dès que possible.\n\nLa référence de votre ticket est {ticket}. Merci de la conserver dans l’objet de vos réponses.\n\nConsulter votre ticket : {link}\n\nHelpdesk {company}',
      },
    ],
    es: [
      {
        subject: '[{ticket}] {title}',
        body: 'Estimado/a {name}:\n\nGracias por contactarnos. Hemos recibido su ticket y un miembro de nuestro equipo le responderá lo antes posible.\n\nLa referencia de su ticket es {ticket}. Manténgala en el asunto de sus respuestas.\n\nVer su ticket: {link}\n\nHelpdesk de {company}',
      },
    ],
    pt: [
      {
        subject: '[{ticket}] {title}',
        body: 'Caro(a) {name},\n\nObrigado pelo seu contacto. O seu ticket foi recebido e um membro da nossa equipa responderá assim que possível.\n\nA referência do seu ticket é {ticket}. Mantenha-a no assunto das suas respostas.\n\nVer o ticket: {link}\n\nHelpdesk {company}',
      },
    ],
    it: [
      {
        subject: '[{ticket}] {title}',
        body: 'Gentile {name},\n\ngrazie per averci contattato. Il suo ticket è stato ricevuto e un membro del nostro team risponderà il prima possibile.\n\nIl riferimento del ticket è {ticket}. La preghiamo di lasciarlo nell’oggetto delle risposte.\n\nVisualizza il ticket: {link}\n\nHelpdesk {company}',
      },
    ],
    nl: [
      {
        subject: '[{ticket}] {title}',
        body: 'Beste {name},\n\nBedankt voor uw bericht. Uw ticket is ontvangen en een van onze medewerkers reageert zo snel mogelijk.\n\nUw ticketreferentie is {ticket}. Laat deze in de onderwerpregel staan als u antwoordt.\n\nBekijk uw ticket: {link}\n\n{company} Helpdesk',
      },
    ],
  },
}
