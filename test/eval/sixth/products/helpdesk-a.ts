// Helpdesk acknowledgements, part one. Written from knowledge of each product's default
// notification, not pasted; languages other than English follow the product's translations
// where known, otherwise they are reconstructions of how a site owner localises it.
import type { Product } from '../product.ts'

/** source: HESK, `language/en/emails/new_ticket.txt` and the "Ticket received" subject. */
export const HESK: Product = {
  product: 'HESK',
  family: 'helpdesk',
  source: 'HESK language/<lang>/emails/new_ticket.txt (self-hosted help desk)',
  echo: 'subject',
  texts: {
    en: {
      subject: '[#{ticket}] Ticket received',
      body: 'Dear {name},\n\nYour support ticket "{subject}" has been submitted.\n\nWe will try to respond to your ticket as soon as possible, usually within 24 hours.\n\nTicket tracking ID: {ticket}\n\nYou can view the status of your ticket here:\n{link}\n\nYou will be notified via email when we reply to your ticket.\n\nSincerely,\n\n{company}\n{site}',
    },
    de: {
      subject: '[#{ticket}] Ticket erhalten',
      body: 'Hallo {name},\n\nIhr Support-Ticket "{subject}" wurde übermittelt.\n\nWir werden versuchen, so schnell wie möglich zu antworten, in der Regel innerhalb von 24 Stunden.\n\nTicket-ID: {ticket}\n\nDen Status Ihres Tickets können Sie hier einsehen:\n{link}\n\nMit freundlichen Grüßen\n\n{company}',
    },
    fr: {
      subject: '[#{ticket}] Ticket reçu',
      body: "Bonjour {name},\n\nVotre ticket « {subject} » a bien été soumis.\n\nNous essaierons de vous répondre dans les plus brefs délais, généralement sous 24 heures.\n\nNuméro de suivi : {ticket}\n\nVous pouvez suivre l'état de votre ticket ici :\n{link}\n\nCordialement,\n\n{company}",
    },
    es: {
      subject: '[#{ticket}] Ticket recibido',
      body: 'Estimado/a {name}:\n\nSu ticket de soporte "{subject}" ha sido enviado.\n\nIntentaremos responder lo antes posible, normalmente en 24 horas.\n\nID de seguimiento: {ticket}\n\nPuede consultar el estado de su ticket aquí:\n{link}\n\nAtentamente,\n\n{company}',
    },
    pt: {
      subject: '[#{ticket}] Ticket recebido',
      body: 'Caro(a) {name},\n\nO seu ticket de suporte "{subject}" foi submetido.\n\nTentaremos responder o mais rapidamente possível, normalmente em 24 horas.\n\nID de acompanhamento: {ticket}\n\nPode ver o estado do seu ticket aqui:\n{link}\n\nCom os melhores cumprimentos,\n\n{company}',
    },
    it: {
      subject: '[#{ticket}] Ticket ricevuto',
      body: 'Gentile {name},\n\nil suo ticket di assistenza "{subject}" è stato inviato.\n\nCercheremo di rispondere il prima possibile, di solito entro 24 ore.\n\nID di tracciamento: {ticket}\n\nPuò controllare lo stato del ticket qui:\n{link}\n\nCordiali saluti,\n\n{company}',
    },
    nl: {
      subject: '[#{ticket}] Ticket ontvangen',
      body: 'Beste {name},\n\nUw supportticket "{subject}" is ingediend.\n\nWe proberen zo snel mogelijk te reageren, meestal binnen 24 uur.\n\nTicketnummer: {ticket}\n\nU kunt de status van uw ticket hier bekijken:\n{link}\n\nMet vriendelijke groet,\n\n{company}',
    },
    sv: {
      subject: '[#{ticket}] Ärende mottaget',
      body: 'Hej {name},\n\nDitt supportärende "{subject}" har skickats in.\n\nVi försöker svara så snart som möjligt, vanligtvis inom 24 timmar.\n\nÄrende-ID: {ticket}\n\nDu kan följa ärendets status här:\n{link}\n\nVänliga hälsningar,\n\n{company}',
    },
    pl: {
      subject: '[#{ticket}] Zgłoszenie otrzymane',
      body: 'Szanowny/a {name},\n\nTwoje zgłoszenie "{subject}" zostało przesłane.\n\nPostaramy się odpowiedzieć jak najszybciej, zwykle w ciągu 24 godzin.\n\nIdentyfikator zgłoszenia: {ticket}\n\nStatus zgłoszenia możesz sprawdzić tutaj:\n{link}\n\nZ poważaniem,\n\n{company}',
    },
  },
}

/** source: Faveo Helpdesk, default "Ticket created" template for the client (reconstruction). */
export const FAVEO: Product = {
  product: 'Faveo',
  family: 'helpdesk',
  source: 'Faveo Helpdesk default client "ticket created" mail template (reconstruction)',
  echo: 'subject',
  hosted: (slug) => `support@${slug}.faveocloud.com`,
  texts: {
    en: {
      subject: '{subject} [#{ticket}]',
      body: 'Hello {name},\n\nThank you for contacting us. This is an automated response confirming the receipt of your ticket. Our team will get back to you as soon as possible. When replying, please make sure that the ticket ID is kept in the subject so that we can track your replies.\n\nTicket ID: #{ticket}\nYou can check the status of your ticket at {link}\n\nKind regards,\n{company} Support',
    },
    de: {
      subject: '{subject} [#{ticket}]',
      body: 'Hallo {name},\n\nvielen Dank für Ihre Nachricht. Dies ist eine automatische Antwort, die den Eingang Ihres Tickets bestätigt. Unser Team meldet sich so bald wie möglich. Bitte lassen Sie bei Antworten die Ticket-ID im Betreff stehen.\n\nTicket-ID: #{ticket}\nStatus: {link}\n\nFreundliche Grüße\n{company} Support',
    },
    fr: {
      subject: '{subject} [#{ticket}]',
      body: "Bonjour {name},\n\nMerci de nous avoir contactés. Ceci est une réponse automatique confirmant la réception de votre ticket. Notre équipe reviendra vers vous dès que possible. Merci de conserver le numéro du ticket dans l'objet lors de vos réponses.\n\nTicket : #{ticket}\nSuivi : {link}\n\nCordialement,\nLe support {company}",
    },
    es: {
      subject: '{subject} [#{ticket}]',
      body: 'Hola {name}:\n\nGracias por contactarnos. Esta es una respuesta automática que confirma la recepción de su ticket. Nuestro equipo le responderá lo antes posible. Al responder, mantenga el ID del ticket en el asunto.\n\nID del ticket: #{ticket}\nEstado: {link}\n\nSaludos,\nSoporte de {company}',
    },
    pt: {
      subject: '{subject} [#{ticket}]',
      body: 'Olá {name},\n\nObrigado por nos contactar. Esta é uma resposta automática que confirma a receção do seu ticket. A nossa equipa responderá o mais breve possível. Ao responder, mantenha o ID do ticket no assunto.\n\nID do ticket: #{ticket}\nEstado: {link}\n\nCumprimentos,\nSuporte {company}',
    },
    it: {
      subject: '{subject} [#{ticket}]',
      body: "Salve {name},\n\ngrazie per averci contattato. Questa è una risposta automatica che conferma la ricezione del suo ticket. Il nostro team la ricontatterà al più presto. Nelle risposte mantenga l'ID del ticket nell'oggetto.\n\nID ticket: #{ticket}\nStato: {link}\n\nCordiali saluti,\nSupporto {company}",
    },
    nl: {
      subject: '{subject} [#{ticket}]',
      body: 'Hallo {name},\n\nBedankt voor uw bericht. Dit is een automatisch antwoord ter bevestiging van de ontvangst van uw ticket. Ons team neemt zo snel mogelijk contact met u op. Laat bij het antwoorden het ticketnummer in het onderwerp staan.\n\nTicket-ID: #{ticket}\nStatus: {link}\n\nMet vriendelijke groet,\n{company} Support',
    },
    sv: {
      subject: '{subject} [#{ticket}]',
      body: 'Hej {name},\n\nTack för att du kontaktade oss. Detta är ett automatiskt svar som bekräftar att vi har tagit emot ditt ärende. Vårt team återkommer så snart som möjligt. Behåll ärende-ID:t i ämnesraden när du svarar.\n\nÄrende-ID: #{ticket}\nStatus: {link}\n\nMed vänliga hälsningar,\n{company} Support',
    },
    pl: {
      subject: '{subject} [#{ticket}]',
      body: 'Witaj {name},\n\ndziękujemy za kontakt. To jest automatyczna odpowiedź potwierdzająca otrzymanie Twojego zgłoszenia. Nasz zespół odpowie najszybciej, jak to możliwe. Odpowiadając, zachowaj numer zgłoszenia w temacie.\n\nNumer zgłoszenia: #{ticket}\nStatus: {link}\n\nPozdrawiamy,\nWsparcie {company}',
    },
  },
}

/** source: SupportPal, default "New Ticket (User)" email template (reconstruction). */
export const SUPPORTPAL: Product = {
  product: 'SupportPal',
  family: 'helpdesk',
  source: 'SupportPal default user email template "New Ticket" (reconstruction)',
  echo: 'subject',
  texts: {
    en: {
      subject: '[#{ticket}] {subject}',
      body: 'Dear {name},\n\nThank you for contacting us, your ticket has been opened and a member of our team will respond shortly. Your ticket number is {ticket}.\n\nYou can view and reply to your ticket at any time:\n{link}\n\nKind regards,\n{company}',
    },
    de: {
      subject: '[#{ticket}] {subject}',
      body: 'Sehr geehrte/r {name},\n\ndanke für Ihre Anfrage. Ihr Ticket wurde eröffnet und ein Mitglied unseres Teams wird sich in Kürze melden. Ihre Ticketnummer lautet {ticket}.\n\nSie können Ihr Ticket jederzeit hier ansehen und beantworten:\n{link}\n\nMit freundlichen Grüßen\n{company}',
    },
    fr: {
      subject: '[#{ticket}] {subject}',
      body: 'Cher/Chère {name},\n\nMerci de nous avoir contactés : votre ticket a été ouvert et un membre de notre équipe vous répondra sous peu. Votre numéro de ticket est {ticket}.\n\nVous pouvez consulter votre ticket et y répondre à tout moment :\n{link}\n\nBien cordialement,\n{company}',
    },
    es: {
      subject: '[#{ticket}] {subject}',
      body: 'Estimado/a {name}:\n\nGracias por contactarnos. Su ticket ha sido abierto y un miembro de nuestro equipo le responderá en breve. Su número de ticket es {ticket}.\n\nPuede ver y responder a su ticket en cualquier momento:\n{link}\n\nUn saludo,\n{company}',
    },
    pt: {
      subject: '[#{ticket}] {subject}',
      body: 'Prezado(a) {name},\n\nObrigado pelo contato. Seu ticket foi aberto e um membro da nossa equipe responderá em breve. O número do seu ticket é {ticket}.\n\nVocê pode ver e responder ao seu ticket a qualquer momento:\n{link}\n\nAtenciosamente,\n{company}',
    },
    it: {
      subject: '[#{ticket}] {subject}',
      body: 'Gentile {name},\n\ngrazie per averci contattato: il suo ticket è stato aperto e un membro del nostro team risponderà a breve. Il numero del ticket è {ticket}.\n\nPuò vedere e rispondere al ticket in qualsiasi momento:\n{link}\n\nCordiali saluti,\n{company}',
    },
    nl: {
      subject: '[#{ticket}] {subject}',
      body: 'Beste {name},\n\nBedankt voor uw bericht. Uw ticket is geopend en een medewerker van ons team reageert binnenkort. Uw ticketnummer is {ticket}.\n\nU kunt uw ticket op elk moment bekijken en beantwoorden:\n{link}\n\nMet vriendelijke groet,\n{company}',
    },
    sv: {
      subject: '[#{ticket}] {subject}',
      body: 'Hej {name},\n\nTack för att du kontaktade oss. Ditt ärende har öppnats och någon i vårt team svarar inom kort. Ditt ärendenummer är {ticket}.\n\nDu kan när som helst se och svara på ditt ärende:\n{link}\n\nVänliga hälsningar,\n{company}',
    },
    pl: {
      subject: '[#{ticket}] {subject}',
      body: 'Szanowni Państwo / {name},\n\ndziękujemy za kontakt. Twoje zgłoszenie zostało otwarte, a członek naszego zespołu wkrótce odpowie. Numer zgłoszenia: {ticket}.\n\nZgłoszenie możesz w każdej chwili przejrzeć i na nie odpowiedzieć:\n{link}\n\nZ wyrazami szacunku,\n{company}',
    },
  },
}

/** source: Teamwork Desk, inbox auto-reply ("We've received your ticket") (reconstruction). */
export const TEAMWORK_DESK: Product = {
  product: 'Teamwork Desk',
  family: 'helpdesk',
  source: 'Teamwork Desk inbox auto-reply settings, default message (reconstruction)',
  echo: 'subject',
  hosted: (slug) => `support@${slug}.teamwork.com`,
  texts: {
    en: {
      subject: 'Re: {subject} [Ticket #{ticket}]',
      body: "Hi {name},\n\nThanks for getting in touch. We've received your ticket and one of our team will be in touch shortly.\n\nYour ticket reference is #{ticket}.\n\nThe {company} team",
    },
    de: {
      subject: 'Re: {subject} [Ticket #{ticket}]',
      body: 'Hallo {name},\n\ndanke für deine Nachricht. Wir haben dein Ticket erhalten und jemand aus unserem Team meldet sich in Kürze.\n\nDeine Ticketnummer ist #{ticket}.\n\nDein {company}-Team',
    },
    fr: {
      subject: 'Re: {subject} [Ticket #{ticket}]',
      body: "Bonjour {name},\n\nMerci de nous avoir écrit. Nous avons bien reçu votre ticket et un membre de notre équipe vous recontactera rapidement.\n\nRéférence du ticket : #{ticket}.\n\nL'équipe {company}",
    },
    es: {
      subject: 'Re: {subject} [Ticket #{ticket}]',
      body: 'Hola {name}:\n\nGracias por escribirnos. Hemos recibido tu ticket y alguien de nuestro equipo se pondrá en contacto contigo en breve.\n\nLa referencia de tu ticket es #{ticket}.\n\nEl equipo de {company}',
    },
    pt: {
      subject: 'Re: {subject} [Ticket #{ticket}]',
      body: 'Olá {name},\n\nObrigado pelo contacto. Recebemos o seu ticket e alguém da nossa equipa entrará em contacto em breve.\n\nA referência do ticket é #{ticket}.\n\nA equipa {company}',
    },
    it: {
      subject: 'Re: {subject} [Ticket #{ticket}]',
      body: 'Ciao {name},\n\ngrazie per averci scritto. Abbiamo ricevuto il tuo ticket e un membro del team ti contatterà a breve.\n\nIl riferimento del ticket è #{ticket}.\n\nIl team {company}',
    },
    nl: {
      subject: 'Re: {subject} [Ticket #{ticket}]',
      body: 'Hoi {name},\n\nBedankt voor je bericht. We hebben je ticket ontvangen en iemand van ons team neemt snel contact met je op.\n\nJe ticketreferentie is #{ticket}.\n\nHet {company}-team',
    },
    sv: {
      subject: 'Sv: {subject} [Ärende #{ticket}]',
      body: 'Hej {name},\n\nTack för att du hörde av dig. Vi har tagit emot ditt ärende och någon i vårt team kontaktar dig inom kort.\n\nDin ärendereferens är #{ticket}.\n\nTeamet på {company}',
    },
    pl: {
      subject: 'Odp: {subject} [Zgłoszenie #{ticket}]',
      body: 'Cześć {name},\n\ndzięki za wiadomość. Otrzymaliśmy Twoje zgłoszenie i ktoś z naszego zespołu wkrótce się odezwie.\n\nNumer referencyjny zgłoszenia: #{ticket}.\n\nZespół {company}',
    },
  },
}
