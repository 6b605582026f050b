// Kayako (the 2016+ product, not Kayako Classic): the autoresponder sent on a new conversation.
// source: reconstruction from Kayako's help-centre description of the default "Autoresponder"
// (brand name in brackets, the customer's subject, a case reference); translations reconstructed.
import type { Product } from '../product.ts'

export const KAYAKO: Product = {
  product: 'Kayako',
  family: 'helpdesk',
  source: 'reconstruction of the default autoresponder (Kayako help centre)',
  echo: 'subject',
  own: ['{co} <support@{domain}>', '{co} Customer Care <care@{domain}>'],
  hosted: (c) => `${c.name} <support@${c.slug}.kayako.com>`,
  texts: {
    en: {
      subject: '[{co}] {subj}',
      body: "Hi {name},\n\nThanks for getting in touch. This is an automatic reply to let you know that we've received your message and someone from our team will get back to you shortly.\n\nYour case reference is #{n}. Simply reply to this email if you have anything to add.\n\n{co}",
    },
    de: {
      subject: '[{co}] {subj}',
      body: 'Hallo {name},\n\nvielen Dank für Ihre Nachricht. Dies ist eine automatische Antwort: Wir haben Ihre Anfrage erhalten, und jemand aus unserem Team meldet sich in Kürze bei Ihnen.\n\nIhre Fallnummer lautet #{n}. Antworten Sie einfach auf diese E-Mail, wenn Sie etwas ergänzen möchten.\n\n{co}',
    },
    fr: {
      subject: '[{co}] {subj}',
      body: 'Bonjour {name},\n\nMerci de nous avoir contactés. Ceci est une réponse automatique pour vous informer que nous avons bien reçu votre message ; un membre de notre équipe reviendra vers vous rapidement.\n\nLa référence de votre dossier est #{n}. Répondez simplement à cet e-mail pour ajouter des informations.\n\n{co}',
    },
    es: {
      subject: '[{co}] {subj}',
      body: 'Hola, {name}:\n\nGracias por ponerte en contacto. Esta es una respuesta automática para confirmarte que hemos recibido tu mensaje y que alguien de nuestro equipo te contestará en breve.\n\nLa referencia de tu caso es #{n}. Responde a este correo si quieres añadir algo.\n\n{co}',
    },
    pt: {
      subject: '[{co}] {subj}',
      body: 'Olá {name},\n\nObrigado pelo seu contacto. Esta é uma resposta automática para lhe dizer que recebemos a sua mensagem e que alguém da nossa equipa lhe responderá em breve.\n\nA referência do seu caso é #{n}. Basta responder a este e-mail se quiser acrescentar alguma coisa.\n\n{co}',
    },
    it: {
      subject: '[{co}] {subj}',
      body: 'Ciao {name},\n\ngrazie per averci contattato. Questa è una risposta automatica per confermarti che abbiamo ricevuto il tuo messaggio: qualcuno del nostro team ti risponderà a breve.\n\nIl riferimento della tua pratica è #{n}. Rispondi a questa email se vuoi aggiungere qualcosa.\n\n{co}',
    },
    nl: {
      subject: '[{co}] {subj}',
      body: 'Hoi {name},\n\nBedankt voor je bericht. Dit is een automatisch antwoord om te laten weten dat we je bericht hebben ontvangen; iemand van ons team neemt snel contact met je op.\n\nJe dossiernummer is #{n}. Antwoord gewoon op deze e-mail als je iets wilt toevoegen.\n\n{co}',
    },
  },
}
