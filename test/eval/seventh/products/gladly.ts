// Gladly: the email auto-response a brand sets up for new conversations, greeting the customer
// by the name they typed. source: reconstruction of Gladly's documented "Auto-response" rule
// for the email channel (the texts are written by each brand; these follow its usual shape).
import type { Product } from '../product.ts'

export const GLADLY: Product = {
  product: 'Gladly',
  family: 'helpdesk',
  source: 'reconstruction of an email-channel auto-response (Gladly help centre)',
  echo: 'name',
  own: ['{co} <help@{domain}>', '{co} <hello@{domain}>', 'help@{domain}'],
  texts: {
    en: {
      subject: 'Thanks for contacting {co}',
      body: "Hi {name},\n\nThanks for reaching out! This is a quick note to let you know we've received your email. A member of our Customer Experience team will reply within one business day.\n\nIn the meantime, many answers are in our Help Center: {url}\n\nWarmly,\nThe {co} team",
    },
    de: {
      subject: 'Danke für Ihre Nachricht an {co}',
      body: 'Hallo {name},\n\ndanke, dass Sie sich bei uns gemeldet haben! Ihre E-Mail ist bei uns eingegangen. Jemand aus unserem Kundenservice antwortet Ihnen innerhalb eines Werktags.\n\nViele Antworten finden Sie schon jetzt in unserem Hilfe-Center: {url}\n\nHerzliche Grüße\nIhr {co}-Team',
    },
    fr: {
      subject: "Merci d'avoir contacté {co}",
      body: "Bonjour {name},\n\nMerci pour votre message ! Nous vous confirmons que nous avons bien reçu votre e-mail. Un membre de notre service client vous répondra sous un jour ouvré.\n\nEn attendant, vous trouverez de nombreuses réponses dans notre centre d'aide : {url}\n\nBien à vous,\nL'équipe {co}",
    },
    es: {
      subject: 'Gracias por contactar con {co}',
      body: 'Hola, {name}:\n\n¡Gracias por escribirnos! Te confirmamos que hemos recibido tu correo. Una persona de nuestro equipo de atención al cliente te responderá en un día laborable.\n\nMientras tanto, puedes encontrar muchas respuestas en nuestro centro de ayuda: {url}\n\nUn saludo,\nEl equipo de {co}',
    },
    pt: {
      subject: 'Obrigado por contactar a {co}',
      body: 'Olá {name},\n\nObrigado pela sua mensagem! Confirmamos que recebemos o seu e-mail. Um membro da nossa equipa de apoio ao cliente responderá no prazo de um dia útil.\n\nEntretanto, encontra muitas respostas no nosso centro de ajuda: {url}\n\nCom os melhores cumprimentos,\nA equipa {co}',
    },
    it: {
      subject: 'Grazie per aver contattato {co}',
      body: 'Ciao {name},\n\ngrazie per averci scritto! Ti confermiamo che abbiamo ricevuto la tua email. Una persona del nostro servizio clienti ti risponderà entro un giorno lavorativo.\n\nNel frattempo trovi molte risposte nel nostro centro assistenza: {url}\n\nA presto,\nIl team {co}',
    },
    nl: {
      subject: 'Bedankt voor je bericht aan {co}',
      body: 'Hoi {name},\n\nBedankt dat je contact opneemt! We laten even weten dat we je e-mail hebben ontvangen. Iemand van onze klantenservice reageert binnen één werkdag.\n\nIntussen vind je veel antwoorden in ons helpcentrum: {url}\n\nHartelijke groet,\nHet {co}-team',
    },
  },
}
