// Hand-written ticket acknowledgements, each a company's own voice; the `true` ones ask the
// requester to verify the address before the request is submitted (Zendesk's 2026 behaviour).
import { hand } from './types.ts'

const h = hand('helpdesk')

export const HAND_DESK = [
  h(
    'en',
    'We got your message ✉️',
    'Hey {name}! Thanks for writing to {company}. Your note about "{topic}" is in our queue as #{ref}. Someone from the crew will answer within two working days.',
  ),
  h(
    'en',
    '[{company}] Request received - {topic}',
    'Hello,\nThis confirms we received your request (reference {ref}). Please do not reply to this automated message; add details at {link}.\n{company} Customer Care',
  ),
  h(
    'en',
    'Verify your email to submit your request',
    'Before we can submit your request "{topic}", please verify your email address: {link}\nUnverified requests are discarded after 24 hours.\n{company} Help Center',
    true,
  ),
  h(
    'de',
    'Ihre Anfrage bei {company} ist da',
    'Hallo {name},\nwir haben deine Nachricht „{topic}" erhalten (Vorgang {ref}). Unser Team meldet sich in der Regel innerhalb von 48 Stunden.\nViele Grüße aus dem {company} Kundenservice',
  ),
  h(
    'de',
    'Eingangsbestätigung Vorgangsnummer {ref}',
    'Sehr geehrte Damen und Herren,\nhiermit bestätigen wir den Eingang Ihres Anliegens „{topic}". Bitte geben Sie bei Rückfragen stets die Vorgangsnummer {ref} an.\nMit freundlichen Grüßen\n{company}',
  ),
  h(
    'de',
    'Bitte E-Mail-Adresse bestätigen, damit wir Ihre Anfrage annehmen können',
    'Ihre Anfrage „{topic}" wird erst übermittelt, wenn Sie Ihre E-Mail-Adresse bestätigen: {link}\nOhne Bestätigung verfällt sie nach 24 Stunden.',
    true,
  ),
  h(
    'fr',
    'Nous avons bien reçu votre message',
    'Bonjour {name},\nmerci d’avoir écrit à {company}. Votre demande « {topic} » porte le numéro {ref}. Un conseiller vous répond sous 48 h ouvrées.\nBelle journée !',
  ),
  h(
    'fr',
    'Accusé de réception - dossier {ref}',
    'Madame, Monsieur,\nnous accusons réception de votre requête « {topic} ». Conservez la référence {ref} pour tout échange ultérieur.\nLe service clients {company}',
  ),
  h(
    'fr',
    'Vérifiez votre adresse e-mail pour envoyer votre demande',
    'Pour que votre demande « {topic} » soit transmise, vérifiez votre adresse e-mail : {link}\nSans vérification, elle sera supprimée.',
    true,
  ),
  h(
    'es',
    'Hemos recibido tu consulta',
    '¡Hola, {name}! Gracias por escribir a {company}. Tu consulta "{topic}" quedó registrada con el número {ref}. Te contestamos en menos de 48 horas.',
  ),
  h(
    'es',
    'Solicitud {ref} registrada',
    'Estimado/a cliente:\nle confirmamos que su petición "{topic}" ha sido recibida y registrada con el código {ref}. No responda a este correo automático.\nAtención al cliente de {company}',
  ),
  h(
    'es',
    'Verifica tu correo para enviar tu solicitud',
    'Tu solicitud "{topic}" todavía no se ha enviado. Verifica tu dirección de correo electrónico aquí: {link}',
    true,
  ),
  h(
    'pt',
    'Recebemos o seu pedido',
    'Olá {name},\nobrigado por contactar a {company}. O seu pedido "{topic}" ficou registado com a referência {ref}. A nossa equipa responde em até dois dias úteis.',
  ),
  h(
    'pt',
    'Recebemos sua solicitação #{ref}',
    'Oi, {name}! Sua solicitação "{topic}" chegou direitinho aqui na {company}. Nosso time vai te responder em breve, tá?\nProtocolo: {ref}',
  ),
  h(
    'pt',
    'Confirme seu e-mail para enviar a solicitação',
    'Para enviarmos sua solicitação "{topic}", confirme seu endereço de e-mail: {link}',
    true,
  ),
  h(
    'it',
    'Abbiamo ricevuto la tua segnalazione',
    'Ciao {name},\ngrazie per aver scritto a {company}. La tua segnalazione "{topic}" è stata presa in carico con il numero {ref}. Ti risponderemo entro 48 ore.',
  ),
  h(
    'it',
    'Pratica n. {ref} - conferma di ricezione',
    'Gentile cliente,\nconfermiamo la ricezione della sua richiesta "{topic}". Per ogni comunicazione indichi il numero di pratica {ref}.\nCordiali saluti,\nServizio clienti {company}',
  ),
  h(
    'it',
    'Verifica il tuo indirizzo email per inviare la richiesta',
    'La tua richiesta "{topic}" sarà inviata solo dopo la verifica del tuo indirizzo email: {link}',
    true,
  ),
  h(
    'nl',
    'Je vraag is goed aangekomen',
    'Hoi {name},\nbedankt voor je bericht aan {company}. Je vraag "{topic}" heeft nummer {ref}. We reageren binnen twee werkdagen.\nGroetjes, team {company}',
  ),
  h(
    'nl',
    'Ontvangstbevestiging melding {ref}',
    'Geachte heer/mevrouw,\nuw melding "{topic}" is in goede orde ontvangen en geregistreerd onder nummer {ref}.\nMet vriendelijke groet,\nKlantenservice {company}',
  ),
  h(
    'nl',
    'Bevestig je e-mailadres om je aanvraag in te dienen',
    'Je aanvraag "{topic}" wordt pas ingediend als je je e-mailadres bevestigt: {link}',
    true,
  ),
]
