// Building blocks for composed wave wordings, written for this set: greetings and closings per
// language, and per variant two subjects and one core sentence ('subject one|subject two|core').
import type { Lang } from '../types.ts'
import type { Variant } from './wording-types.ts'

export const GREETINGS: Record<Lang, readonly string[]> = {
  en: ['Dear {name},', 'Hello {name},'],
  de: ['Sehr geehrte/r {name},', 'Hallo {name},'],
  fr: ['Bonjour {name},', 'Cher/Chère {name},'],
  es: ['Estimado/a {name}:', 'Hola, {name}:'],
  pt: ['Caro/a {name},', 'Olá {name},'],
  it: ['Gentile {name},', 'Ciao {name},'],
  nl: ['Beste {name},', 'Geachte {name},'],
}

export const CLOSINGS: Record<Lang, readonly string[]> = {
  en: ['Kind regards,\nThe {company} team', 'Thanks,\n{company}'],
  de: ['Freundliche Grüße\nIhr Team von {company}', 'Viele Grüße\n{company}'],
  fr: ['Cordialement,\nL’équipe {company}', 'À bientôt,\n{company}'],
  es: ['Un saludo,\nEl equipo de {company}', 'Atentamente,\n{company}'],
  pt: ['Com os melhores cumprimentos,\nEquipa {company}', 'Obrigado,\n{company}'],
  it: ['Cordiali saluti,\nIl team di {company}', 'A presto,\n{company}'],
  nl: ['Met vriendelijke groet,\nTeam {company}', 'Groeten,\n{company}'],
}

export const CORES: Record<Variant, Record<Lang, string>> = {
  ticket: {
    en: 'Ticket {ref} opened|We got your message: {payload}|Thank you for writing to us. Case {ref} has been created and our support staff will get back to you. Your message: "{payload}"',
    de: 'Ticket {ref} eröffnet|Eingangsbestätigung: {payload}|Danke für Ihre Nachricht. Wir haben den Vorgang {ref} angelegt und melden uns. Ihre Nachricht: „{payload}"',
    fr: 'Ticket {ref} ouvert|Accusé de réception : {payload}|Merci pour votre message. Le dossier {ref} a été créé et notre support revient vers vous. Votre message : « {payload} »',
    es: 'Incidencia {ref} abierta|Acuse de recibo: {payload}|Gracias por escribirnos. Hemos abierto la incidencia {ref} y nuestro equipo te contestará. Tu mensaje: «{payload}»',
    pt: 'Ticket {ref} aberto|Confirmação de receção: {payload}|Obrigado pela sua mensagem. Abrimos o processo {ref} e a equipa irá responder. A sua mensagem: "{payload}"',
    it: 'Ticket {ref} aperto|Conferma di ricezione: {payload}|Grazie per averci scritto. Abbiamo aperto la pratica {ref} e il supporto ti risponderà. Il tuo messaggio: "{payload}"',
    nl: 'Ticket {ref} aangemaakt|Ontvangstbevestiging: {payload}|Bedankt voor je bericht. We hebben melding {ref} aangemaakt en nemen contact op. Je bericht: "{payload}"',
  },
  enquiry: {
    en: 'Thank you for your enquiry|{company}: we have your details|Your enquiry has reached our office and will be passed to the right person. Message: {payload}',
    de: 'Vielen Dank für Ihre Anfrage|{company}: Ihre Kontaktanfrage|Ihre Anfrage ist bei uns eingegangen und wird an die zuständige Stelle weitergeleitet. Nachricht: {payload}',
    fr: 'Merci pour votre demande|{company} : demande de contact reçue|Votre demande est arrivée à notre agence et sera transmise à la bonne personne. Message : {payload}',
    es: 'Gracias por su consulta|{company}: hemos recibido sus datos|Su consulta ha llegado a nuestra oficina y se la haremos llegar a la persona adecuada. Mensaje: {payload}',
    pt: 'Obrigado pelo seu contacto|{company}: recebemos os seus dados|O seu pedido chegou aos nossos serviços e será encaminhado. Mensagem: {payload}',
    it: 'Grazie per la sua richiesta|{company}: abbiamo ricevuto i suoi dati|La sua richiesta è arrivata ai nostri uffici e sarà inoltrata al referente. Messaggio: {payload}',
    nl: 'Bedankt voor uw aanvraag|{company}: uw contactverzoek|Uw aanvraag is bij ons binnengekomen en wordt doorgezet naar de juiste collega. Bericht: {payload}',
  },
  quote: {
    en: 'We received your quote request|Your brochure from {company}|Your request (no. {ref}) is with our sales team; your brochure can be downloaded here: {link}',
    de: 'Ihre Angebotsanfrage ist eingegangen|Ihr Katalog von {company}|Ihre Anfrage (Nr. {ref}) liegt unserem Vertrieb vor; den Katalog finden Sie hier: {link}',
    fr: 'Demande de devis bien reçue|Votre brochure {company}|Votre demande (n° {ref}) est entre les mains de notre équipe commerciale ; la brochure est ici : {link}',
    es: 'Hemos recibido su solicitud de presupuesto|Su folleto de {company}|Su solicitud (n.º {ref}) está en manos de nuestro equipo comercial; el folleto está aquí: {link}',
    pt: 'Recebemos o seu pedido de orçamento|O seu catálogo {company}|O seu pedido (n.º {ref}) está com a equipa comercial; o catálogo está aqui: {link}',
    it: 'Richiesta di preventivo ricevuta|Il tuo catalogo {company}|La richiesta (n. {ref}) è stata passata all’ufficio commerciale; il catalogo è qui: {link}',
    nl: 'Uw offerteaanvraag is ontvangen|Uw brochure van {company}|Uw aanvraag (nr. {ref}) ligt bij onze verkoopafdeling; de brochure vindt u hier: {link}',
  },
  signup: {
    en: 'Verify your {company} account|One more step to finish signing up|Please verify your address to activate your new account: {link}',
    de: 'Konto bei {company} bestätigen|Nur noch ein Schritt zur Registrierung|Bitte bestätigen Sie Ihre Adresse, um Ihr neues Konto zu aktivieren: {link}',
    fr: 'Vérifiez votre compte {company}|Plus qu’une étape pour finaliser votre inscription|Veuillez vérifier votre adresse pour activer votre nouveau compte : {link}',
    es: 'Verifica tu cuenta de {company}|Un paso más para completar el registro|Verifica tu dirección para activar tu nueva cuenta: {link}',
    pt: 'Verifique a sua conta {company}|Falta um passo para concluir o registo|Verifique o seu endereço para ativar a nova conta: {link}',
    it: 'Verifica il tuo account {company}|Ancora un passo per completare la registrazione|Verifica il tuo indirizzo per attivare il nuovo account: {link}',
    nl: 'Verifieer je {company}-account|Nog één stap om je registratie af te ronden|Verifieer je adres om je nieuwe account te activeren: {link}',
  },
  optin: {
    en: 'Please confirm your subscription|One click to join the {company} mailing list|Confirm that {address} should receive our emails: {link}',
    de: 'Anmeldung bestätigen|Ein Klick zum Newsletter von {company}|Bestätigen Sie, dass {address} unsere E-Mails erhalten soll: {link}',
    fr: 'Merci de confirmer votre abonnement|Un clic pour rejoindre la liste {company}|Confirmez que {address} doit recevoir nos e-mails : {link}',
    es: 'Confirma tu alta|Un clic para unirte a la lista de {company}|Confirma que {address} quiere recibir nuestros correos: {link}',
    pt: 'Confirme a sua inscrição|Um clique para entrar na lista da {company}|Confirme que {address} deve receber os nossos e-mails: {link}',
    it: 'Conferma l’iscrizione|Un clic per entrare nella lista di {company}|Conferma che {address} deve ricevere le nostre email: {link}',
    nl: 'Bevestig je aanmelding|Eén klik voor de mailinglijst van {company}|Bevestig dat {address} onze e-mails mag ontvangen: {link}',
  },
  reset: {
    en: 'Password reset request|Your {company} password reset code|Use this link or code {code} to set a new password: {link}. If this was not you, no action is needed.',
    de: 'Anfrage zum Zurücksetzen des Passworts|Ihr Code zum Zurücksetzen bei {company}|Mit diesem Link oder dem Code {code} vergeben Sie ein neues Passwort: {link}.',
    fr: 'Demande de nouveau mot de passe|Votre code de réinitialisation {company}|Utilisez ce lien ou le code {code} pour choisir un nouveau mot de passe : {link}.',
    es: 'Solicitud de nueva contraseña|Tu código para restablecer la contraseña de {company}|Usa este enlace o el código {code} para elegir una nueva contraseña: {link}.',
    pt: 'Pedido de nova palavra-passe|O seu código de redefinição {company}|Use este link ou o código {code} para definir uma nova palavra-passe: {link}.',
    it: 'Richiesta di nuova password|Il tuo codice di reimpostazione {company}|Usa questo link o il codice {code} per scegliere una nuova password: {link}.',
    nl: 'Verzoek om nieuw wachtwoord|Je herstelcode voor {company}|Gebruik deze link of code {code} om een nieuw wachtwoord in te stellen: {link}.',
  },
}
