// A second hand-written wording per variant and language (helpdesk acknowledgements, in-house
// enquiry forms, quote / brochure / catalogue requests), in another register than hand-a.ts:
// terse, casual, with an emoji or a legal footer, the subject sometimes only a name or a number.
import type { Variant, Texts } from './wording-types.ts'

export const HAND_C: Partial<Record<Variant, Texts>> = {
  ticket: {
    en: '{company} - Case {ref}|We’ve got it 👍\n\n"{payload}"\n\nA real person will pick this up during office hours (Mon-Fri). Reply above this line to add details.\n\n{company} Ltd, registered in England and Wales. This mailbox is not monitored.',
    de: '[{company}] Vorgang {ref}|Hallo {name}, kurz zur Info: Ihre Meldung ist angekommen.\nBetreff: {payload}\nBearbeitungszeit derzeit ca. 3 Werktage.\n\n{company} GmbH · Amtsgericht Köln · Geschäftsführung: siehe Impressum',
    fr: '{company} - accusé de réception|Bonjour {name} 🙂\nMerci, c’est bien reçu ! Numéro de suivi : {ref}.\nObjet : {payload}\nNous faisons au plus vite.\n\nMerci de ne pas répondre directement à cet e-mail.',
    es: '#{ref}|Hola {name}, ya tenemos tu mensaje ("{payload}") y lo estamos revisando. Responde a este correo si quieres añadir algo.\n{company}',
    pt: 'Recebemos o seu contacto|{name}, obrigado! 😊 O assunto "{payload}" ficou registado com a referência {ref}. Respondemos normalmente no prazo de 48 horas úteis.\n{company}\nEsta mensagem foi gerada automaticamente.',
    it: '{company}: ticket #{ref}|Ciao {name}! Abbiamo ricevuto il tuo messaggio e lo stiamo già guardando 👀\nOggetto: {payload}\n\n{company} S.r.l. - P.IVA 0{ref}11',
    nl: 'Bevestiging: {payload}|Hoi {name}, je bericht is goed aangekomen (nummer {ref}). We streven ernaar binnen 24 uur te reageren.\n\nTeam {company}\nDit is een automatisch bericht.',
  },
  enquiry: {
    en: 'Thanks - we will be in touch|Hi {name},\nthank you for registering your interest with {company}. One of our local team will contact you within one working day.\n\nYou told us: {payload}\n\nCalls may be recorded for training purposes.',
    de: 'Kontaktformular {company}: Eingangsbestätigung|Guten Tag {name},\nwir haben Ihre Nachricht erhalten und leiten sie an das zuständige Team weiter.\nIhre Angaben: {payload}\nBürozeiten: Mo-Do 8-16 Uhr, Fr 8-12 Uhr.',
    fr: 'Demande de contact n° {ref}|Madame, Monsieur,\nvotre demande a bien été enregistrée par nos services sous le n° {ref}. Elle sera traitée dans les meilleurs délais.\nContenu : {payload}\nLe secrétariat',
    es: '{company} - formulario web|Hola, {name}:\n¡gracias por tu interés! Un comercial te llamará pronto para concertar una visita.\nTu mensaje: {payload}\nHorario de atención: L-V 9:00-14:00',
    pt: 'Pedido de contacto - {company}|Olá {name},\no seu pedido foi encaminhado para o serviço competente, que o contactará logo que possível.\nMensagem: {payload}\nAtendimento: dias úteis, 9h-17h.',
    it: 'Conferma di ricezione della sua segnalazione|Gentile {name},\nla sua richiesta inviata tramite il modulo online è stata protocollata con il n. {ref} e assegnata all’ufficio competente.\nTesto: {payload}',
    nl: 'Ontvangstbevestiging contactformulier|Beste {name},\nuw bericht is ontvangen en doorgestuurd naar de juiste afdeling. U hoort binnen vijf werkdagen van ons.\nUw bericht: {payload}\nZaaknummer: {ref}',
  },
  quote: {
    en: '📄 Your {company} brochure|Hi {name}, as promised here is your free brochure: {link}\nWant a tailored quote? Just reply with your postcode and we will do the rest.',
    de: 'Ihr Gratis-Katalog ist unterwegs|Hallo {name},\nvielen Dank für Ihre Katalogbestellung. Der gedruckte Katalog erreicht Sie in 3-5 Werktagen. Hier schon mal die PDF-Version: {link}',
    fr: 'Votre documentation {company}|Bonjour {name},\nsuite à votre demande, vous trouverez notre documentation en téléchargement : {link}\nUn conseiller peut vous rappeler pour établir un devis gratuit.',
    es: 'Presupuesto sin compromiso n.º {ref}|Estimado/a {name}:\nhemos recibido su solicitud de presupuesto sin compromiso. Le enviaremos la propuesta en un plazo máximo de 48 horas.',
    pt: '{company}: a sua brochura|Olá {name}! 👋 Aqui está a brochura que pediu: {link}\nQuer um orçamento à medida? Responda a este e-mail.',
    it: 'Preventivo gratuito - richiesta n. {ref}|Gentile {name},\nla ringraziamo per la richiesta di preventivo gratuito. Un nostro tecnico la contatterà per un sopralluogo.',
    nl: 'Je brochure van {company} 📬|Hoi {name}, bedankt voor je aanvraag! Download de brochure hier: {link}\nWil je een offerte op maat? Laat het ons weten.',
  },
}
