// TeamSupport: "ticket created" notification to the customer, with the ticket fields and the
// long confidentiality footer many companies append. Shown by the webmail under a display name
// only (every mail of this product has no address in this set).
// source: reconstruction of TeamSupport's customer "New Ticket" email (ticket number, name and
// status block); footers and all non-English texts written for this set.
import type { Product } from './types.ts'

export const teamsupport: Product = {
  product: 'TeamSupport',
  family: 'helpdesk',
  source: 'reconstruction (customer new-ticket email with fields and legal footer)',
  senders: ['display'],
  mailbox: 'support',
  display: (c) => `${c.name} Support`,
  texts: {
    en: {
      subject: 'Ticket {id} Created: {subject}',
      body: 'Dear {name},\n\nThank you for contacting {company} Support. A ticket has been created for your request.\n\nTicket Number: {id}\nTicket Name: {subject}\nStatus: New\nSeverity: Normal\n\nTo add information, reply to this email above this line.\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. {company} Ltd., registered in England and Wales.',
    },
    de: {
      subject: 'Ticket {id} erstellt: {subject}',
      body: 'Sehr geehrte/r {name},\n\nvielen Dank für Ihre Anfrage an den {company} Support. Zu Ihrem Anliegen wurde ein Ticket angelegt.\n\nTicketnummer: {id}\nTicketname: {subject}\nStatus: Neu\nPriorität: Normal\n\nUm Informationen zu ergänzen, antworten Sie bitte oberhalb dieser Zeile.\n\nVERTRAULICHKEITSHINWEIS: Diese E-Mail einschließlich ihrer Anhänge ist ausschließlich für den bezeichneten Empfänger bestimmt und kann vertrauliche Informationen enthalten. Jede unbefugte Weitergabe, Nutzung oder Vervielfältigung ist untersagt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht. {company} GmbH, Amtsgericht Köln HRB 40917, Geschäftsführung: K. Brandis.',
    },
    fr: {
      subject: 'Ticket {id} créé : {subject}',
      body: "Madame, Monsieur {name},\n\nMerci d'avoir contacté le support {company}. Un ticket a été créé pour votre demande.\n\nNuméro du ticket : {id}\nIntitulé : {subject}\nStatut : Nouveau\nPriorité : Normale\n\nPour compléter votre demande, répondez au-dessus de cette ligne.\n\nAVIS DE CONFIDENTIALITÉ : ce message et ses pièces jointes sont destinés exclusivement à leur destinataire et peuvent contenir des informations confidentielles. Toute utilisation ou diffusion non autorisée est interdite. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. {company} SAS, RCS Lyon 812 440 615.",
    },
    es: {
      subject: 'Ticket {id} creado: {subject}',
      body: 'Estimado/a {name}:\n\nGracias por contactar con el soporte de {company}. Hemos creado un ticket para su solicitud.\n\nNúmero de ticket: {id}\nNombre del ticket: {subject}\nEstado: Nuevo\nPrioridad: Normal\n\nPara añadir información, responda por encima de esta línea.\n\nAVISO DE CONFIDENCIALIDAD: este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información confidencial. Queda prohibida su utilización o divulgación no autorizada. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. {company} S.L., Registro Mercantil de Madrid, CIF B-84412907.',
    },
    pt: {
      subject: 'Ticket {id} criado: {subject}',
      body: 'Prezado(a) {name},\n\nObrigado por contatar o suporte da {company}. Um ticket foi criado para a sua solicitação.\n\nNúmero do ticket: {id}\nNome do ticket: {subject}\nStatus: Novo\nPrioridade: Normal\n\nPara acrescentar informações, responda acima desta linha.\n\nAVISO DE CONFIDENCIALIDADE: esta mensagem e seus anexos destinam-se exclusivamente ao destinatário e podem conter informações confidenciais. É proibido o uso ou a divulgação não autorizados. Se a recebeu por engano, avise o remetente e apague-a. {company} Ltda., CNPJ 41.552.908/0001-17.',
    },
    it: {
      subject: 'Ticket {id} creato: {subject}',
      body: "Gentile {name},\n\ngrazie per aver contattato l'assistenza {company}. Abbiamo creato un ticket per la tua richiesta.\n\nNumero ticket: {id}\nNome ticket: {subject}\nStato: Nuovo\nPriorità: Normale\n\nPer aggiungere informazioni rispondi sopra questa riga.\n\nAVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario e possono contenere informazioni riservate. Ne è vietato l'uso o la diffusione non autorizzati. Se lo hai ricevuto per errore, avvisa il mittente e cancellalo. {company} S.r.l., P. IVA 09931550962.",
    },
    nl: {
      subject: 'Ticket {id} aangemaakt: {subject}',
      body: 'Beste {name},\n\nBedankt voor uw bericht aan {company} Support. Er is een ticket aangemaakt voor uw verzoek.\n\nTicketnummer: {id}\nTicketnaam: {subject}\nStatus: Nieuw\nPrioriteit: Normaal\n\nReageer boven deze regel om informatie toe te voegen.\n\nVERTROUWELIJKHEID: dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde en kunnen vertrouwelijke informatie bevatten. Onbevoegd gebruik of verspreiding is niet toegestaan. Heeft u dit bericht per abuis ontvangen, laat het de afzender weten en verwijder het. {company} B.V., KvK 71230458.',
    },
  },
}
