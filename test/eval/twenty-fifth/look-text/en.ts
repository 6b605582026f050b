// English look-alike texts (written for this set).
import type { LookLang } from './types.ts'

export const EN: LookLang = {
  texts: {
    newsletter: [
      [
        'Last chance: 30% off ends tonight',
        'Hi {first}, the autumn sale closes at midnight. Shop now: {link}\n\nYou get this because you subscribed in 2021. Unsubscribe or manage preferences: {link}',
      ],
      [
        '{brand} Weekly #{n}: five reads for your Sunday',
        'This week: the bread issue, a bike route and a long read on lighthouses.\n\nUpdate your email preferences | Unsubscribe',
      ],
      [
        'New arrivals you might like',
        'Handpicked for you, {first}. Free returns within 30 days.\nNot interested anymore? Unsubscribe: {link}',
      ],
    ],
    social: [
      [
        '{other} started following you',
        '{other} is now following you on {brand}. See their profile: {link}\n\nTurn off these notifications in Settings.',
      ],
      [
        '{other} mentioned you in a comment',
        '"@{first} you have to see this" — reply on {brand}: {link}',
      ],
      [
        'You’re invited: Board games night',
        '{other} invited you to an event on {date} at {time}. Going? {link}',
      ],
    ],
    'auto-reply': [
      [
        'Automatic reply: {subj}',
        'Thanks for your email. I’m out of the office until {date} with limited access to email. For urgent matters please contact the front desk.',
      ],
      [
        'Out of Office: {subj}',
        'Hi, I’m on parental leave and back on {date}. Your message will not be forwarded.',
      ],
      [
        'Auto: {subj}',
        'I am travelling this week and will reply when I’m back. Thanks for your patience!',
      ],
    ],
    codes: [
      [
        '{code} is your {brand} sign-in code',
        'Use {code} to sign in to {brand}. It expires in 10 minutes.\nRequested from Firefox on Windows near Leeds. If this wasn’t you, you can ignore it.',
      ],
      [
        'Reset your {brand} password',
        'You asked to reset your password. This link is valid for 1 hour: {link}\nRequest made from an iPhone. Didn’t request it? Your password stays unchanged.',
      ],
      [
        'Your sign-in link',
        'Here’s the magic link you requested for {brand}. It expires in 15 minutes and works once.\n{link}',
      ],
    ],
    'ticket-reply': [
      [
        'Re: {subj} [#{ticket}]',
        'Hi {first},\n\nThanks for your patience. I’ve checked your account and the refund has been issued; it should show within 5 days.\n\nBest, Priya – {brand} Support\nTicket #{ticket}',
      ],
      [
        '[{brand}] Update on request #{ticket}',
        'Hello {first}, a replacement part is on its way. Just reply to this email if anything else comes up. Request #{ticket}: {subj}',
      ],
      [
        'Your case {ticket} has been solved',
        'We’ve marked your case "{subj}" as solved. If the problem is still there, reply and it reopens. How did we do? {link}',
      ],
    ],
    shared: [
      [
        '{other} shared "Budget {n}.xlsx" with you',
        '{other} has invited you to edit the following spreadsheet. Open: {link}',
      ],
      [
        'Invitation: Team sync @ {date} {time}',
        '{other} invited you. Join by video: {link}\nYes / Maybe / No',
      ],
      [
        'Updated invitation: Planning moved to {time}',
        'This event has been changed. New time: {date} {time}. Organizer: {other}',
      ],
    ],
    booking: [
      [
        'Reminder: your appointment on {date}',
        'Dear {first}, this is a reminder of your check-up at {brand} on {date} at {time}. To reschedule call us or use {link}',
      ],
      [
        'Your table for 4 tomorrow',
        'See you tomorrow at {time}, {first}! {brand}, {place}. Need to cancel? {link}',
      ],
      [
        'Your car service is booked',
        'MOT and service at {brand} on {date}, drop-off at {time}. Please bring the locking wheel nut.',
      ],
    ],
    notice: [
      [
        'Parents’ evening on {date}',
        'Dear parents, parents’ evening takes place on {date} from {time} in the main hall. Book a slot here: {link}',
      ],
      [
        'Water off on {date} between 9 and 13',
        'Dear tenant, maintenance on the riser means the water is off on {date}. Sorry for the trouble. — {brand} Lettings',
      ],
      [
        'Club AGM and subs reminder',
        'Hi all, the AGM is on {date} at {time} at the clubhouse. Annual subs are due by the end of the month.',
      ],
    ],
    app: [
      [
        'We’re updating our Terms of Service',
        'On {date} our terms change. Nothing to do if you agree. Read the summary: {link}',
      ],
      [
        'Your storage is 95% full',
        'You’ve used 14.3 GB of 15 GB on {brand}. Free up space or upgrade: {link}',
      ],
      [
        'Your plan renews on {date}',
        'Your {brand} Plus plan renews automatically on {date}. Manage your subscription: {link}',
      ],
    ],
    people: [
      ['Re: Saturday?', 'Sounds good! I’ll bring the salad. Shall we say {time}?\n\n{other}'],
      [
        'photos from the weekend',
        'Hi {first}, here are the pics, the one with the dog is my favourite 😄 x {other}',
      ],
      [
        'Re: draft for Monday',
        'Had a look, two small comments inline. Otherwise ready to send. Thanks! {other}',
      ],
    ],
    receipt: [
      [
        'Your receipt from {brand} #{n}',
        'Total paid: {amount}\nCard ending 4417\nThanks for your purchase, {first}.',
      ],
      [
        'You sent {amount} to {other}',
        'Your payment of {amount} to {other} is complete. Transaction ID {n}.',
      ],
      [
        'Payment received – invoice {n}',
        'We have received your payment of {amount}. Thank you. Invoice {n} is now paid.',
      ],
    ],
    bank: [
      [
        'Card payment of {amount} at {brand}',
        'A payment of {amount} was made with your card ending 4417 on {date}. Not you? Freeze your card in the app.',
      ],
      [
        'New sign-in to your account',
        'We noticed a new sign-in from a Samsung Galaxy in Manchester on {date} at {time}. If this was you, no action needed.',
      ],
      [
        'Your password was changed',
        'The password for your {brand} account was changed on {date}. If you didn’t do this, contact us immediately.',
      ],
    ],
    order: [
      [
        'Your order #{n} has shipped',
        'Good news, {first}! Your parcel is on its way. Track it: {link}',
      ],
      [
        'Delivered: your parcel',
        'Your parcel was delivered to your safe place at {time}. Order #{n}.',
      ],
      [
        'Ready for pickup at {place}',
        'Your order {n} is waiting at {place}. Bring your pickup code {code}. Open until 20:00.',
      ],
    ],
    travel: [
      [
        'Check-in is now open for your flight',
        'Hi {first}, check in for your flight on {date} to get your boarding pass. Booking ref {code}.',
      ],
      ['Your boarding pass', 'Gate closes 20 minutes before departure. Seat 14C. Booking {code}.'],
      [
        'Gate change: now gate B{n}',
        'Your flight on {date} now departs from gate B{n}. Boarding starts at {time}.',
      ],
    ],
  },
  sent: [
    'Question about my last invoice',
    'Broken hinge on the wardrobe',
    'Change of address',
    'Meeting next week',
  ],
  signup: [
    [
      'Confirm your {brand} account',
      'Welcome, {first}! Confirm your email to finish setting up: {link}\nYou signed up a minute ago from Chrome.',
    ],
    ['Verify your email to get started', 'Thanks for joining {brand}. Tap to verify: {link}'],
  ],
  optin: [
    ['Confirm your subscription to {brand}', 'You asked to join our newsletter. Confirm: {link}'],
    [
      'One click to finish subscribing',
      'Hi {first}, please confirm so we can send you the weekly digest: {link}',
    ],
  ],
  topics: ['figures for Q4', 'the offsite', 'handover notes'],
  sentLine: [
    'Thanks, looks good to me.',
    'Sure, I can take that one.',
    'Will check and come back to you.',
  ],
}
