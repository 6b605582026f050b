// Hand-written wave wordings, one company's own words per variant and language: helpdesk
// acknowledgements, in-house enquiry forms (estate agents, insurers, car dealers, schools, town
// halls) and quote / brochure / catalogue requests. Written for this set.
import type { Variant, Texts } from './wording-types.ts'

export const HAND_A: Partial<Record<Variant, Texts>> = {
  ticket: {
    en: 'Request received: {payload}|Hello {name},\nthanks for contacting {company}. Your request has been logged as #{ref} and one of our advisers will answer within 48 hours.\nPlease do not reply to this automatic message.\n\nYour message:\n{payload}',
    de: 'Ihre Anfrage #{ref}: {payload}|Guten Tag {name},\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Nummer {ref} erfasst und melden uns schnellstmöglich.\nMit freundlichen Grüßen\nIhr Kundenservice {company}',
    fr: '[#{ref}] Nous avons bien reçu votre demande|Bonjour {name},\nvotre demande « {payload} » a été transmise à notre service client. Un conseiller vous répondra sous 2 jours ouvrés.\nL’équipe {company}',
    es: 'Hemos recibido tu consulta (ticket {ref})|Hola {name}:\nte confirmamos que tu consulta «{payload}» ha quedado registrada. Te responderemos lo antes posible.\nAtención al cliente de {company}',
    pt: 'Pedido n.º {ref} registado|Olá {name},\no seu pedido "{payload}" foi registado com o número {ref}. A nossa equipa responderá em breve.\n{company} - Apoio ao Cliente',
    it: 'Richiesta {ref} ricevuta - {payload}|Gentile {name},\nla tua segnalazione è stata presa in carico con il numero {ref}. Ti risponderemo entro 24 ore lavorative.\nServizio clienti {company}',
    nl: 'Uw vraag is ontvangen [{ref}]|Beste {name},\nbedankt voor uw bericht aan {company}. Wij hebben uw vraag "{payload}" ontvangen en nemen binnen twee werkdagen contact op.\nMet vriendelijke groet,\nKlantenservice',
  },
  enquiry: {
    en: 'Your enquiry has been received|Dear {name},\nthank you for your enquiry via our website. A member of the {company} team will call or email you shortly.\nWhat you sent us: "{payload}"\nOffice hours: Mon-Fri 9:00-17:30',
    de: 'Ihre Anfrage bei {company}|Sehr geehrte/r {name},\nvielen Dank für Ihr Interesse. Ihre Anfrage über unser Kontaktformular ist bei uns eingegangen:\n„{payload}"\nWir rufen Sie in Kürze zurück.\n{company}',
    fr: 'Votre demande de renseignements|Madame, Monsieur {name},\nnous accusons réception de votre demande envoyée depuis notre site : « {payload} ». Un conseiller {company} vous contactera rapidement.',
    es: 'Solicitud de información recibida|Estimado/a {name}:\nhemos recibido su solicitud a través de nuestra web. En breve un asesor de {company} se pondrá en contacto con usted.\nMensaje: {payload}',
    pt: 'Pedido de informação recebido|Exmo(a). {name},\nagradecemos o seu contacto através do nosso site. Um colaborador da {company} irá contactá-lo brevemente.\nMensagem: {payload}',
    it: 'Abbiamo ricevuto la sua richiesta di informazioni|Gentile {name},\ngrazie per averci scritto tramite il sito. Un nostro consulente di {company} la ricontatterà al più presto.\nTesto inviato: {payload}',
    nl: 'Wij hebben uw aanvraag ontvangen|Geachte {name},\nhartelijk dank voor uw aanvraag via onze website. Een medewerker van {company} neemt zo spoedig mogelijk contact met u op.\nUw bericht: {payload}',
  },
  quote: {
    en: 'Your quote request - {company}|Hi {name},\nthanks for requesting a quote. We are preparing your personalised offer and will send it within one working day.\nRequest no. {ref}',
    de: 'Ihre Angebotsanfrage Nr. {ref}|Hallo {name},\ndanke für Ihre Angebotsanfrage. Wir erstellen Ihr persönliches Angebot und senden es Ihnen innerhalb eines Werktags.\n{company}',
    fr: 'Votre demande de devis n° {ref}|Bonjour {name},\nmerci pour votre demande de devis. Votre devis personnalisé vous sera envoyé sous 24 h ouvrées.\n{company}',
    es: 'Tu catálogo de {company} está en camino|Hola {name}:\ngracias por pedir nuestro catálogo. Lo recibirás por correo postal en 5-7 días. Mientras tanto puedes verlo online: {link}',
    pt: 'O seu pedido de orçamento ({ref})|Olá {name},\nobrigado pelo seu pedido de orçamento. Enviaremos a proposta no prazo de um dia útil.\n{company}',
    it: 'Richiesta brochure ricevuta|Ciao {name},\ngrazie per aver richiesto la nostra brochure. La puoi scaricare qui: {link}\nUn nostro consulente ti contatterà a breve.\n{company}',
    nl: 'Uw offerteaanvraag {ref}|Beste {name},\nbedankt voor uw offerteaanvraag. U ontvangt binnen één werkdag een offerte op maat.\nMet vriendelijke groet,\n{company}',
  },
}
