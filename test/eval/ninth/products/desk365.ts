// source: Desk365 contact-side notification "New ticket acknowledgement" (its help centre names
// the placeholders {{ticket.id}} and {{ticket.subject}}); reconstruction of the default wording,
// non-English texts are a site's own translation.
import type { Product } from '../product.ts'

export const DESK365: Product = {
  product: 'Desk365',
  family: 'helpdesk',
  source: 'Desk365 "New ticket acknowledgement" (reconstruction)',
  echo: 'subject',
  hosted: (slug, company) => `${company} <${slug}@desk365.io>`,
  locals: ['care', 'service', 'support'],
  texts: {
    en: (f) => ({
      subject: `[#${f.ref}] ${f.field}`,
      body: `Dear ${f.name},\n\nThank you for reaching out. We have received your request and a ticket has been logged with ID #${f.ref}. A member of our team will respond as soon as possible.\n\nPlease quote the ticket ID in any further correspondence.\n\nRegards,\n${f.company}`,
    }),
    de: (f) => ({
      subject: `[#${f.ref}] ${f.field}`,
      body: `Sehr geehrte/r ${f.name},\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und unter der Ticketnummer #${f.ref} erfasst. Ein Mitarbeiter meldet sich so bald wie möglich.\n\nBitte geben Sie die Ticketnummer bei weiterer Korrespondenz an.\n\nMit freundlichen Grüßen\n${f.company}`,
    }),
    fr: (f) => ({
      subject: `[#${f.ref}] ${f.field}`,
      body: `Cher/Chère ${f.name},\n\nMerci de nous avoir contactés. Nous avons bien reçu votre demande, enregistrée sous le numéro #${f.ref}. Un membre de notre équipe vous répondra dès que possible.\n\nMerci de rappeler ce numéro dans vos prochains échanges.\n\nCordialement,\n${f.company}`,
    }),
    es: (f) => ({
      subject: `[#${f.ref}] ${f.field}`,
      body: `Estimado/a ${f.name}:\n\nGracias por escribirnos. Hemos recibido su solicitud y la hemos registrado con el número #${f.ref}. Un miembro de nuestro equipo le responderá lo antes posible.\n\nIndique este número en cualquier comunicación posterior.\n\nAtentamente,\n${f.company}`,
    }),
    pt: (f) => ({
      subject: `[#${f.ref}] ${f.field}`,
      body: `Caro(a) ${f.name},\n\nObrigado pelo seu contacto. Recebemos o seu pedido e registámo-lo com o número #${f.ref}. Um elemento da nossa equipa responderá logo que possível.\n\nIndique este número em qualquer contacto futuro.\n\nCumprimentos,\n${f.company}`,
    }),
    it: (f) => ({
      subject: `[#${f.ref}] ${f.field}`,
      body: `Gentile ${f.name},\n\ngrazie per averci contattato. Abbiamo ricevuto la sua richiesta e l'abbiamo registrata con il numero #${f.ref}. Un membro del nostro team le risponderà il prima possibile.\n\nLa preghiamo di indicare questo numero nelle comunicazioni successive.\n\nCordiali saluti,\n${f.company}`,
    }),
    nl: (f) => ({
      subject: `[#${f.ref}] ${f.field}`,
      body: `Beste ${f.name},\n\nBedankt voor je bericht. We hebben je verzoek ontvangen en geregistreerd onder nummer #${f.ref}. Een van onze medewerkers reageert zo snel mogelijk.\n\nVermeld dit nummer bij verdere correspondentie.\n\nMet vriendelijke groet,\n${f.company}`,
    }),
  },
}
