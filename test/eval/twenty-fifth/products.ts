// Two products per family, none named by an earlier set's README (counted by the unit test).
// Each text is written from memory of the product's documented default notification, in our own
// words; the source is named per product. Other languages fall back to the English default, as
// those products ship (an untranslated default is common in the wild).
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
  texts: Partial<Record<Lang, ProductText>>
}

export const PRODUCTS: readonly Product[] = [
  {
    // JS Help Desk (JoomSky, WordPress plugin): "new ticket" mail to the submitter.
    family: 'helpdesk',
    product: 'JS Help Desk',
    texts: {
      en: {
        subject: 'Ticket created: {msg}',
        body: 'Dear {name},\n\nYour ticket has been created successfully. Our team will get back to you shortly.\nTicket ID: {ref}\nSubject: {msg}\n\nYou can check the status of your ticket here: {link}\n\n{brand}',
      },
      de: {
        subject: 'Ticket erstellt: {msg}',
        body: 'Hallo {name},\n\nIhr Ticket wurde erfolgreich erstellt. Unser Team meldet sich in Kürze.\nTicket-ID: {ref}\nBetreff: {msg}\n\nStatus ansehen: {link}\n\n{brand}',
      },
    },
  },
  {
    // HaloITSM: default "ticket logged" acknowledgement to the end user.
    family: 'helpdesk',
    product: 'HaloITSM',
    texts: {
      en: {
        subject: 'Your request has been logged [Ref: {ref}]',
        body: 'Hi {name},\n\nThank you for contacting {brand}. Your request has been logged with reference {ref} and an agent will be assigned.\n\nSummary: {msg}\n\nTo add more information, reply to this email keeping the reference in the subject, or visit the self-service portal: {link}',
      },
    },
  },
  {
    // Concrete CMS: "validate your email" mail after public registration.
    family: 'verification',
    product: 'Concrete CMS',
    texts: {
      en: {
        subject: 'Validate your email address',
        body: 'Hello,\n\nYou (or someone using this address) registered an account on {brand} as "{name}". Click the link below to validate your email address:\n\n{link}\n\nIf you did not register, you can ignore this message.',
      },
      fr: {
        subject: 'Validez votre adresse e-mail',
        body: 'Bonjour,\n\nVous (ou quelqu’un utilisant cette adresse) avez créé un compte sur {brand} sous le nom « {name} ». Cliquez sur le lien ci-dessous pour valider votre adresse :\n\n{link}\n\nSi vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
      },
    },
  },
  {
    // Bitwarden: "Verify your email address" sent after a new account is created.
    family: 'verification',
    product: 'Bitwarden',
    texts: {
      en: {
        subject: 'Verify Your Email',
        body: 'Verify this email address for your {brand} account by clicking the link below.\n\nVerify Email Address Now: {link}\n\nIf you did not request to verify a {brand} account, you can safely ignore this email.',
      },
    },
  },
  {
    // WriteFreely: confirmation of an email subscription to a blog.
    family: 'subscription',
    product: 'WriteFreely',
    texts: {
      en: {
        subject: 'Confirm your subscription to {brand}',
        body: 'Hi {name},\n\nSomeone (hopefully you) asked to get new posts from {brand} by email. Confirm your subscription:\n\n{link}\n\nIf this wasn’t you, ignore this message and you won’t be subscribed.',
      },
    },
  },
  {
    // Kajabi: double opt-in for a form or newsletter.
    family: 'subscription',
    product: 'Kajabi',
    texts: {
      en: {
        subject: 'Please confirm your email address',
        body: 'Hi {name},\n\nThanks for signing up with {brand}! Please confirm your email address to start receiving emails from us.\n\nConfirm Email: {link}\n\nIf you didn’t sign up, no further action is required.',
      },
      es: {
        subject: 'Confirma tu correo electrónico',
        body: 'Hola {name}:\n\n¡Gracias por registrarte en {brand}! Confirma tu correo para empezar a recibir nuestros mensajes.\n\nConfirmar correo: {link}\n\nSi no te registraste, no tienes que hacer nada.',
      },
    },
  },
  {
    // Taiga: "Change your Taiga password" after "forgot password".
    family: 'reset',
    product: 'Taiga',
    texts: {
      en: {
        subject: '[{brand}] Change your password',
        body: 'Hello {name},\n\nYou have requested to recover your password in {brand}. Click the following link to change it:\n\n{link}\n\nIf you did not request it, just ignore this email.\n\nThe {brand} Team',
      },
    },
  },
  {
    // Leantime: password reset link mail.
    family: 'reset',
    product: 'Leantime',
    texts: {
      en: {
        subject: 'Password reset request',
        body: 'Hi {name},\n\nWe received a request to reset the password for your account on {brand}. Use the link below to set a new one. The link is valid for one hour.\n\n{link}\n\nIf you didn’t ask for this, you can ignore this email.',
      },
      nl: {
        subject: 'Verzoek om wachtwoord te herstellen',
        body: 'Hoi {name},\n\nWe kregen een verzoek om het wachtwoord van je account bij {brand} te herstellen. Gebruik de link hieronder om een nieuw wachtwoord te kiezen; hij is een uur geldig.\n\n{link}\n\nHeb je dit niet gevraagd? Dan kun je deze mail negeren.',
      },
    },
  },
]

export function productText(p: Product, lang: Lang): ProductText {
  return p.texts[lang] ?? p.texts.en!
}
