import { w, type Product } from '../types.ts'

// In-house contact and enquiry forms of universities, councils and public offices (the form
// mails a copy or an acknowledgement with a reference). Reconstruction; no single source.
export const inhouseHelpdesk: Product = {
  product: 'in-house enquiry form',
  family: 'helpdesk',
  source: 'reconstruction of university / public-office enquiry form acknowledgements',
  ticket: 'ENQ-2026-#####',
  texts: {
    en: [
      w(
        'Your enquiry has been received (ref. {ticket})',
        `Dear {name},\n\nThank you for contacting {company}. This email confirms that we have received your enquiry:\n\n"{subject}"\n\nYour reference number is {ticket}. We aim to respond within 10 working days. Please quote this reference in any correspondence.\n\nThis mailbox is not monitored.\n{company} Enquiries Team`,
      ),
      w(
        'Copy of your message: {subject}',
        `This is a copy of the message you sent through the contact form at {site}.\n\nName: {name}\nEmail: {email}\nMessage subject: {subject}\n\nWe will reply to you as soon as possible.\n-- \n{company}`,
      ),
    ],
    de: [
      w(
        'Eingangsbestätigung Ihrer Anfrage (Az. {ticket})',
        `Sehr geehrte/r {name},\n\nvielen Dank für Ihre Nachricht an {company}. Hiermit bestätigen wir den Eingang Ihrer Anfrage:\n\n„{subject}“\n\nIhr Aktenzeichen lautet {ticket}. Wir bearbeiten Anfragen in der Regel innerhalb von zehn Arbeitstagen. Bitte geben Sie das Aktenzeichen bei Rückfragen an.\n\nDiese Nachricht wurde automatisch erstellt.\n{company}`,
      ),
    ],
    fr: [
      w(
        'Accusé de réception de votre demande (réf. {ticket})',
        `Madame, Monsieur {name},\n\nNous accusons réception de votre demande adressée à {company} :\n\n« {subject} »\n\nVotre numéro de dossier est {ticket}. Une réponse vous sera apportée dans un délai de dix jours ouvrés. Merci de rappeler cette référence dans toute correspondance.\n\nMessage automatique, merci de ne pas répondre.\n{company}`,
      ),
    ],
    es: [
      w(
        'Acuse de recibo de su consulta (ref. {ticket})',
        `Estimado/a {name}:\n\nLe confirmamos la recepción de su consulta dirigida a {company}:\n\n«{subject}»\n\nSu número de referencia es {ticket}. Le responderemos en un plazo máximo de diez días hábiles. Indique esta referencia en cualquier comunicación.\n\nMensaje automático, no responda a este correo.\n{company}`,
      ),
    ],
    pt: [
      w(
        'Confirmação de recebimento do seu pedido (ref. {ticket})',
        `Caro(a) {name},\n\nConfirmamos a receção do seu pedido dirigido a {company}:\n\n"{subject}"\n\nO número de referência é {ticket}. Responderemos no prazo de dez dias úteis. Indique esta referência em qualquer contacto.\n\nMensagem automática, por favor não responda.\n{company}`,
      ),
    ],
    it: [
      w(
        'Conferma di ricezione della tua richiesta (prot. {ticket})',
        `Gentile {name},\n\nconfermiamo la ricezione della richiesta inviata a {company}:\n\n«{subject}»\n\nIl numero di protocollo è {ticket}. Riceverai una risposta entro dieci giorni lavorativi. Indica il protocollo in ogni comunicazione.\n\nMessaggio automatico, si prega di non rispondere.\n{company}`,
      ),
    ],
    nl: [
      w(
        'Ontvangstbevestiging van uw vraag (kenmerk {ticket})',
        `Geachte {name},\n\nHierbij bevestigen wij de ontvangst van uw vraag aan {company}:\n\n"{subject}"\n\nUw kenmerk is {ticket}. Wij streven ernaar binnen tien werkdagen te antwoorden. Vermeld dit kenmerk bij verdere correspondentie.\n\nDit is een automatisch bericht.\n{company}`,
      ),
    ],
  },
}
