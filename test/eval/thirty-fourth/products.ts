// The eight products of this set, two per family, none named by an earlier set. Each text is
// written from memory of the product's documented default notification, in our own words (not
// pasted); the source is named beside it. Languages the product does not ship fall back to en.
// Slots: {company} {name} {payload} {ticket} {link} {code}.
import type { Lang } from '../types.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export interface Text {
  subject: string
  body: string
}

export interface Product {
  family: Family
  product: string
  texts: Partial<Record<Lang, Text>> & { en: Text }
}

export const PRODUCTS: readonly Product[] = [
  {
    // Helprace: "new request" confirmation sent to the requester (Helprace help center docs,
    // "Notifications: request received").
    family: 'helpdesk',
    product: 'Helprace',
    texts: {
      en: {
        subject: 'Request received: {payload}',
        body: 'Hello {name},\nWe got your request and one of our agents will look at it soon. Your request number is #{ticket}.\nYou can follow it here: {link}\n{company} Help Center',
      },
      de: {
        subject: 'Anfrage erhalten: {payload}',
        body: 'Hallo {name},\nwir haben Ihre Anfrage erhalten, ein Mitarbeiter kümmert sich bald darum. Anfragenummer: #{ticket}.\nVerlauf ansehen: {link}\n{company} Hilfe-Center',
      },
    },
  },
  {
    // WP Support Plus (WordPress plugin): "new ticket" mail to the customer, default template of
    // its email notification settings ("Your ticket #{ticket_id} has been created").
    family: 'helpdesk',
    product: 'WP Support Plus',
    texts: {
      en: {
        subject: '[Ticket #{ticket}] {payload}',
        body: 'Dear {name},\nThank you for creating a ticket. We have received it and will get back to you shortly.\nTicket ID: #{ticket}\nSubject: {payload}\nView ticket: {link}',
      },
    },
  },
  {
    // UserFrosting 4: account verification mail (templates/mail/verify-account.html.twig).
    family: 'verification',
    product: 'UserFrosting',
    texts: {
      en: {
        subject: 'Please verify your account - {company}',
        body: 'Dear {name},\nThank you for registering at {company}. Before you can sign in, you need to activate your account by following this link:\n{link}\nIf you did not register, you can ignore this message.',
      },
      fr: {
        subject: 'Veuillez vérifier votre compte - {company}',
        body: 'Cher/Chère {name},\nMerci de votre inscription sur {company}. Avant de vous connecter, activez votre compte en suivant ce lien :\n{link}\nSi vous ne vous êtes pas inscrit, ignorez ce message.',
      },
    },
  },
  {
    // WSO2 Identity Server: "AccountConfirmation" email template (self sign-up, Identity Server
    // documentation, email templates).
    family: 'verification',
    product: 'WSO2 Identity Server',
    texts: {
      en: {
        subject: '{company} - Account Confirmation',
        body: 'Hi {name},\nYou have created an account with {company} using this email address. Please confirm your account by clicking the button below.\nConfirm: {link}\nIf clicking the button does not work, copy the link into your browser.',
      },
      es: {
        subject: '{company} - Confirmación de cuenta',
        body: 'Hola {name},\nHas creado una cuenta en {company} con esta dirección de correo. Confirma tu cuenta con el botón de abajo.\nConfirmar: {link}',
      },
    },
  },
  {
    // Ontraport: default double opt-in confirmation (Ontraport support, "Double opt-in").
    family: 'subscription',
    product: 'Ontraport',
    texts: {
      en: {
        subject: 'Please confirm your subscription to {company}',
        body: 'Hi {name},\nYou (or someone using this address) asked to receive email from {company}. Please confirm by clicking the link below:\n{link}\nIf you did not request this, no action is needed and you will not be subscribed.',
      },
    },
  },
  {
    // VerticalResponse: opt-in confirmation request (VerticalResponse help, "confirmed opt-in").
    family: 'subscription',
    product: 'VerticalResponse',
    texts: {
      en: {
        subject: '{company}: confirm your email address',
        body: 'Thanks for signing up for email from {company}!\nClick to confirm your subscription: {link}\nOnce confirmed you will start receiving our newsletter. Did not sign up? Just delete this email.',
      },
      it: {
        subject: '{company}: conferma il tuo indirizzo email',
        body: 'Grazie per esserti iscritto alle email di {company}!\nConferma l’iscrizione: {link}\nNon sei stato tu? Elimina pure questo messaggio.',
      },
    },
  },
  {
    // LLDAP: password reset mail (lldap repository, server/src/infra/mail.rs).
    family: 'reset',
    product: 'LLDAP',
    texts: {
      en: {
        subject: '[{company}] Password reset requested',
        body: 'Hello {name},\nSomebody requested a password reset for your account. If it was not you, you can safely ignore this message.\nTo reset your password, visit: {link}',
      },
    },
  },
  {
    // Corbado: email one-time passcode for sign-in (Corbado docs, "Email OTP" template).
    family: 'reset',
    product: 'Corbado',
    texts: {
      en: {
        subject: '{code} is your login code for {company}',
        body: 'Hi {name},\nUse the code below to log in to {company}:\n{code}\nThe code expires in 5 minutes. If you did not try to log in, ignore this email.',
      },
      de: {
        subject: '{code} ist Ihr Anmeldecode für {company}',
        body: 'Hallo {name},\nmit diesem Code melden Sie sich bei {company} an:\n{code}\nEr läuft in 5 Minuten ab. Haben Sie sich nicht angemeldet, ignorieren Sie diese E-Mail.',
      },
      nl: {
        subject: '{code} is je inlogcode voor {company}',
        body: 'Hoi {name},\nGebruik deze code om in te loggen bij {company}:\n{code}\nDe code verloopt over 5 minuten.',
      },
    },
  },
]
