// English look-alike texts, written for this set.
import { t, type LangLook } from './types.ts'

export const EN: LangLook = {
  texts: {
    newsletter: [
      t(
        'Last chance: 30% off ends tonight',
        'Our autumn sale closes at midnight, {name}. Knitwear, boots and the coats you looked at.\nShop now: {link}\nUnsubscribe or update preferences: {link}',
      ),
      t(
        'The {brand} Digest — week 45',
        'Five reads we liked this week, a recipe for pumpkin dal and a reader letter. Change how often you hear from us: {link}',
      ),
      t(
        'New in: winter running gear',
        'Fresh arrivals for dark mornings. Members get free returns until December. You are subscribed as a member since 2021. Unsubscribe: {link}',
      ),
    ],
    social: [
      t(
        '{who} started following you',
        '{who} is now following you on {brand}. See their profile: {link}',
      ),
      t(
        '{who} mentioned you in a comment',
        '"@{name} you should see this!" — reply on {brand}: {link}',
      ),
      t(
        'You are invited: Sunday photo walk',
        '{who} invited you to an event in the {brand} group "Riverside Photographers". Going? {link}',
      ),
    ],
    ooo: [
      t(
        'Automatic reply: {subj}',
        'Thank you for your email. I am out of the office until {date} with limited access to email. For urgent matters please contact the front desk.',
      ),
      t(
        'Out of office Re: {subj}',
        'Hi, I am on parental leave until {date}. Your message will not be forwarded; please write to my colleague {who}.',
      ),
      t(
        'Auto: {subj}',
        'I am travelling this week and will reply when I am back. Thanks for your patience.',
      ),
    ],
    'own-code': [
      t(
        '{code} is your {brand} sign-in code',
        'You asked to sign in from Firefox on Windows. Enter {code} to continue. The code expires in 10 minutes. If this was not you, change your password.',
      ),
      t(
        'Your sign-in link',
        'Click to sign in to {brand}: {link}\nRequested from Safari on iPhone at {time}. The link works once and expires in 15 minutes.',
      ),
      t(
        'Reset your {brand} password',
        'We got a request to reset your password from a Chrome browser on macOS. Use this link within 1 hour: {link}',
      ),
    ],
    'ticket-reply': [
      t(
        '[Ticket #{num}] Re: {subj}',
        'Hello {name}, thanks for your patience. Regarding ticket #{num}: we have refunded the delivery charge, it should show in 3–5 days. Reply if anything is unclear. — {who}, {brand} Support',
      ),
      t(
        'Re: {subj} [#{num}]',
        'Hi {name}, I checked with the warehouse about case #{num}: the replacement part left today. Best, {who}',
      ),
      t(
        'Update on your request #{num}',
        'Your request #{num} ("{subj}") has a new reply from our team: the account is unlocked now. View the conversation: {link}',
      ),
    ],
    'shared-doc': [
      t(
        '{who} shared "Budget 2027.xlsx" with you',
        '{who} has invited you to edit a spreadsheet. Open: {link}',
      ),
      t(
        'Invitation: Project sync @ {date} {time}',
        '{who} has invited you to Project sync. Join with video call. Yes / Maybe / No — {link}',
      ),
      t(
        'Updated invitation: Dentist run moved to {time}',
        'This event has been changed. {who} moved it to {date} {time}.',
      ),
    ],
    appointment: [
      t(
        'Reminder: your appointment on {date}',
        'Dear {name}, this is a reminder of your appointment at Greenfield Dental on {date} at {time}. To rearrange call 0113 496 0000.',
      ),
      t(
        'Your MOT is booked',
        '{brand} Garage: your car is booked in for {date} at {time}. Please drop the keys at reception.',
      ),
      t(
        'Table for 4 tomorrow at {time}',
        'See you tomorrow at {brand} Kitchen! Need to change your booking? {link}',
      ),
    ],
    notice: [
      t(
        'Year 5 trip: consent form due Friday',
        'Dear parents, please return the consent form for the museum trip by Friday. Packed lunch required.',
      ),
      t(
        'Bin collection changes over the holidays',
        'From {date} your recycling will be collected on Saturdays. See the council calendar: {link}',
      ),
      t(
        'Water shut-off in the building',
        'Hello residents, the water will be off on {date} from 9 to 12 for repairs. Thanks, your landlord.',
      ),
    ],
    'app-notice': [
      t(
        'We are updating our Terms of Service',
        'On {date} our updated terms take effect. Nothing changes for you unless you use shared workspaces. Read more: {link}',
      ),
      t(
        'Your storage is almost full',
        'You have used 96% of your {brand} storage. Free up space or upgrade: {link}',
      ),
      t(
        'Your plan renews on {date}',
        'Your {brand} Plus plan renews on {date} for {amount}. Manage your subscription: {link}',
      ),
    ],
    person: [
      t('Re: Saturday?', 'Sounds good! Bring the big umbrella though, rain is forecast. x {who}'),
      t(
        'photos from the wedding',
        'Hi {name}, finally sorted the photos, the link is in the shared album. Love, {who}',
      ),
      t(
        'Re: the Henderson report',
        'Thanks, I added two comments on page 4. Can we talk before the call? {who}',
      ),
    ],
    receipt: [
      t(
        'Your receipt from {brand} #{num}',
        'Amount paid: {amount}\nDate paid: {date}\nPayment method: Visa •••• 4412\nQuestions? Contact us at {link}',
      ),
      t(
        'You sent {amount} to {who}',
        'Payment sent. Reference: rent November. Transaction ID {num}.',
      ),
      t('Payment received', '{who} sent you {amount}. It is now in your balance.'),
    ],
    bank: [
      t(
        'New sign-in to your {brand} account',
        'A new device signed in on {date} at {time} (Android, Manchester). If this was you, no action needed. If not, secure your account: {link}',
      ),
      t(
        'Card transaction of {amount}',
        'Your card ending 4412 was used for {amount} at HARBOUR FUEL on {date}. Not you? Call us now.',
      ),
      t(
        'Your two-step verification was turned on',
        'Two-step verification is now on for your {brand} account. If you did not do this, contact us.',
      ),
    ],
    order: [
      t(
        'Order confirmed #{num}',
        'Thanks {name}! We are getting your order ready. Total {amount}. Track it: {link}',
      ),
      t(
        'Your parcel is out for delivery',
        'Your {brand} parcel {num} arrives today between {time} and 18:00.',
      ),
      t(
        'Ready for pickup',
        'Your order {num} is waiting at the {place} locker. Pickup code {code}.',
      ),
    ],
    travel: [
      t(
        'Check-in is open for your flight to Lisbon',
        'Booking ref {num}. Check in now and get your boarding pass: {link}',
      ),
      t(
        'Your boarding pass',
        'Gate closes 20 minutes before departure. Seat 14C. Boarding pass attached.',
      ),
      t('Gate change: now B12', 'Your flight departing {time} now leaves from gate B12.'),
    ],
  },
  sent: [
    'Quote for the kitchen worktop',
    'Question about invoice 3381',
    'Missing item in my order',
    'Thursday meeting notes',
  ],
  sentBody: 'Hello, could you please look into this for me? Thanks, {name}',
}
