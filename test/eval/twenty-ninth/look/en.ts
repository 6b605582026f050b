// English everyday mail, written for this set.
import type { LangTexts } from './types.ts'

export const EN: LangTexts = {
  newsletter: [
    [
      'Last chance: 30% off ends tonight',
      'Hi {n}, our autumn sale closes at midnight. Shop now: {link}\n\nUnsubscribe or manage preferences: {link}',
    ],
    [
      '{b} Weekly: five reads for your Sunday',
      'This week: sourdough science, a tiny house tour and more. You get this because you subscribed in 2021. Unsubscribe: {link}',
    ],
    [
      'New arrivals you might like',
      'Fresh in store at {b}. Update your email preferences any time: {link}',
    ],
  ],
  social: [
    ['{who} started following you', '{who} is now following you on {b}. See their profile: {link}'],
    ['{who} mentioned you in a comment', '"@{n} you have to see this" - reply on {b}: {link}'],
    [
      'You’re invited: Board games night, Friday',
      '{who} invited you to an event on {b}. Going? {link}',
    ],
  ],
  'auto-reply': [
    [
      'Automatic reply: {subj}',
      'Thanks for your email. I am out of the office until {date} with limited access to email. For urgent matters, contact the front desk.',
    ],
    [
      'Out of office Re: {subj}',
      'Hi, I’m on parental leave and back on {date}. Your message has not been forwarded.',
    ],
    [
      'Auto: {subj}',
      'I’m travelling this week and will reply when I’m back. Thanks for your patience.',
    ],
  ],
  'own-code': [
    [
      '{code} is your {b} verification code',
      'You asked to sign in from Firefox on Windows. Enter {code} to continue. It expires in 10 minutes. If this wasn’t you, ignore this email.',
    ],
    [
      'Your sign-in link',
      'Hi {n}, here is the magic link you requested from Safari on iPhone: {link}\nIt works once and expires in 15 minutes.',
    ],
    [
      'Reset your {b} password',
      'We received a request from Chrome on macOS to reset your password. Set a new one within 1 hour: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ref}] Re: {subj}',
      'Hi {n},\n\nthanks for your patience. About ticket #{ref}: we have refunded the duplicate charge.\n\n> {subj}\n\nKind regards, Jo from {b}',
    ],
    [
      'Update on your ticket {ref}',
      'Hello {n}, our engineer looked at case {ref} ("{subj}") and a replacement part ships Monday.',
    ],
    [
      'Re: {subj} [Ticket {ref}]',
      'Hi {n}, following up on ticket {ref}: could you send us a photo of the serial number?',
    ],
  ],
  shared: [
    [
      '{who} shared "Q4 budget draft" with you',
      '{who} shared a spreadsheet with you on {b}. Open: {link}',
    ],
    [
      'Invitation: Project sync @ {date} {time}',
      '{who} has invited you to this event. Join with {b} Meet: {link}\nYes / Maybe / No',
    ],
    ['Updated event: Dentist moved to {time}', 'The event on {date} was moved by {who}.'],
  ],
  appointment: [
    [
      'Reminder: appointment with Dr Okafor on {date}',
      'Your appointment at {b} Surgery is on {date} at {time}. Reply C to cancel.',
    ],
    [
      'Your MOT booking at {b} Garage',
      'See you on {date} at {time}. Please bring the car keys and logbook.',
    ],
    [
      'Table for 4 confirmed - {b}',
      'Your booking on {date} at {time} is confirmed. Need to change it? {link}',
    ],
  ],
  notice: [
    [
      'School closure on {date}',
      'Dear parents, the school will be closed on {date} for staff training. Kind regards, {b} Primary',
    ],
    ['Bin collection changes', 'From {date} your recycling is collected on Thursdays. {b} Council'],
    [
      'Boiler service visit',
      'Dear tenant, an engineer will visit flat 4 on {date} between 8 and 12. {b} Lettings',
    ],
  ],
  'app-notice': [
    [
      'We’re updating our terms',
      'On {date} new terms of service apply to your {b} account. Read them: {link}',
    ],
    ['Your storage is 95% full', 'Your {b} plan has 0.3 GB left. Upgrade or free up space: {link}'],
    ['Your plan renews on {date}', 'Your {b} Plus plan renews on {date} for {amt}. Manage: {link}'],
  ],
  people: [
    ['Re: Saturday?', 'Sounds good! I’ll bring the cake. x {who}'],
    ['photos from the wedding', 'Hi {n}, finally sorted the pictures, link here: {link} - {who}'],
    ['Re: slides for Thursday', 'Thanks, looks great. Moved slide 4 to the end. {who}'],
  ],
  receipt: [
    ['Your receipt from {b} #{ref}', 'Paid {amt} with Visa ending 4821 on {date}. Thank you.'],
    [
      'Refund processed: {amt}',
      'We have refunded {amt} to your card for order {ref}. Allow 3-5 days.',
    ],
    ['Payslip for November available', 'Your salary of {amt} has been paid. View payslip: {link}'],
    ['Rent received - thank you', 'We have received your rent of {amt} for December. {b} Lettings'],
    [
      'Your home insurance renewal notice',
      'Your policy {ref} renews on {date} at {amt} a year. Review your cover: {link}',
    ],
  ],
  bank: [
    [
      'New sign-in to your {b} account',
      'We noticed a new sign-in from Edge on Windows, Leeds, on {date}. Not you? Secure your account: {link}',
    ],
    [
      'Card payment of {amt} declined',
      'A payment at ONLINE STORE was declined on your card ending 0937.',
    ],
    ['Direct debit notice', 'On {date}, {amt} will be collected by {b} Energy (ref {ref}).'],
    [
      'Your November statement is ready',
      'Your {b} current account statement is available in the app.',
    ],
  ],
  order: [
    ['Your order {ref} has shipped', 'Good news {n}! Track your parcel: {link}'],
    ['Out for delivery today', 'Your {b} parcel {ref} arrives between {time} and 18:00.'],
    ['Ready for pickup at locker 12', 'Your parcel is waiting. Pickup code {code}, valid 72 h.'],
  ],
  travel: [
    [
      'Check-in is open for your flight to Lisbon',
      'Booking {ref}: check in now and get your boarding pass: {link}',
    ],
    [
      'Gate change: BA 2714 now departs from gate 31',
      'Your flight on {date} departs from gate 31 at {time}.',
    ],
    [
      'Your tickets for Arctic Lanterns live',
      'Order {ref}: 2 standing tickets, {date}. Show the QR at the door.',
    ],
  ],
  care: [
    [
      'Your prescription is ready',
      'Your repeat prescription is ready for collection at {b} Pharmacy.',
    ],
    [
      'Your test results are available',
      'Log in to the {b} patient portal to see the results from {date}.',
    ],
    ['Vaccination reminder', 'Your flu jab is due. Book at {b} Health: {link}'],
  ],
}
