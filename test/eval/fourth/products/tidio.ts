// Tidio: the confirmation a visitor gets after leaving a message in the chat widget's contact
// form while the shop is offline (the message becomes a ticket).
// source: Tidio help centre, "Tickets" and offline contact form auto-reply (reconstruction of the
// default wording; other languages reconstructed as Tidio's widget localises them).
import type { Product } from './product.ts'

export const TIDIO: Product = {
  product: 'Tidio',
  family: 'helpdesk',
  source: 'Tidio help centre, offline contact form / ticket auto-reply (reconstruction)',
  locals: ['hello', 'shop', 'support'],
  hosted: (c) => `${c.slug}@tidio-mail.com`,
  channel: 'form',
  texts: {
    en: [
      {
        subject: 'We received your message',
        body: 'Hi {name},\n\nthank you for contacting {company}. This is a quick note to confirm your message reached us:\n\n"{message}"\n\nWe usually answer within a few hours. You can reply to this email to continue the conversation.',
      },
    ],
    de: [
      {
        subject: 'Wir haben deine Nachricht erhalten',
        body: 'Hallo {name},\n\nvielen Dank, dass du {company} kontaktiert hast. Hiermit bestätigen wir, dass deine Nachricht bei uns angekommen ist:\n\n„{message}“\n\nIn der Regel antworten wir innerhalb weniger Stunden. Antworte einfach auf diese E-Mail, um das Gespräch fortzusetzen.',
      },
    ],
    fr: [
      {
        subject: 'On a bien reçu ton message',
        body: 'Salut {name},\n\nmerci d’avoir contacté {company}. On te confirme que ton message est bien arrivé :\n\n« {message} »\n\nOn répond généralement en quelques heures. Réponds à cet e-mail pour continuer la conversation.',
      },
    ],
    es: [
      {
        subject: 'Hemos recibido tu mensaje',
        body: 'Hola {name}:\n\ngracias por contactar con {company}. Te confirmamos que tu mensaje nos ha llegado:\n\n«{message}»\n\nSolemos responder en pocas horas. Puedes contestar a este correo para seguir la conversación.',
      },
    ],
    pt: [
      {
        subject: 'Recebemos a sua mensagem',
        body: 'Olá {name},\n\nobrigado por contactar a {company}. Confirmamos que a sua mensagem chegou até nós:\n\n"{message}"\n\nNormalmente respondemos em poucas horas. Responda a este e-mail para continuar a conversa.',
      },
    ],
    it: [
      {
        subject: 'Abbiamo ricevuto il tuo messaggio',
        body: 'Ciao {name},\n\ngrazie per aver contattato {company}. Ti confermiamo che il tuo messaggio ci è arrivato:\n\n«{message}»\n\nDi solito rispondiamo entro poche ore. Rispondi a questa email per continuare la conversazione.',
      },
    ],
    nl: [
      {
        subject: 'We hebben je bericht ontvangen',
        body: 'Hoi {name},\n\nbedankt voor je bericht aan {company}. Bij deze bevestigen we dat het goed is aangekomen:\n\n"{message}"\n\nMeestal reageren we binnen een paar uur. Beantwoord deze e-mail om het gesprek voort te zetten.',
      },
    ],
  },
}
