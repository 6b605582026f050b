// Typeform: the respondent notification ("send a copy of the answers to the respondent") of a
// contact form, sent from Typeform's own domain with the company as sender name.
// source: Typeform Help Center, "Send a notification email to your respondents" (default
// message "Thanks for completing ..." with the answers recalled); other languages reconstructed.
import type { Product } from './product.ts'

export const TYPEFORM: Product = {
  product: 'Typeform',
  family: 'helpdesk',
  source: 'Typeform Help Center "Send a notification email to your respondents"',
  locals: ['forms', 'hello'],
  hosted: () => 'notifications@typeform.com',
  hostedOnly: true,
  channel: 'form',
  texts: {
    en: [
      {
        subject: 'Thanks for completing {company} – Contact us',
        body: 'Hi {name},\n\nThanks for completing our form. Here is a copy of your answers:\n\nWhat’s your name?\n{name}\n\nWhat is your request about?\n{title}\n\nTell us more\n{message}\n\nWe’ll be in touch soon.\n{company}\n\nPowered by Typeform',
      },
    ],
    de: [
      {
        subject: 'Danke fürs Ausfüllen: {company} – Kontakt',
        body: 'Hallo {name},\n\ndanke, dass du unser Formular ausgefüllt hast. Hier eine Kopie deiner Antworten:\n\nWie heißt du?\n{name}\n\nWorum geht es?\n{title}\n\nErzähl uns mehr\n{message}\n\nWir melden uns bald.\n{company}\n\nPowered by Typeform',
      },
    ],
    fr: [
      {
        subject: 'Merci d’avoir répondu : {company} – Contact',
        body: 'Bonjour {name},\n\nMerci d’avoir rempli notre formulaire. Voici une copie de vos réponses :\n\nQuel est votre nom ?\n{name}\n\nQuel est l’objet de votre demande ?\n{title}\n\nDites-nous en plus\n{message}\n\nÀ très vite,\n{company}\n\nPowered by Typeform',
      },
    ],
    es: [
      {
        subject: 'Gracias por completar: {company} – Contacto',
        body: 'Hola {name}:\n\nGracias por completar nuestro formulario. Aquí tienes una copia de tus respuestas:\n\n¿Cómo te llamas?\n{name}\n\n¿Sobre qué es tu consulta?\n{title}\n\nCuéntanos más\n{message}\n\nTe responderemos pronto.\n{company}\n\nPowered by Typeform',
      },
    ],
    pt: [
      {
        subject: 'Obrigado por responder: {company} – Contato',
        body: 'Olá {name},\n\nObrigado por preencher nosso formulário. Aqui está uma cópia das suas respostas:\n\nQual é o seu nome?\n{name}\n\nSobre o que é a sua solicitação?\n{title}\n\nConte-nos mais\n{message}\n\nEntraremos em contato em breve.\n{company}\n\nPowered by Typeform',
      },
    ],
    it: [
      {
        subject: 'Grazie per aver compilato: {company} – Contatti',
        body: 'Ciao {name},\n\ngrazie per aver compilato il nostro modulo. Ecco una copia delle tue risposte:\n\nCome ti chiami?\n{name}\n\nDi cosa si tratta?\n{title}\n\nRaccontaci di più\n{message}\n\nTi ricontatteremo presto.\n{company}\n\nPowered by Typeform',
      },
    ],
    nl: [
      {
        subject: 'Bedankt voor het invullen: {company} – Contact',
        body: 'Hoi {name},\n\nBedankt voor het invullen van ons formulier. Hier is een kopie van je antwoorden:\n\nWat is je naam?\n{name}\n\nWaar gaat je vraag over?\n{title}\n\nVertel ons meer\n{message}\n\nWe nemen snel contact op.\n{company}\n\nPowered by Typeform',
      },
    ],
  },
}
