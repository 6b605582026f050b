// English look-alike texts, written for this set.
import type { LangTexts } from './types.ts'

export const EN: LangTexts = {
  sent: [
    'Quote for the kitchen job',
    'Broken hinge on my order',
    'Invoice question March',
    'Meeting next week?',
  ],
  texts: {
    newsletter: [
      [
        'Last chance: 30% off ends tonight',
        'Hi {name}, our autumn sale closes at midnight. Shop now at {link}. Manage preferences or unsubscribe: {link}/prefs',
      ],
      [
        '{brand} Weekly: five reads for your Sunday',
        'This week: slow travel, cheap lunches, and a new podcast. Unsubscribe anytime: {link}/unsub',
      ],
      [
        'New arrivals you might like',
        'Fresh picks from {brand}, chosen for you. Not interested? Update your email preferences at {link}/prefs',
      ],
    ],
    social: [
      [
        '{colleague} started following you',
        '{colleague} is now following you on {brand}. See their profile: {link}',
      ],
      [
        'You were mentioned in a comment',
        '{colleague} mentioned you: "@{name} great photo from the hike!" Reply on {brand}: {link}',
      ],
      [
        'Invitation: Neighbourhood clean-up on Saturday',
        '{colleague} invited you to an event on {brand}. Going? {link}',
      ],
    ],
    autoreply: [
      [
        'Automatic reply: {sent}',
        'Thank you for your email. I am out of the office until Monday with limited access to mail. For urgent matters call the front desk.',
      ],
      [
        'Out of office Re: {sent}',
        'I am on annual leave and will reply when I return on the {when}. Regards',
      ],
      [
        'Auto-reply: {sent}',
        'Thanks for your message. Our office is closed for the holiday; we will answer in order of arrival.',
      ],
    ],
    code: [
      [
        '{code} is your {brand} sign-in code',
        'Someone (hopefully you) asked to sign in from Firefox on Windows. Your code is {code}. It expires in 10 minutes.',
      ],
      [
        'Your {brand} sign-in link',
        'Click to sign in: {link}. Requested from Safari on iPhone. The link expires in 15 minutes.',
      ],
      [
        'Reset your {brand} password',
        'You asked to reset your password from Chrome on macOS. Choose a new one: {link} (valid 1 hour).',
      ],
    ],
    'ticket-reply': [
      [
        'Re: [#{n}] {sent}',
        'Hi {name}, thanks for your patience. We have shipped a replacement part; it should arrive within 3 days. Ticket #{n}',
      ],
      [
        '[Ticket {n}] {sent} – reply from support',
        'Hello {name}, I checked your account and refunded the duplicate charge. Anything else? Regards, Priya at {brand}',
      ],
      [
        'Re: {sent} (case {n})',
        'Hi again {name}, our engineer can come on Thursday morning. Does that work? Case {n}',
      ],
    ],
    shared: [
      [
        '{colleague} shared "Budget 2027" with you',
        '{colleague} has invited you to edit a spreadsheet. Open: {link}',
      ],
      [
        'Invitation: Project sync @ {when}',
        '{colleague} invited you. Accept, decline or propose a new time: {link}',
      ],
      [
        'Updated event: Dentist moved to {when}',
        'This event has been changed. View it in your calendar: {link}',
      ],
    ],
    appointment: [
      [
        'Reminder: your appointment on {when}',
        'Dear {name}, a reminder of your check-up at Riverside Dental on {when}. To rebook call 020 7946 0138.',
      ],
      ['Your table for 4 is booked', 'See you {when} at Olive & Thyme. Need to change it? {link}'],
      [
        'MOT due: book your slot',
        'Hi {name}, your car is due for its MOT. We have slots on {when}. Reply to book.',
      ],
    ],
    notice: [
      [
        'Parents evening – {when}',
        'Dear parents, parents evening for Year 6 takes place on {when}. Please book a slot via the school app.',
      ],
      [
        'Water off on Thursday morning',
        'Dear residents, the water will be off from 9 to 12 for boiler work. Sorry for the trouble – your landlord',
      ],
      [
        'Club news: new training times',
        'Hi all, from next week under-12 training moves to Wednesday 6pm. See you there, Coach Dan',
      ],
    ],
    app: [
      [
        'We’re updating our Terms of Service',
        'We are making changes to our terms effective {when}. Read what changes: {link}',
      ],
      [
        'Your storage is almost full',
        'You have used 95% of your {brand} storage. Free up space or upgrade: {link}',
      ],
      [
        'Your plan renews in 7 days',
        'Your {brand} Plus plan renews on {when} for £4.99. Manage your plan: {link}',
      ],
    ],
    person: [
      ['Re: Sunday lunch', 'Sounds lovely, we will bring dessert. See you at 1! x'],
      [
        'photos from the wedding',
        'Hi {name}, finally sorted the pictures, here is the album: {link}. Love, Auntie Meg',
      ],
      [
        'Re: slides for Tuesday',
        'Thanks, I added two charts to the end. Can you check the numbers on slide 9? {colleague}',
      ],
    ],
    receipt: [
      [
        'Your receipt from {brand}',
        'Thanks for your payment of £23.40 on {when}. Receipt #{n}. Payment method: Visa •••• 4412',
      ],
      [
        'You sent £50.00 to {colleague}',
        'Your payment to {colleague} is complete. Reference: dinner. Transaction ID {n}',
      ],
      [
        'Payment received – invoice {n}',
        'We have received your payment of £120.00 for invoice {n}. Thank you.',
      ],
    ],
    bank: [
      [
        'New sign-in to your {brand} account',
        'We noticed a new sign-in from Chrome on Windows near Leeds. If this was you, no action is needed. Otherwise secure your account: {link}',
      ],
      [
        'Card payment of £312.99 at ELECTRO WORLD',
        'Your card ending 4412 was used for £312.99. Not you? Call the number on the back of your card.',
      ],
      [
        'Your two-step verification was turned on',
        'Two-step verification is now on for your {brand} account. If you did not do this, contact us.',
      ],
    ],
    order: [
      [
        'Your order {n} has shipped',
        'Good news {name}! Your parcel is on its way. Track it: {link}',
      ],
      [
        'Out for delivery today',
        'Your {brand} parcel will arrive between 10:00 and 12:00. Driver: Sam',
      ],
      [
        'Ready for collection',
        'Your order {n} is ready at the locker on High Street. Pickup code {code}, valid 3 days.',
      ],
    ],
    travel: [
      [
        'Check-in is open for your flight to Lisbon',
        'Hi {name}, check in now for flight {brand} 218 on {when} and get your boarding pass: {link}',
      ],
      [
        'Your boarding pass – seat 14C',
        'Attached is your boarding pass for {when}. Gate closes 30 minutes before departure.',
      ],
      [
        'Gate change: now departing from B31',
        'Your flight on {when} now leaves from gate B31. Booking {code}.',
      ],
    ],
  },
}
