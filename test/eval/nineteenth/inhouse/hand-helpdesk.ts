// Hand-written in-house acknowledgements of contact / support forms, each company's own words
// (written for this set; no two share a sentence). Slots: see types.ts.
import { wordings, type HandText } from './types.ts'

const TEXTS: readonly HandText[] = [
  [
    'en',
    'We got it: {echo}',
    'Hi {name},\n\nThanks for writing in. Your message is now case {ref} and one of our people will pick it up during business hours (Mon-Fri, 8-6).\n\nYou can add details by replying; please keep the case number in the subject.\n\n{company} Customer Care',
  ],
  [
    'en',
    '[{ref}] {echo}',
    'This is an automatic note so you know your enquiry reached {company}. Typical reply time right now: 2 working days.\n\nPlease do not open a second request for the same topic, it only slows things down.',
  ],
  [
    'en',
    'Case {ref} opened',
    'Hello {name} - we\'re on it! 🚀 Someone from the {company} team will get back to you soon.\n\nSummary of what you sent:\n"{echo}"\n\nCheers,\nThe {company} crew',
  ],
  [
    'en',
    '{company}',
    'Dear {name},\n\nWe acknowledge receipt of your correspondence dated today concerning "{echo}". It has been logged under reference {ref} and forwarded to the appropriate department.\n\nYours faithfully,\nCustomer Relations, {company} plc\nRegistered office: 4 Harbour Row, Leeds. Registered in England No. 0748812.',
  ],
  [
    'de',
    'Ihre Nachricht an {company} ist angekommen',
    'Hallo {name},\n\ndanke, dass du uns geschrieben hast! Wir melden uns in der Regel innerhalb von 48 Stunden. Deine Vorgangsnummer lautet {ref}.\n\nViele Grüße\ndein {company}-Team',
  ],
  [
    'de',
    'Eingangsbestätigung – Vorgang {ref}',
    'Sehr geehrte/r {name},\n\nhiermit bestätigen wir den Eingang Ihrer Anfrage „{echo}“. Bitte haben Sie Verständnis, dass die Bearbeitung derzeit bis zu fünf Werktage dauern kann.\n\nMit freundlichen Grüßen\nKundenservice {company}\n\nDiese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.\n{company} GmbH · Amtsgericht Bremen HRB 30411 · Geschäftsführung: P. Lindqvist',
  ],
  [
    'de',
    'AW: {echo}',
    'Automatische Antwort: Vielen Dank für Ihre E-Mail. Unser Serviceteam ist Mo–Fr von 9 bis 17 Uhr für Sie da und beantwortet Ihr Anliegen der Reihe nach.\n\nTicket: #{ref}',
  ],
  [
    'fr',
    'Nous avons bien reçu votre demande',
    'Bonjour {name},\n\nMerci pour votre message ! Il porte désormais le numéro {ref}. Un conseiller {company} vous répondra sous 72 heures ouvrées.\n\nÀ très vite,\nL’équipe {company}',
  ],
  [
    'fr',
    'Accusé de réception – dossier n° {ref}',
    'Madame, Monsieur,\n\nVotre réclamation « {echo} » a été enregistrée par nos services. Conformément à nos conditions générales, une réponse vous sera apportée dans un délai maximal de 30 jours.\n\nService Relations Clients {company}\nSAS au capital de 120 000 € – RCS Lyon 812 440 921',
  ],
  [
    'fr',
    '{echo}',
    'Salut {name} 👋 Ton message est arrivé chez nous, on s’en occupe. Pas besoin de nous réécrire : réponds simplement à ce mail si tu veux ajouter quelque chose.\n\nRéf. {ref} · {company}',
  ],
  [
    'es',
    'Hemos recibido tu consulta',
    '¡Hola, {name}!\n\nGracias por escribirnos. Tu consulta quedó registrada con el número {ref} y te responderemos en un plazo de 24 a 48 horas.\n\nUn abrazo,\nEl equipo de {company}',
  ],
  [
    'es',
    'Solicitud n.º {ref} – {company}',
    'Estimado/a {name}:\n\nLe confirmamos la recepción de su solicitud «{echo}». Un agente de atención al cliente la revisará a la mayor brevedad posible.\n\nAtentamente,\nDepartamento de Atención al Cliente\n\nEste mensaje se ha generado automáticamente; por favor, no responda a esta dirección.',
  ],
  [
    'es',
    '¿Nos das un poco de tiempo?',
    'Tu mensaje sobre "{echo}" ya está en nuestra cola. Ahora mismo tenemos mucha demanda, así que podemos tardar algo más de lo habitual. Referencia: {ref}.\n\n— {company}',
  ],
  [
    'pt',
    'Recebemos a sua mensagem',
    'Olá {name},\n\nObrigado pelo contacto. O seu pedido ficou registado com a referência {ref} e será tratado por ordem de chegada.\n\nCom os melhores cumprimentos,\nApoio ao Cliente {company}',
  ],
  [
    'pt',
    'Protocolo {ref}',
    'Oi, {name}! Sua solicitação "{echo}" foi aberta com sucesso. Nossa equipe responde em até 2 dias úteis, tá bom?\n\nAbraços,\nTime {company}',
  ],
  [
    'pt',
    'Re: {echo}',
    'Esta é uma resposta automática. A sua mensagem chegou à {company} e já está na fila de atendimento. Não é necessário enviar novamente.\n\nPedido n.º {ref}',
  ],
  [
    'it',
    'Abbiamo ricevuto la tua richiesta',
    'Ciao {name},\n\ngrazie per averci scritto! La tua richiesta è stata registrata con il numero {ref}. Ti risponderemo entro due giorni lavorativi.\n\nA presto,\nil team {company}',
  ],
  [
    'it',
    'Conferma di ricezione – pratica {ref}',
    'Gentile {name},\n\ncon la presente confermiamo di aver ricevuto la Sua segnalazione «{echo}». Sarà nostra cura ricontattarLa quanto prima.\n\nCordiali saluti\nServizio Clienti {company} S.p.A.\nP.IVA 04418820961 – Sede legale: Via Solferino 12, Milano',
  ],
  [
    'it',
    '[Ticket #{ref}] {echo}',
    'Messaggio automatico: il tuo ticket è in coda. Stiamo lavorando per rispondere a tutti il prima possibile 💪\n\n{company} Assistenza',
  ],
  [
    'nl',
    'We hebben je bericht ontvangen',
    'Hoi {name},\n\nBedankt voor je bericht! We hebben het geregistreerd onder nummer {ref}. Je hoort binnen twee werkdagen van ons.\n\nGroeten,\nTeam {company}',
  ],
  [
    'nl',
    'Ontvangstbevestiging {ref}',
    'Geachte {name},\n\nHierbij bevestigen wij de ontvangst van uw vraag "{echo}". Een medewerker van {company} neemt zo spoedig mogelijk contact met u op.\n\nMet vriendelijke groet,\nKlantenservice {company} B.V.\nKvK 61834470',
  ],
  [
    'nl',
    'Dank je wel!',
    'Je vraag over "{echo}" staat bij ons in de wachtrij 📬. Reageren op deze mail mag, dan komt het bij hetzelfde dossier ({ref}).',
  ],
]

export const HAND_HELPDESK = wordings(TEXTS)
