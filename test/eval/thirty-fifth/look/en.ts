// English everyday look-alike texts, written for this set: three per class.
import type { LookTexts } from './types.ts'

export const EN: LookTexts = {
  newsletter: [
    [
      'Autumn bulbs are here 🌷',
      'View in browser | {brand} Garden Club. Plant now, bloom in spring: our tulip mixes are 20% off for members until Sunday. Unsubscribe or manage preferences.',
    ],
    [
      '{brand} Weekly #{n}',
      'Three reads for your weekend: a slow-cooker chilli, the best rain jackets tested, and a walk along the canal. You get this because you subscribed in 2021.',
    ],
    [
      'Last chance',
      '[{brand} logo] Our summer clearance ends tonight at midnight. Shop the final markdowns. Update your email preferences at any time.',
    ],
  ],
  social: [
    [
      '{who} commented on your photo',
      '{who} wrote: "What a view! Where was this?" Reply on {brand} or turn off comment notifications.',
    ],
    [
      'You have 4 new connection requests',
      'Home · My Network · Jobs. {who} and 3 others want to connect with you on {brand}.',
    ],
    [
      'New replies in “Allotment swaps”',
      '{who} replied to your post about spare courgette seedlings. See the thread on {brand} Community.',
    ],
  ],
  'auto-reply': [
    [
      'Automatic reply: {topic}',
      'Thank you for your email. I am away from the office until {date} with limited access to email. For urgent matters please call reception.',
    ],
    [
      'Out of office: {topic}',
      'Hi, I’m on annual leave and back on {date}. Your message has not been forwarded.',
    ],
    [
      'Auto-reply: {topic}',
      'Thanks for getting in touch. I work Tuesday to Thursday and will reply when I’m next in.',
    ],
  ],
  'own-code': [
    [
      '{code} is your {brand} verification code',
      'Enter this code to finish signing in. It expires in 10 minutes. We will never ask you for this code.',
    ],
    [
      'Reset your {brand} password',
      'You asked to reset your password. Use this link within an hour: https://{brand}.example/reset',
    ],
    [
      'Your login code',
      '{brand}: your one-time code is {code}. Didn’t request it? Ignore this email.',
    ],
  ],
  'ticket-reply': [
    [
      'Re: [Ticket #{ref}] {topic}',
      'Hi {name}, thanks for your patience. We have credited the missing amount; it should appear within 3 working days. Kind regards, Priya, {brand} Support',
    ],
    [
      '[#{ref}] Update on your request',
      'Your request "{topic}" has been updated. Tom from {brand} wrote: the replacement part ships tomorrow.',
    ],
    [
      'Your ticket {ref} has been solved',
      'We marked "{topic}" as solved. Reply to this email if anything is still wrong.',
    ],
  ],
  'shared-doc': [
    [
      '{who} shared a folder with you',
      '{who} invited you to edit "Trip photos {date}" on {brand} Drive. Open folder.',
    ],
    [
      'Updated invitation: Planning call moved to {time}',
      'This event has been changed. When: {date} {time}. Calendar: {name}. Going? Yes / No / Maybe',
    ],
    ['Document shared: budget.xlsx', '{who} added you as a viewer. Preview the file in {brand}.'],
  ],
  appointment: [
    [
      'Reminder: dentist {date} at {time}',
      'Hello {name}, this is a reminder of your check-up at {brand} Dental on {date} at {time}. Reply C to cancel.',
    ],
    [
      'Your table is booked',
      '{brand} Bistro: table for 4 on {date} at {time}. We hold tables for 15 minutes.',
    ],
    [
      'See you tomorrow',
      'Your {brand} haircut is tomorrow at {time}. Need to move it? Use the link in your booking.',
    ],
  ],
  notice: [
    [
      'Parents’ evening on {date}',
      'Dear parents, parents’ evening for Year 5 is on {date} from 4 pm. Please book a slot at the office. {brand} Primary School',
    ],
    [
      'Change to tip opening hours',
      'From {date} the recycling centre on {place} Road opens 9-4 on weekdays. {brand} Council',
    ],
    [
      'Boiler service visit',
      'Dear tenant, the engineer will visit flats 1-12 on {date} between 8 and 12. {brand} Lettings',
    ],
  ],
  'app-notice': [
    [
      'Your year in review 🎉',
      'You listened for 14,202 minutes with {brand} this year. See your top artists.',
    ],
    [
      'We’re updating our terms',
      'On {date} our terms of service change. Nothing you need to do. {brand}',
    ],
    [
      'Your storage is almost full',
      'You have used 96% of your {brand} storage. Free up space or upgrade your plan.',
    ],
  ],
  people: [
    ['RE: {topic}', 'Sounds good, see you Saturday. I’ll bring the folding chairs. {who}'],
    [
      'Season’s greetings',
      'Dear {name}, wishing you and the family a peaceful season. Much love, {who}',
    ],
    [
      'Fwd: {topic}',
      'Thought you’d like this one. ---------- Forwarded message --------- From {who}',
    ],
  ],
  receipt: [
    [
      'Your receipt from {brand} #{ref}',
      'Thanks for your payment of £{amount} on {date}. Card ending 4417.',
    ],
    ['Payment received', '{who} sent you £{amount}. It’s now in your {brand} balance.'],
    ['Payout on its way', 'Your {brand} payout of £{amount} will reach your bank by {date}.'],
  ],
  'bank-alert': [
    [
      'Card payment of £{amount}',
      '{brand} Bank: your debit card ending 7702 was used for £{amount} at {place}. Not you? Call us.',
    ],
    [
      'New sign-in to your account',
      'We noticed a sign-in from a new device (iPhone, {place}) on {date}. If this was you, no action needed.',
    ],
    [
      'Your password was changed',
      'The password for your {brand} account was changed on {date} at {time}. If you didn’t do this, secure your account.',
    ],
  ],
  order: [
    [
      'Order confirmed #{ref}',
      'Thanks {name}! We’re preparing your order: 2 items, total £{amount}. Estimated delivery {date}.',
    ],
    [
      'Your parcel is out for delivery',
      '{brand}: your parcel {ref} arrives today between {time} and 18:00.',
    ],
    [
      'Ready for pickup',
      'Your order {ref} is waiting at the {brand} locker on {place}. Pickup code {code}.',
    ],
  ],
  travel: [
    [
      'Check-in is now open',
      'Flight {brand} {n} to Lisbon on {date}. Check in now and choose your seat.',
    ],
    ['Your boarding pass', 'Boarding pass attached: seat 14C, gate closes at {time}.'],
    [
      'Gate change: now B{n}',
      'Your flight to Porto now departs from gate B{n}. Departure {time} as planned.',
    ],
  ],
}
