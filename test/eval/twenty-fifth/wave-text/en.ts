// English in-house wordings (written for this set).
import type { WaveLang } from './types.ts'

export const EN: WaveLang = {
  hand: {
    helpdesk: [
      [
        'We got it 👍 (#{ref})',
        'Hey {name}! Your note landed with the crew. Ticket #{ref}, nobody forgot you. Usually we answer within a day or two.\n\nYou wrote: "{msg}"\n\n— {brand} support gremlins',
      ],
      [
        '{brand}: case {ref} opened',
        'Dear {name},\n\nThis confirms that case {ref} is now open with our customer care department. Please quote this number in any further correspondence regarding "{msg}".\n\nKind regards,\nCustomer Care, {brand}\nThis mailbox is not monitored.',
      ],
      ['{msg}', 'Thanks for writing in, {name}. A human will read this soon. Ref {ref}.'],
    ],
    verification: [
      [
        '{name}, is this you?',
        'Yo {name} 👋 Tap below so we know this inbox is real and your {brand} profile can go live:\n{link}\n\nNot you? Ignore us, we get it.',
      ],
      [
        '{brand}',
        'One tiny step, {name}: confirm your address and your squad slot is saved.\n\n{link}\n\nLink works for 48 hours. gg',
      ],
      [
        'Activate your membership',
        'Dear {name},\n\nWelcome to {brand} Members. To activate your membership number and access the members’ area, please confirm your email address within 7 days:\n{link}\n\nIf you did not apply, no action is needed and your data will be removed.',
      ],
    ],
    subscription: [
      [
        'Almost on the list ✉️',
        'Hi {name}! Just one click and the Friday letter is yours:\n{link}\n\nIf you didn’t ask for it, do nothing and you won’t hear from us.',
      ],
      [
        'Hello from {brand}',
        'You (or someone typing your address) asked for our deals. Say yes here: {link}\nNo yes, no mail. Promise.',
      ],
      [
        'Confirm you want our recipes?',
        '{name}, we’re thrilled. Press the button to confirm and we’ll send a new recipe every Sunday.\n\nYes, send me recipes: {link}\n\n{brand} Kitchen',
      ],
    ],
    reset: [
      [
        'Was that you?',
        'Someone asked to reset the password of your {brand} account. If it was you, pick a new one here (valid for 30 minutes):\n{link}\n\nIf it wasn’t, your password stays the same.',
      ],
      ['🔑', 'Forgot it? Happens to all of us, {name}. New password here: {link}'],
      [
        'Your {brand} sign-in link',
        'Hi {name},\n\nClick to sign in to {brand}. This magic link expires in 15 minutes and can only be used once.\n\n{link}\n\nRequested from Chrome on Windows. Didn’t ask? Ignore this email.',
      ],
    ],
  },
  greet: ['Hi {name},', 'Hello {name}!', 'Hey there,', 'Dear {name},', '{name} 👋', 'Good day,'],
  body: {
    helpdesk: [
      'Your request reached us and got the number {ref}.',
      'Thanks for your message: we logged it as case {ref}.',
      'We’ve received your enquiry ({ref}) and someone from the team will pick it up.',
      'Quick heads-up: ticket {ref} is in our queue now.',
    ],
    verification: [
      'Thanks for creating a {brand} account.',
      'Your new {brand} profile is almost ready.',
      'Welcome aboard! Before you start, we need to check this address.',
      'Someone signed up to {brand} with {email}.',
    ],
    subscription: [
      'You asked to get our newsletter.',
      'Thanks for joining the {brand} list!',
      'We just need a yes before we send you anything.',
      'Your subscription is waiting for one click.',
    ],
    reset: [
      'We got a request to change your password.',
      'A password reset was requested for {email}.',
      'Locked out? Let’s get you back in.',
      'Here is the code you asked for: {code}.',
    ],
  },
  next: {
    helpdesk: [
      'Reply to this email to add details.',
      'Track it here: {link}',
      'No need to write again, we’ve got it.',
    ],
    verification: ['Confirm here: {link}', 'Verify my email → {link}', 'Your code: {code}'],
    subscription: ['Confirm: {link}', 'Yes, sign me up → {link}', 'Tap to confirm: {link}'],
    reset: [
      'Reset it here: {link}',
      'Choose a new password: {link}',
      'The code expires in 10 minutes.',
    ],
  },
  close: [
    'Cheers, the {brand} team',
    'Best,\n{brand}',
    '— {brand}',
    'Thanks!\n{brand} Support',
    'See you soon ✌️',
  ],
  subj: {
    helpdesk: ['Re: {msg}', '[{brand}] #{ref} received', 'We’re on it', 'Ticket {ref}'],
    verification: ['Confirm your email', 'Welcome to {brand}!', '{name}', 'Just one more step'],
    subscription: ['Confirm your subscription', 'Are you in?', '{brand} newsletter', '👀'],
    reset: ['Reset your password', '{code} is your {brand} code', 'Password help', 'Hi {name}'],
  },
  remind: ['Reminder: ', 'Still there? ', 'Don’t forget: '],
}
