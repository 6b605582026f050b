// Paperform: the respondent's copy of a submission ("Send a copy of the submission to the
// respondent"), headed by the form title. Source: Paperform help "Emails to respondents" (default
// subject "Thanks for your submission", body with the answers). Translations: the form owner's
// (reconstruction); de du, fr tu, pt pt-PT.
import type { Product } from '../../product.ts'
import { FIELD } from '../fields.ts'

export const PAPERFORM: Product = {
  product: 'Paperform',
  family: 'helpdesk',
  source: 'Paperform email to respondent, default subject "Thanks for your submission" + answers',
  echo: 'message',
  hosted: (c) => `${c.name} <no-reply@paperform.co>`,
  locals: ['hello', 'forms'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: 'Thanks for your submission',
      body: `Hi ${f.name},\n\nThanks for getting in touch with ${f.company}! Here's a copy of your answers.\n\nWhat can we help you with?\n${f.field}\n\n${FIELD.en.email}\n${f.email}`,
    }),
    de: (f) => ({
      subject: 'Danke für deine Einsendung',
      body: `Hallo ${f.name},\n\ndanke, dass du dich bei ${f.company} gemeldet hast! Hier ist eine Kopie deiner Antworten.\n\nWobei können wir dir helfen?\n${f.field}\n\n${FIELD.de.email}\n${f.email}`,
    }),
    fr: (f) => ({
      subject: 'Merci pour ta réponse',
      body: `Salut ${f.name},\n\nmerci d'avoir écrit à ${f.company} ! Voici une copie de tes réponses.\n\nComment pouvons-nous t'aider ?\n${f.field}\n\n${FIELD.fr.email}\n${f.email}`,
    }),
    es: (f) => ({
      subject: 'Gracias por tu respuesta',
      body: `Hola ${f.name}:\n\n¡Gracias por contactar con ${f.company}! Aquí tienes una copia de tus respuestas.\n\n¿En qué podemos ayudarte?\n${f.field}\n\n${FIELD.es.email}\n${f.email}`,
    }),
    pt: (f) => ({
      subject: 'Obrigado pela tua resposta',
      body: `Olá ${f.name},\n\nobrigado por contactares a ${f.company}! Aqui tens uma cópia das tuas respostas.\n\nComo te podemos ajudar?\n${f.field}\n\n${FIELD.pt.email}\n${f.email}`,
    }),
    it: (f) => ({
      subject: 'Grazie per la tua risposta',
      body: `Ciao ${f.name},\n\ngrazie per aver scritto a ${f.company}! Ecco una copia delle tue risposte.\n\nCome possiamo aiutarti?\n${f.field}\n\n${FIELD.it.email}\n${f.email}`,
    }),
    nl: (f) => ({
      subject: 'Bedankt voor je inzending',
      body: `Hoi ${f.name},\n\nbedankt voor je bericht aan ${f.company}! Hier is een kopie van je antwoorden.\n\nWaarmee kunnen we je helpen?\n${f.field}\n\n${FIELD.nl.email}\n${f.email}`,
    }),
  },
}
