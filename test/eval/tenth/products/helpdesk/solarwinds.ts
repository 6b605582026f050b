// SolarWinds Service Desk (formerly Samanage): the requester notification "Incident created",
// whose subject names the incident number and title and whose body ends in the long
// confidentiality footer many service desks add. Reconstruction from the product's documented
// notification (incident number, title, "View incident" link); non-English texts are an
// organisation's own translation.
import { lines, type Ctx, type Product } from '../../product.ts'

const LEGAL: Record<string, string> = {
  en: 'CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender. Please do not reply below this line.',
  de: 'VERTRAULICHKEITSHINWEIS: Diese Nachricht und etwaige Anhänge sind ausschließlich für den genannten Empfänger bestimmt und können vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Empfänger sind, löschen Sie die Nachricht bitte und informieren Sie den Absender.',
  fr: "AVIS DE CONFIDENTIALITÉ : ce message et ses pièces jointes sont destinés exclusivement au destinataire indiqué et peuvent contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.",
  es: 'AVISO DE CONFIDENCIALIDAD: este mensaje y sus adjuntos están dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si lo ha recibido por error, elimínelo y comuníquelo al remitente.',
  pt: 'AVISO DE CONFIDENCIALIDADE: esta mensagem e os seus anexos destinam-se exclusivamente ao destinatário indicado e podem conter informação confidencial. Se a recebeu por engano, elimine-a e avise o remetente.',
  it: 'AVVISO DI RISERVATEZZA: questo messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario indicato e possono contenere informazioni riservate. Se lo ha ricevuto per errore, la preghiamo di cancellarlo e di avvisare il mittente.',
  nl: 'VERTROUWELIJKHEID: dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde en kunnen vertrouwelijke informatie bevatten. Hebt u dit bericht per vergissing ontvangen, verwijder het dan en laat het de afzender weten.',
}

function mail(lang: string, subject: string, intro: string, view: string) {
  return (c: Ctx) => ({
    subject,
    body: lines(
      intro,
      ``,
      `#${c.ref} ${c.typed}`,
      `${view}: https://${c.domain}/servicedesk/incidents/${c.ref}`,
      ``,
      `${c.company} Service Desk`,
      ``,
      LEGAL[lang]!,
    ),
  })
}

export const SOLARWINDS_SD: Product = {
  product: 'SolarWinds Service Desk',
  family: 'helpdesk',
  source: 'SolarWinds Service Desk requester notification "Incident created" (reconstruction)',
  echo: ['subject'],
  own: ['servicedesk', 'no-reply'],
  hosted: (c) => `${c.name} Service Desk <${c.slug}@samanage.com>`,
  texts: {
    en: (c) =>
      mail(
        'en',
        `Incident #${c.ref}: ${c.typed} has been created`,
        'A new incident has been created on your behalf.',
        'View incident',
      )(c),
    de: (c) =>
      mail(
        'de',
        `Vorfall #${c.ref}: ${c.typed} wurde erstellt`,
        'Für Sie wurde ein neuer Vorfall erstellt.',
        'Vorfall ansehen',
      )(c),
    fr: (c) =>
      mail(
        'fr',
        `Incident n° ${c.ref} : ${c.typed} a été créé`,
        'Un nouvel incident a été créé en votre nom.',
        "Voir l'incident",
      )(c),
    es: (c) =>
      mail(
        'es',
        `Incidente #${c.ref}: se ha creado ${c.typed}`,
        'Se ha creado un nuevo incidente en su nombre.',
        'Ver incidente',
      )(c),
    pt: (c) =>
      mail(
        'pt',
        `Incidente #${c.ref}: ${c.typed} foi criado`,
        'Foi criado um novo incidente em seu nome.',
        'Ver incidente',
      )(c),
    it: (c) =>
      mail(
        'it',
        `Incidente #${c.ref}: ${c.typed} è stato creato`,
        'È stato creato un nuovo incidente a tuo nome.',
        'Visualizza incidente',
      )(c),
    nl: (c) =>
      mail(
        'nl',
        `Incident #${c.ref}: ${c.typed} is aangemaakt`,
        'Er is namens u een nieuw incident aangemaakt.',
        'Incident bekijken',
      )(c),
  },
}
