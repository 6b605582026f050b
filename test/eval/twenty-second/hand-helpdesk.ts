// Hand-written in-house helpdesk acknowledgements: each a company's own wording, three per
// language, varying formality, length, reference placement and subject shape.
import { hands } from './wording.ts'

export const HAND_HELPDESK = [
  ...hands('en', [
    'We got your message – ref {ref} | Hi {name}, thanks for reaching out to {company}. A real person reads every note and we usually answer within one working day. Your reference is {ref}; keep it handy if you write again. // What you sent: "{topic}"',
    '{company} Care: case {ref} opened | Hello {name}, // This is an automatic note to say your case is now in our queue. No need to reply. // Case: {ref} // Summary: {topic} // The {company} Care team',
    'Re: {topic} | Thanks {name} – this lands with our customer team, who will pick it up soon. Reply above this line to add details. [{ref}]',
  ]),
  ...hands('de', [
    'Ihre Nachricht an {company} (Vorgang {ref}) | Guten Tag {name}, // vielen Dank für Ihre Nachricht. Wir haben sie unter der Vorgangsnummer {ref} erfasst und melden uns in der Regel innerhalb von zwei Werktagen. // Ihr Anliegen: {topic} // Freundliche Grüße // Ihr Kundenservice',
    'Eingangsbestätigung | Hallo {name}, danke für deine Anfrage! Wir kümmern uns so schnell wie möglich darum. Deine Ticketnummer: #{ref}. Bitte antworte nicht auf diese automatische E-Mail. – Team {company}',
    '#{ref} – {topic} | Sehr geehrte/r {name}, // Ihre Anfrage ist bei uns eingegangen und wurde an die zuständige Abteilung weitergeleitet. // Mit freundlichen Grüßen // {company} Kundendienst // Amtsgericht und Geschäftsführung siehe Impressum',
  ]),
  ...hands('fr', [
    'Nous avons bien reçu votre demande [{ref}] | Bonjour {name}, // Merci d’avoir écrit au service client {company}. Votre demande « {topic} » porte le numéro {ref}. Un conseiller vous répondra sous 48 h ouvrées. // Cordialement',
    '{company} – accusé de réception | Salut {name} ! On a bien eu ton message, on revient vers toi très vite. Réf. {ref}',
    'Votre dossier n° {ref} | Madame, Monsieur {name}, // Votre message a été enregistré par notre service relations clientèle. Merci de ne pas répondre à ce courriel automatique. // Objet : {topic}',
  ]),
  ...hands('es', [
    'Hemos recibido tu consulta (#{ref}) | Hola {name}, gracias por escribir a {company}. Tu consulta sobre «{topic}» ya está en manos de nuestro equipo y te contestaremos lo antes posible.',
    'Solicitud {ref} registrada | Estimado/a {name}: // Le confirmamos que su solicitud ha quedado registrada con el número {ref}. Un agente se pondrá en contacto con usted en un plazo de 24 a 72 horas. // Atentamente, Atención al Cliente {company}',
    '{company} | ¡Hola {name}! Tu mensaje nos llegó bien 🙌 Te respondemos en breve. Número de incidencia: {ref}',
  ]),
  ...hands('pt', [
    'Recebemos seu chamado #{ref} | Oi {name}, tudo bem? Seu chamado "{topic}" foi aberto com sucesso e nossa equipe vai responder em até 2 dias úteis. Abraço, time {company}',
    'Pedido de contacto n.º {ref} | Caro(a) {name}, // Confirmamos a receção do seu pedido de contacto. Será respondido por ordem de chegada. // Assunto: {topic} // Com os melhores cumprimentos, Apoio ao Cliente {company}',
    '{company}: solicitação {ref} | Olá {name}! Sua solicitação chegou até nós. Fique de olho no e-mail: responderemos por aqui mesmo.',
  ]),
  ...hands('it', [
    'Abbiamo preso in carico la tua richiesta ({ref}) | Ciao {name}, grazie per averci scritto. La tua segnalazione "{topic}" è stata presa in carico dal servizio clienti {company}.',
    'Conferma ricezione pratica n. {ref} | Gentile {name}, // La informiamo che la Sua richiesta è pervenuta correttamente ed è stata assegnata a un nostro operatore. // Cordiali saluti // {company} – Assistenza Clienti',
    'Re: {topic} [#{ref}] | Ciao! Ti scriviamo solo per dirti che il messaggio è arrivato. Risponderemo appena possibile. — {company}',
  ]),
  ...hands('nl', [
    'We hebben je vraag ontvangen ({ref}) | Hoi {name}, bedankt voor je bericht aan {company}! We proberen binnen 1 werkdag te antwoorden. Je vraag: {topic}',
    'Ontvangstbevestiging melding {ref} | Geachte {name}, // Uw melding is bij ons binnengekomen en wordt zo spoedig mogelijk behandeld. // Met vriendelijke groet, // Klantenservice {company}',
    '[{company}] #{ref} | Dag {name}, je verzoek staat bij ons in de wachtrij. Antwoord gerust op deze mail als je iets wilt toevoegen.',
  ]),
]
