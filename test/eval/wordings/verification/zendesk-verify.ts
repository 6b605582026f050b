// Zendesk's verification of anonymous web-form requests (2026): before a request from an
// unverified address is created, the requester gets a mail asking to verify the address. The
// wording here is a reconstruction from Zendesk's announcement, not a captured mail.
import type { Product } from '../types.ts'

export const zendeskVerify: Product = {
  family: 'verification',
  product: 'Zendesk request verification',
  source: 'reconstruction after Zendesk announcement of email verification for anonymous requests',
  senders: [
    { shape: 'hosted', host: 'zendesk.com', local: 'support', name: '{company}' },
    { shape: 'hosted', host: 'zendesk.com', local: 'noreply', name: '{company} Support' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Verify your email address to submit your request',
        body: 'Hello {name},\n\nTo finish submitting your request "{payload}" to {company}, please verify your email address.\n\nVerify email\n\nIf you did not submit a request, you can ignore this message.',
      },
    ],
    de: [
      {
        subject: 'Bestätigen Sie Ihre E-Mail-Adresse, um Ihre Anfrage abzuschicken',
        body: 'Hallo {name},\n\num Ihre Anfrage „{payload}“ an {company} abzuschließen, bestätigen Sie bitte Ihre E-Mail-Adresse.\n\nE-Mail bestätigen',
      },
    ],
    fr: [
      {
        subject: 'Vérifiez votre adresse e-mail pour envoyer votre demande',
        body: 'Bonjour {name},\n\nPour finaliser l’envoi de votre demande « {payload} » à {company}, veuillez vérifier votre adresse e-mail.\n\nVérifier l’e-mail',
      },
    ],
  },
}
