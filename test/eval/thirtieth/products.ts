// The eight products of this set (two per family), none named by an earlier set's README. Each
// text is written from memory of the product's documented default notification, in our own
// words; these products send their English default unless a company translates it, so every
// language's wave carries the English default.
import type { Family } from './wording/types.ts'

export interface Product {
  family: Family
  product: string
  /** How its mail is usually sent: the company's own domain, or a hosted subdomain. */
  sender: 'own' | 'hosted'
  subject: string
  body: string
  /** For the shared report's family lines: languages the texts are written in. */
  texts: { en: true }
}

export const PRODUCTS: readonly Product[] = [
  {
    // Source: BMC Helix ITSM (Remedy) default "Incident created" notification to the requester.
    family: 'helpdesk',
    product: 'BMC Helix ITSM',
    sender: 'own',
    subject: 'Incident INC000000{ref} has been created: {topic}',
    body: 'Dear {name},\n\nIncident INC000000{ref} has been created on your behalf.\n\nSummary: {topic}\nStatus: Assigned\nPriority: Low\n\nThe service desk will contact you if more information is needed. Please quote the incident ID in any correspondence.\n\nThis is a system generated email. Please do not reply.',
    texts: { en: true },
  },
  {
    // Source: Syncro (MSP platform) default "Ticket Created" customer email template.
    family: 'helpdesk',
    product: 'Syncro',
    sender: 'hosted',
    subject: 'Ticket #{ref} - {topic}',
    body: 'Hi {name},\n\nWe have received your ticket and created ticket #{ref}. A technician will be in touch shortly.\n\nYou can view the ticket status here: {link}\n\nThank you,\n{company}',
    texts: { en: true },
  },
  {
    // Source: Backendless default "User registration confirmation" email template.
    family: 'verification',
    product: 'Backendless',
    sender: 'own',
    subject: 'Please confirm your email address',
    body: 'Hello {name},\n\nThank you for registering with {company}. Please click the link below to confirm your email address:\n\n{link}\n\nIf you did not register, please ignore this email.',
    texts: { en: true },
  },
  {
    // Source: Paid Memberships Pro, Email Confirmation Add On default message.
    family: 'verification',
    product: 'Paid Memberships Pro',
    sender: 'own',
    subject: 'Confirm your membership at {company}',
    body: 'Hi {name},\n\nThank you for signing up at {company}. Before your membership is active, please confirm your email address by clicking the link below:\n\n{link}\n\nAccount: {name} ({email})\n\nLog in to your membership account here: https://{domain}/login/',
    texts: { en: true },
  },
  {
    // Source: FeedBurner email subscriptions, default activation message.
    family: 'subscription',
    product: 'FeedBurner',
    sender: 'hosted',
    subject: 'Activate your Email Subscription to: {company}',
    body: 'Hello there,\n\nYou recently requested to receive email updates from {company}. To activate your subscription, click the link below:\n\n{link}\n\n(If the link is not clickable, copy it into your browser.)\n\nIf you did not request this, or do not want to subscribe, you can simply delete this message. You will not be subscribed unless you click the link above.',
    texts: { en: true },
  },
  {
    // Source: Salesforce Pardot (Account Engagement) default double opt-in confirmation email.
    family: 'subscription',
    product: 'Pardot',
    sender: 'hosted',
    subject: 'Please confirm your subscription',
    body: 'Thank you for your interest in {company}.\n\nPlease confirm that you want to receive email from us by clicking below:\n\nConfirm my subscription: {link}\n\nIf you received this message by mistake, no action is needed.\n\n{company} | Unsubscribe | Manage preferences',
    texts: { en: true },
  },
  {
    // Source: Mealie (recipe manager) default "Password Reset" email.
    family: 'reset',
    product: 'Mealie',
    sender: 'own',
    subject: 'Mealie Password Reset',
    body: 'Hi {name},\n\nYou have requested to reset your password.\n\nReset Password: {link}\n\nThis link will expire in 24 hours. If you did not request a password reset, you can ignore this message.\n\n{company} Mealie',
    texts: { en: true },
  },
  {
    // Source: Snipe-IT default "Password Reset" notification.
    family: 'reset',
    product: 'Snipe-IT',
    sender: 'own',
    subject: '{company} Password Reset',
    body: 'Hello {name},\n\nYou are receiving this email because we received a password reset request for your Snipe-IT account at {company}.\n\nReset Password: {link}\n\nIf you did not request a password reset, no further action is required.',
    texts: { en: true },
  },
]

export function productsOf(family: Family): Product[] {
  return PRODUCTS.filter((p) => p.family === family)
}
