// Two products per family, none named by an earlier set. Each text is written from memory of the
// product's documented default notification, in this set's own words; the source is named per
// product. Slots: {company} {name} {ticket} {subject} {link} {code}.
import type { Lang } from '../types.ts'

export const FAMILIES = ['helpdesk', 'verification', 'subscription', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface ProductText {
  subject: string
  body: string
}

export interface Product {
  family: Family
  product: string
  source: string
  texts: Partial<Record<Lang, ProductText>> & { en: ProductText }
}

export const PRODUCTS: readonly Product[] = [
  {
    family: 'helpdesk',
    product: 'LiveChat',
    source: 'LiveChat HelpDesk docs, "Ticket confirmation" automatic email',
    texts: {
      en: {
        subject: '[#{ticket}] {subject}',
        body: 'Hi {name},\n\nThanks for contacting {company}. We have received your ticket and one of our agents will reply as soon as possible. To add details, simply reply to this email.\n\nTicket ID: {ticket}\n\n{company} Support',
      },
      de: {
        subject: '[#{ticket}] {subject}',
        body: 'Hallo {name},\n\ndanke, dass Sie {company} kontaktiert haben. Ihr Ticket ist bei uns eingegangen, ein Mitarbeiter meldet sich so bald wie möglich. Für Ergänzungen antworten Sie einfach auf diese E-Mail.\n\nTicket-ID: {ticket}',
      },
    },
  },
  {
    family: 'helpdesk',
    product: 'Intercom',
    source: 'Intercom Help Center, default conversation auto-reply by email',
    texts: {
      en: {
        subject: 'Re: {subject}',
        body: 'Hi {name},\n\nThanks for getting in touch. The {company} team typically replies within a day. We will be back to you here and by email.\n\nYour message: "{subject}"\n\nReply to this email to continue the conversation.',
      },
      fr: {
        subject: 'Re: {subject}',
        body: 'Bonjour {name},\n\nMerci de nous avoir écrit. L’équipe {company} répond en général sous un jour. Nous reviendrons vers vous ici et par e-mail.\n\nVotre message : « {subject} »',
      },
    },
  },
  {
    family: 'verification',
    product: 'Cal.com',
    source: 'Cal.com source, emails/templates "Verify your email address" on sign-up',
    texts: {
      en: {
        subject: 'Verify your email address for {company}',
        body: 'Hey {name},\n\nPlease verify your email address to finish setting up your {company} account.\n\n{link}\n\nIf you did not sign up, you can safely ignore this email.',
      },
    },
  },
  {
    family: 'verification',
    product: 'Documenso',
    source: 'Documenso source, packages/email "Please confirm your email" template',
    texts: {
      en: {
        subject: 'Please confirm your email address',
        body: 'Welcome to {company}, {name}!\n\nBefore you get started, please confirm your email address by clicking the button below:\n\nConfirm email: {link}\n\nThis link is valid for one hour.',
      },
      es: {
        subject: 'Confirme su dirección de correo electrónico',
        body: '¡Bienvenido a {company}, {name}!\n\nAntes de empezar, confirme su dirección de correo con el botón de abajo:\n\n{link}\n\nEl enlace es válido durante una hora.',
      },
    },
  },
  {
    family: 'subscription',
    product: 'TinyLetter',
    source: 'TinyLetter (Mailchimp) help, subscriber confirmation email',
    texts: {
      en: {
        subject: 'Please confirm your subscription to {company}',
        body: 'Hello {name},\n\nYou (or someone using this address) asked to subscribe to {company}. To confirm, click here:\n\n{link}\n\nIf you did not ask, just ignore this message and you will not be subscribed.',
      },
    },
  },
  {
    family: 'subscription',
    product: 'Revue',
    source: 'Revue help centre, double opt-in "Confirm your subscription" email',
    texts: {
      en: {
        subject: 'Confirm your subscription to {company}',
        body: 'Hi {name},\n\nOne more step: confirm that you want to receive issues of {company} at this address.\n\nYes, subscribe me: {link}\n\nNo action needed if this was not you.',
      },
      nl: {
        subject: 'Bevestig je inschrijving op {company}',
        body: 'Hoi {name},\n\nNog één stap: bevestig dat je de nieuwsbrief van {company} op dit adres wilt ontvangen.\n\nJa, schrijf me in: {link}',
      },
    },
  },
  {
    family: 'reset',
    product: 'Rallly',
    source: 'Rallly source, emails "Your login code" / verification code template',
    texts: {
      en: {
        subject: '{code} is your 6-digit code',
        body: 'Hi {name},\n\nUse this code to log in to {company}:\n\n{code}\n\nThe code is valid for 15 minutes. If you did not request it, you can ignore this email.',
      },
      pt: {
        subject: '{code} é o seu código de 6 dígitos',
        body: 'Olá {name},\n\nUse este código para entrar em {company}:\n\n{code}\n\nO código vale por 15 minutos. Se não foi você que pediu, ignore este e-mail.',
      },
    },
  },
  {
    family: 'reset',
    product: 'Hoppscotch',
    source: 'Hoppscotch self-host docs, magic-link sign-in email "Sign in to Hoppscotch"',
    texts: {
      en: {
        subject: 'Sign in to {company}',
        body: 'Hello {name},\n\nWe received a request to sign in to your {company} account. Click the link below to continue:\n\n{link}\n\nThis link expires in 24 hours and can be used once.',
      },
      it: {
        subject: 'Accedi a {company}',
        body: 'Ciao {name},\n\nabbiamo ricevuto una richiesta di accesso al tuo account {company}. Fai clic sul link per continuare:\n\n{link}\n\nIl link scade tra 24 ore.',
      },
    },
  },
]

export const productsOf = (family: Family): Product[] => PRODUCTS.filter((p) => p.family === family)
