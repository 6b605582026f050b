// Intercom: the email a visitor gets when they leave a message and an address in the Messenger
// ("We got your message" / team reply-time expectation), as Intercom's help centre describes.
import type { Product } from '../types.ts'

export const intercom: Product = {
  family: 'helpdesk',
  product: 'Intercom',
  source: 'Intercom help centre: Messenger email follow-up / reply-time expectation',
  senders: [
    { shape: 'hosted', host: 'intercom-mail.com', local: 'notifications', name: '{company}' },
    { shape: 'display', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Re: {payload}',
        body: "Thanks for reaching out to {company}! We got your message and the team typically replies in a few hours.\n\nYou'll get replies here and to {email}.\n\n{payload}",
      },
    ],
    fr: [
      {
        subject: 'Re : {payload}',
        body: 'Merci d’avoir contacté {company} ! Nous avons bien reçu votre message ; l’équipe répond généralement en quelques heures.\n\nVous recevrez les réponses ici et à {email}.',
      },
    ],
    nl: [
      {
        subject: 'Re: {payload}',
        body: 'Bedankt voor je bericht aan {company}! Het team reageert meestal binnen een paar uur.\n\nJe ontvangt antwoorden hier en op {email}.',
      },
    ],
  },
}
