// Hand-written ticket acknowledgements, each a company's own wording. Portuguese, Spanish,
// Italian and Dutch vary the words for "request" and "received" from company to company.
import { w, type ByLang } from './types.ts'

export const HAND_HELPDESK: ByLang = {
  en: [
    w(
      'We got your message ({num})',
      'Thanks for reaching out to {brand}. Your note about "{p}" is with our team now and we usually answer within two working days.',
    ),
    w(
      'Case {num} opened',
      'A case has been opened for you: {p}\nPriority: normal. You can add details by replying to this email.',
    ),
    w(
      '{brand} Care: "{p}"',
      'Hello! A real person will read this soon. Meanwhile our help pages may already have the answer: {link}',
    ),
  ],
  de: [
    w(
      'Ihr Anliegen #{num}',
      'Guten Tag, wir haben Ihr Anliegen „{p}“ erhalten und kümmern uns darum. Die Bearbeitung dauert in der Regel 1–2 Werktage.',
    ),
    w(
      'Eingangsbestätigung – {p}',
      'Hallo, danke für deine Nachricht an {brand}! Unser Team schaut sie sich an. Vorgangsnummer: {num}',
    ),
    w(
      'Kundenservice {brand}: Vorgang {num}',
      'Sehr geehrte Kundin, sehr geehrter Kunde,\nIhre Mitteilung liegt uns vor. Bitte antworten Sie nur über diese E-Mail, damit alles beim Vorgang bleibt.',
    ),
  ],
  fr: [
    w(
      'Nous avons bien reçu votre message',
      'Bonjour, votre message « {p} » est arrivé chez {brand}. Un conseiller revient vers vous sous 48 h. Dossier n° {num}.',
    ),
    w(
      'Dossier {num} : {p}',
      'Merci ! Ton message est entre de bonnes mains. Tu peux suivre le dossier ici : {link}',
    ),
    w(
      '[{brand}] Accusé de réception',
      'Madame, Monsieur,\nnous accusons réception de votre demande et la traitons dans les meilleurs délais.\nRéférence : {num}',
    ),
  ],
  es: [
    w(
      'Hemos recibido tu consulta',
      'Hola, tu consulta "{p}" ya está en nuestra bandeja. Te respondemos en 24-48 horas. Número: {num}',
    ),
    w(
      'Incidencia {num} registrada',
      'Estimado/a cliente: su incidencia ha quedado registrada y un agente de {brand} la revisará en breve.',
    ),
    w(
      '{brand} – tu petición {num}',
      '¡Gracias por escribirnos! Ya nos ha llegado tu petición sobre "{p}". Te contamos algo pronto.',
    ),
  ],
  pt: [
    w(
      'Recebemos a sua mensagem ({num})',
      'Olá! A sua mensagem sobre "{p}" chegou à equipa {brand}. Respondemos em até 2 dias úteis.',
    ),
    w(
      'Chamado {num} aberto',
      'Oi! Seu chamado foi registrado com sucesso e já está na fila do nosso atendimento. Assunto: {p}',
    ),
    w(
      'Solicitação recebida – protocolo {num}',
      'Prezado(a) cliente, sua solicitação deu entrada em nosso sistema. Guarde o número de protocolo para acompanhar.',
    ),
  ],
  it: [
    w(
      'Abbiamo ricevuto la tua segnalazione',
      'Ciao, la segnalazione "{p}" è arrivata al servizio clienti {brand}. Numero pratica: {num}.',
    ),
    w(
      'Pratica {num} presa in carico',
      'Gentile cliente, la sua richiesta è stata presa in carico. Le risponderemo entro due giorni lavorativi.',
    ),
    w(
      '{brand} | Ticket {num}',
      'Grazie! Il tuo messaggio ci è giunto correttamente e un collega lo leggerà a breve.',
    ),
  ],
  nl: [
    w(
      'We hebben je vraag binnen',
      'Hoi, je vraag over "{p}" is bij ons binnengekomen. Je hoort binnen twee werkdagen van {brand}. Nummer: {num}',
    ),
    w(
      'Melding {num} geregistreerd',
      'Beste klant, uw melding is geregistreerd en wordt door een collega van de klantenservice opgepakt.',
    ),
    w(
      'Ontvangstbevestiging {brand}',
      'Bedankt voor je bericht! Het is goed aangekomen. Reageer op deze mail als je nog iets wilt aanvullen. Zaak {num}.',
    ),
  ],
}
