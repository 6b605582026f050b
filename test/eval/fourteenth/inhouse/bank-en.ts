// English fragments for composed in-house wordings, written for this set.
import type { Bank } from './bank.ts'

export const EN: Bank = {
  greet: [
    (c) => `Hi ${c.name},`,
    (c) => `Dear ${c.name},`,
    (c) => `Hello ${c.name}!`,
    (c) => `Hey ${c.name} 👋`,
    () => '',
  ],
  signoff: [
    (c) => `Cheers,\nThe ${c.company} crew`,
    (c) => `Kind regards,\n${c.company} Customer Care`,
    (c) => `— ${c.company}`,
    () => `Best wishes,\nSam`,
    (c) => `Warmly, everyone at ${c.company}`,
  ],
  footer: [
    () => '',
    (c) =>
      `This mailbox is not monitored. ${c.company} Ltd, registered in England and Wales. Privacy notice: https://${c.domain}/privacy`,
    (c) => `You received this email because this address was entered on ${c.domain}.`,
    (c) =>
      `© 2028 ${c.company}. All rights reserved. Please do not reply to this message; replies go to an unattended mailbox and will not be read. This email and any attachment may contain confidential information intended solely for the addressee.`,
  ],
  family: {
    helpdesk: {
      subject: [
        () => `We've got your message`,
        (c) => `${c.company} | enquiry ${c.ref}`,
        (c) => `Re: ${c.typed}`,
        () => `Thanks for getting in touch 🙌`,
        (c) => `Case ${c.ref}: ${c.typed}`,
      ],
      core: [
        (c) => `Your message "${c.typed}" just landed with our support team.`,
        () => `Thanks for contacting us - we have logged your query.`,
        (c) => `This confirms that ${c.company} received the form you sent.`,
      ],
      next: [
        () => `Someone will reply within two working days.`,
        () => `We're on it and will be in touch as soon as we can.`,
        () => `No need to write again: replying to this email adds to the same case.`,
      ],
      action: [
        (c) => `Reference: ${c.ref}`,
        (c) => `Your case number is ${c.ref} - please quote it if you call us.`,
      ],
    },
    verification: {
      subject: [
        (c) => `Confirm your email for ${c.company}`,
        () => `Action required: activate your account`,
        (c) => `Welcome to ${c.company}! One more step`,
        () => `Is this your email address?`,
        (c) => `${c.company}`,
      ],
      core: [
        (c) => `Thanks for creating a ${c.company} account.`,
        () => `Someone (hopefully you) signed up with this email address.`,
        () => `Your account is almost ready.`,
      ],
      next: [
        () => `The link is valid for 24 hours.`,
        () => `If this wasn't you, just ignore this email and no account will be created.`,
      ],
      action: [(c) => `Confirm your email: ${c.link}`, (c) => `Activate my account → ${c.link}`],
    },
    subscription: {
      subject: [
        () => `Please confirm your subscription`,
        (c) => `One click to finish joining ${c.company} News`,
        () => `Did you mean to subscribe?`,
        (c) => `${c.company} newsletter: confirm`,
      ],
      core: [
        (c) => `You (or someone) asked to receive the ${c.company} newsletter at this address.`,
        () => `We just need to make sure this is really your inbox.`,
        () => `Almost done! Your subscription is waiting.`,
      ],
      next: [
        () => `If you didn't sign up, you won't hear from us again.`,
        () => `No confirmation, no emails - that's a promise.`,
      ],
      action: [(c) => `Yes, subscribe me: ${c.link}`, (c) => `Confirm here: ${c.link}`],
    },
    reset: {
      subject: [
        (c) => `Your ${c.company} login code`,
        (c) => `${c.code} is your verification code`,
        () => `Password reset requested`,
        (c) => `Your link to sign in to ${c.company}`,
        () => `Reset your password`,
      ],
      core: [
        () => `We received a request to reset the password on your account.`,
        (c) => `Here's the code you asked for to sign in to ${c.company}.`,
        () => `Someone is trying to log in with this email address.`,
      ],
      next: [
        () => `The code expires in 10 minutes.`,
        () => `Didn't ask for this? You can safely ignore it; your password stays the same.`,
      ],
      action: [(c) => `Your code: ${c.code}`, (c) => `Choose a new password: ${c.link}`],
    },
  },
}
