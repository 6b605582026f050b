// English building blocks of composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const EN: Blocks = {
  greet: 'Hello {name}, | Hi {name}! | Dear {name}, | Good day, | Hey there,',
  close:
    'Best wishes,\n{company} | Thanks again,\nCustomer Happiness at {company} | Regards,\n{company} Service Desk | Speak soon!\nTeam {company}',
  footer:
    'You received this because your address was entered on {domain}. | Sent by {company}, 12 Sample Road, Leeds. Please do not reply to this mailbox. | © {company}. All rights reserved. Manage preferences at https://{domain}/preferences.',
  ref: 'Reference: {ref} | (ref. {ref}) | Your number: #{ref}',
  kinds: {
    request: {
      subject:
        'Confirm it was you: {title} | {company}: is this request yours? | Verification needed for request {ref} | Hold on - confirm your message to {company}',
      lead: 'A message from our website form is sitting in a holding queue. | We were sent a request titled "{title}" with your email address. | Your note to {company} has not reached a person yet.',
      action:
        'Please confirm you sent it so we can open a ticket: | Click the link below to release it to our agents: | Verify your address and we will take it from there:',
    },
    ack: {
      subject:
        'Thanks - we received "{title}" | {company} support: request logged | Ticket {ref} opened | Hi from {company} support',
      lead: 'Your message has safely arrived in our support queue. | We have logged your request about "{title}". | An agent has been notified about your enquiry.',
      action:
        'Expect a reply within two working days. | You will hear from us as soon as someone picks it up. | Reply to this email to add details; no need to write again.',
    },
    account: {
      subject:
        'Verify your email for {company} | Your new {company} account: please confirm | Finish creating your account | Welcome! Confirm your address',
      lead: 'Thanks for creating an account with {company}. | Someone registered a {company} profile using this address. | Your account is nearly ready.',
      action:
        'Confirm your email to switch it on: | Open this link to activate it: | Use this link to verify you own the address:',
    },
    subscription: {
      subject:
        'Confirm your {company} newsletter signup | Are you sure you want our emails? | Last step: confirm your subscription | Subscribed? Please confirm',
      lead: 'Your address was added to the {company} mailing list. | We received a sign-up for our newsletter. | Thanks for your interest in news from {company}.',
      action:
        'Confirm below to start receiving it: | Click to confirm; otherwise you will not be subscribed: | One click confirms your subscription:',
    },
    reset: {
      subject:
        'Reset your {company} password | Your {company} login code | Sign-in request for {company} | Password change requested',
      lead: 'A password reset was requested for your account. | Someone is trying to sign in to {company} with this address. | You asked for a way to get back into your account.',
      action:
        'Use this link to choose a new password: | Enter this code to continue: {code} | Follow the link below, valid for 30 minutes:',
    },
  },
}
