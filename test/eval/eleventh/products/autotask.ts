// Autotask PSA (Datto / Kaseya): the "Ticket Created" notification to the ticket contact, with the
// T<date>.<number> ticket numbers Autotask issues and the long confidentiality footer MSPs add.
// Source: reconstruction of the documented notification template (Admin > Notification
// Templates > Tickets); the translations are a site's own.
import type { Product } from '../product.ts'

const FOOTER_EN =
  'CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential or legally privileged information. If you are not the intended recipient, please notify the sender and delete this message. Any unauthorised review, use, disclosure or distribution is prohibited. {company} accepts no liability for any damage caused by viruses transmitted by this e-mail.'

export const AUTOTASK: Product = {
  product: 'Autotask PSA',
  family: 'helpdesk',
  source: 'Autotask PSA "Ticket Created" contact notification template (reconstruction)',
  hosted: (c) => `${c.slug}.tickets@autotask.net`,
  ownLocal: 'helpdesk',
  texts: {
    en: {
      subject: 'Ticket {ticket} has been created - {subject}',
      body: `Dear {name},\n\nThank you for contacting {company}. Your ticket has been created.\n\nTicket Number: {ticket}\nTitle: {subject}\nStatus: New\nPriority: Medium\n\nPlease reference the ticket number in all correspondence.\n\n${FOOTER_EN}`,
    },
    de: {
      subject: 'Ticket {ticket} wurde erstellt - {subject}',
      body: 'Sehr geehrte(r) {name},\n\nvielen Dank für Ihre Anfrage an {company}. Ihr Ticket wurde erstellt.\n\nTicketnummer: {ticket}\nTitel: {subject}\nStatus: Neu\nPriorität: Mittel\n\nBitte geben Sie die Ticketnummer bei jeder Rückfrage an.\n\nVERTRAULICHKEITSHINWEIS: Diese E-Mail und ihre Anhänge sind ausschließlich für den Empfänger bestimmt und können vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht. Geschäftsführung und Registergericht siehe {site}/impressum.',
    },
    fr: {
      subject: 'Le ticket {ticket} a été créé - {subject}',
      body: "Madame, Monsieur {name},\n\nMerci d'avoir contacté {company}. Votre ticket a été créé.\n\nNuméro de ticket : {ticket}\nTitre : {subject}\nStatut : Nouveau\nPriorité : Moyenne\n\nMerci de rappeler ce numéro dans toute correspondance.\n\nAVIS DE CONFIDENTIALITÉ : ce message et ses pièces jointes sont destinés exclusivement à leur destinataire et peuvent contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Toute diffusion non autorisée est interdite.",
    },
    es: {
      subject: 'Se ha creado el ticket {ticket} - {subject}',
      body: 'Estimado/a {name}:\n\nGracias por contactar con {company}. Su ticket ha sido creado.\n\nNúmero de ticket: {ticket}\nTítulo: {subject}\nEstado: Nuevo\nPrioridad: Media\n\nIndique el número de ticket en toda comunicación.\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, comuníquelo al remitente y elimine el mensaje. En cumplimiento del RGPD, puede ejercer sus derechos escribiendo a privacidad@{site}.',
    },
    pt: {
      subject: 'O ticket {ticket} foi criado - {subject}',
      body: 'Caro(a) {name},\n\nObrigado por contactar a {company}. O seu ticket foi criado.\n\nNúmero do ticket: {ticket}\nTítulo: {subject}\nEstado: Novo\nPrioridade: Média\n\nIndique o número do ticket em toda a correspondência.\n\nAVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos destinam-se exclusivamente ao destinatário e podem conter informação confidencial. Se a recebeu por engano, informe o remetente e apague-a.',
    },
    it: {
      subject: 'Il ticket {ticket} è stato creato - {subject}',
      body: 'Gentile {name},\n\ngrazie per aver contattato {company}. Il suo ticket è stato creato.\n\nNumero ticket: {ticket}\nTitolo: {subject}\nStato: Nuovo\nPriorità: Media\n\nLa preghiamo di citare il numero del ticket in ogni comunicazione.\n\nAVVISO DI RISERVATEZZA: Il presente messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario e possono contenere informazioni riservate ai sensi del Regolamento UE 2016/679. Se lo ha ricevuto per errore, ne dia notizia al mittente e lo cancelli.',
    },
    nl: {
      subject: 'Ticket {ticket} is aangemaakt - {subject}',
      body: 'Geachte {name},\n\nBedankt voor uw bericht aan {company}. Uw ticket is aangemaakt.\n\nTicketnummer: {ticket}\nTitel: {subject}\nStatus: Nieuw\nPrioriteit: Gemiddeld\n\nVermeld het ticketnummer bij alle correspondentie.\n\nDISCLAIMER: Dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde en kunnen vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, meld dit dan aan de afzender en verwijder het bericht. Op al onze diensten zijn onze algemene voorwaarden van toepassing.',
    },
  },
}
