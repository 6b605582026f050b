// Helpdesk products new to every set. Both reconstructions from the products' documented
// behaviour (an automatic reply on a new ticket), written for this set, not pasted.
import type { Product } from '../wording.ts'

// source: SupportBee knowledge base, "Auto Responder" (a reply sent on every new ticket, the
// ticket subject kept, the ticket number appended); reconstruction. Hosted address invented after
// the product's `<company>.supportbee.com` shape.
export const SUPPORTBEE: Product = {
  product: 'SupportBee',
  family: 'helpdesk',
  source: 'SupportBee auto responder, reconstruction',
  sender: 'hosted',
  address: (slug) => `support@${slug}.supportbee-mail.com`,
  texts: {
    en: (c) => ({
      subject: `Re: ${c.typed} [#${c.ref}]`,
      body: `Hi ${c.name},\n\nThanks for writing in. This is an automatic reply to let you know we got your email and a member of the ${c.company} team will get back to you shortly.\n\nYour ticket number is #${c.ref}.\n\n${c.company} Support`,
    }),
    de: (c) => ({
      subject: `Re: ${c.typed} [#${c.ref}]`,
      body: `Hallo ${c.name},\n\ndanke für deine Nachricht. Dies ist eine automatische Antwort: Wir haben deine E-Mail erhalten und das Team von ${c.company} meldet sich in Kürze.\n\nTicketnummer: #${c.ref}\n\n${c.company} Support`,
    }),
    fr: (c) => ({
      subject: `Re: ${c.typed} [#${c.ref}]`,
      body: `Bonjour ${c.name},\n\nMerci de nous avoir écrit. Ceci est une réponse automatique : nous avons bien reçu votre e-mail et l'équipe ${c.company} vous répondra rapidement.\n\nNuméro de ticket : #${c.ref}\n\nSupport ${c.company}`,
    }),
    es: (c) => ({
      subject: `Re: ${c.typed} [#${c.ref}]`,
      body: `Hola ${c.name}:\n\nGracias por escribirnos. Esta es una respuesta automática para avisarte de que recibimos tu correo; alguien del equipo de ${c.company} te contestará en breve.\n\nTu número de ticket es #${c.ref}.\n\nSoporte ${c.company}`,
    }),
    pt: (c) => ({
      subject: `Re: ${c.typed} [#${c.ref}]`,
      body: `Olá ${c.name},\n\nObrigado pelo contato. Esta é uma resposta automática: recebemos seu e-mail e alguém da equipe ${c.company} vai responder em breve.\n\nNúmero do ticket: #${c.ref}\n\nSuporte ${c.company}`,
    }),
    it: (c) => ({
      subject: `Re: ${c.typed} [#${c.ref}]`,
      body: `Ciao ${c.name},\n\ngrazie per averci scritto. Questa è una risposta automatica: abbiamo ricevuto la tua email e il team di ${c.company} ti risponderà al più presto.\n\nNumero ticket: #${c.ref}\n\nAssistenza ${c.company}`,
    }),
    nl: (c) => ({
      subject: `Re: ${c.typed} [#${c.ref}]`,
      body: `Hoi ${c.name},\n\nBedankt voor je bericht. Dit is een automatisch antwoord: we hebben je e-mail ontvangen en iemand van ${c.company} neemt snel contact op.\n\nTicketnummer: #${c.ref}\n\n${c.company} Support`,
    }),
  },
}

// source: Sirportly documentation, "Auto-responders" on a new ticket (reference shown as
// letters-digits, e.g. AB-123456; the subject carries only the reference); reconstruction.
// Mail shows as a display name only in this set.
export const SIRPORTLY: Product = {
  product: 'Sirportly',
  family: 'helpdesk',
  source: 'Sirportly new-ticket auto-responder, reconstruction; display name only',
  sender: 'display',
  address: () => '',
  texts: {
    en: (c) => ({
      subject: `[${c.ref}]`,
      body: `Dear ${c.name},\n\nYour enquiry has been logged with reference ${c.ref}. Please keep this reference in the subject line of any further correspondence.\n\nOur office hours are Monday to Friday, 9am to 5pm. We aim to respond within one working day.\n\n${c.company}`,
    }),
    de: (c) => ({
      subject: `[${c.ref}]`,
      body: `Sehr geehrte/r ${c.name},\n\nIhre Anfrage wurde unter der Referenz ${c.ref} erfasst. Bitte behalten Sie diese Referenz im Betreff weiterer Nachrichten bei.\n\nUnsere Bürozeiten: Mo–Fr 9–17 Uhr. Wir antworten innerhalb eines Werktages.\n\n${c.company}`,
    }),
    fr: (c) => ({
      subject: `[${c.ref}]`,
      body: `Madame, Monsieur ${c.name},\n\nVotre demande a été enregistrée sous la référence ${c.ref}. Merci de conserver cette référence dans l'objet de vos prochains messages.\n\nNos bureaux sont ouverts du lundi au vendredi, de 9 h à 17 h.\n\n${c.company}`,
    }),
    es: (c) => ({
      subject: `[${c.ref}]`,
      body: `Estimado/a ${c.name}:\n\nSu consulta ha quedado registrada con la referencia ${c.ref}. Mantenga esta referencia en el asunto de futuros mensajes.\n\nHorario de atención: lunes a viernes, de 9:00 a 17:00.\n\n${c.company}`,
    }),
    pt: (c) => ({
      subject: `[${c.ref}]`,
      body: `Caro(a) ${c.name},\n\nO seu pedido foi registado com a referência ${c.ref}. Mantenha esta referência no assunto de mensagens futuras.\n\nHorário: segunda a sexta, 9h–17h.\n\n${c.company}`,
    }),
    it: (c) => ({
      subject: `[${c.ref}]`,
      body: `Gentile ${c.name},\n\nla sua richiesta è stata registrata con il riferimento ${c.ref}. La preghiamo di mantenere il riferimento nell'oggetto delle prossime email.\n\nOrari d'ufficio: lun–ven 9–17.\n\n${c.company}`,
    }),
    nl: (c) => ({
      subject: `[${c.ref}]`,
      body: `Beste ${c.name},\n\nUw vraag is geregistreerd onder referentie ${c.ref}. Vermeld deze referentie in het onderwerp van verdere berichten.\n\nKantooruren: ma–vr 9–17 uur.\n\n${c.company}`,
    }),
  },
}
