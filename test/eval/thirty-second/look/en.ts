// English look-alike texts (written for this set).
import type { LookTexts } from './types.ts'

export const EN: LookTexts = {
  newsletter: [
    [
      'Black Friday starts NOW 🖤',
      'Up to 60 % off everything at {brand} until Monday midnight. You get this because you joined our list in 2021. Unsubscribe or manage preferences at the bottom.',
    ],
    [
      'Gifts under £25',
      'Stocking fillers, wrapped and ready. Order by {day} for delivery before Christmas. Unsubscribe | Preferences',
    ],
    [
      'Cyber Monday: 48 hours only',
      'View in browser | {brand} | Our biggest sale of the year ends tonight. Free returns until 31 January. Update your email preferences.',
    ],
  ],
  social: [
    [
      '{friend} mentioned you in a comment',
      '"Save me a seat at the carol concert!" Reply on {brand} or turn off these notifications.',
    ],
    [
      'You have 3 new followers',
      'See who is new on {brand} this week. Manage notifications in settings.',
    ],
    [
      'New reply in Winter Walks',
      '[{brand} logo] {friend} replied to your post "Best frosty trails near town". Read the thread.',
    ],
  ],
  autoreply: [
    [
      'Automatic reply: {subj}',
      'Thanks for your message. I am away for the holidays until {day} with no access to email. For urgent matters contact the office.',
    ],
    [
      'Out of office: {subj}',
      'Hi, I am on leave until {day}. Your mail will not be forwarded. Happy holidays!',
    ],
    [
      'Auto: {subj}',
      'This is an automatic reply. Our office is closed from 24 December to 2 January. We will answer after we reopen.',
    ],
  ],
  code: [
    [
      '{code} is your verification code',
      'You asked to sign in from Chrome on Windows. Enter {code} within 10 minutes. If this was not you, change your password.',
    ],
    [
      'Your sign-in link',
      'Tap to sign in to {brand} on your iPhone. The link expires in 15 minutes and works once. Requested at {day}.',
    ],
    [
      'Reset your {brand} password',
      'We received a password reset request from Firefox on macOS. This link is valid for 30 minutes: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ticket}] Re: {subj}',
      'Hello {first}, thanks for your patience on ticket #{ticket}. We have issued a replacement, it ships tomorrow. Just reply to this email if you need anything else.',
    ],
    [
      'Update on your case #{ticket}',
      'Hi {first}, our team looked into "{subj}". The refund of {amount} is approved and will appear in 3-5 days.',
    ],
    [
      'Re: {subj} [Case {ticket}]',
      'Customer Care | {brand} | Your request {ticket} has been answered: we found the parcel at the depot and rebooked delivery for {day}.',
    ],
  ],
  shared: [
    [
      '{friend} shared "Xmas gift list 2026" with you',
      'You can now edit this document. Open it in {brand} Docs.',
    ],
    [
      'Invitation: Office holiday party @ Fri {day} 7pm',
      'Organiser: {friend}. Going? Yes - Maybe - No. View your calendar.',
    ],
    [
      'Secret Santa draw',
      '[Image: gift boxes] {friend} added you to the Secret Santa board on {brand}. Budget: £20.',
    ],
  ],
  appointment: [
    [
      'Reminder: appointment tomorrow at 10:30',
      'Your appointment at {brand} Dental is on {day} at 10:30. Reply C to confirm or call us to reschedule.',
    ],
    [
      'Your table for 6 is booked',
      'See you on {day} at 8 pm at {brand} Kitchen. Festive menu attached.',
    ],
    [
      'See you soon',
      'Preheader: your haircut is coming up | {brand} Salon, {day}, 14:00 with Jo. Manage booking.',
    ],
  ],
  notice: [
    [
      'End of term: dates and holiday club',
      'Dear parents, term ends on {day} at 1.30 pm. The holiday club runs 28-30 December. - {brand} Primary',
    ],
    [
      'Christmas opening hours',
      'The club house is closed 24-26 December and 1 January. Subscriptions for 2027 are due by 15 January. {brand} Tennis Club',
    ],
    [
      'Notice of rent for 2027',
      'Home | Tenants | {brand} Lettings: from 1 February your monthly rent changes to {amount}. Bin collection moves to Saturday during the holidays.',
    ],
  ],
  app: [
    [
      'Your 2026 in review 🎉',
      'You walked 1,812 km and logged 214 workouts this year. Open {brand} to see your highlights.',
    ],
    [
      'Storage almost full',
      'You are using 96 % of your 15 GB. Upgrade your {brand} plan or free up space.',
    ],
    [
      'We are updating our terms',
      '[{brand} logo] On {day} new terms of service take effect. No action is needed.',
    ],
  ],
  people: [
    [
      "Season's greetings!",
      'Hi {first}, merry Christmas to you and the family. Are we still on for the 27th? Love, {friend}',
    ],
    ['Re: {subj}', 'Sounds great! I will bring the mulled wine. x {friend}'],
    [
      'Fwd: photos from the fair',
      'Here are the ones from Saturday, the last one is my favourite. {friend}',
    ],
  ],
  receipt: [
    [
      'Your receipt from {brand}',
      'Gift card worth {amount} - paid by Visa ending 4412. Order {n}. Thank you!',
    ],
    [
      'Thank you for your donation',
      'Your Giving Tuesday gift of {amount} to {brand} Foundation is received. Keep this receipt for your tax records. Ref {n}.',
    ],
    [
      'You sent {amount}',
      'Logo {brand} Pay | Payment to {friend} for "Secret Santa" completed on {day}. Transaction ID {n}.',
    ],
  ],
  bank: [
    [
      'New sign-in to your account',
      'We noticed a sign-in to {brand} Bank from a new device (Android, Leeds) on {day}. If this was not you, call us.',
    ],
    [
      'Card payment of {amount}',
      'Your card ending 7731 was used at an online shop for {amount}. Not you? Freeze your card in the app.',
    ],
    [
      'Your password was changed',
      '{brand} Bank | Security alert: your online banking password was changed on {day}. Contact us if you did not do this.',
    ],
  ],
  order: [
    [
      'Order confirmed #{n}',
      'Thanks {first}! We have your order and will let you know when it ships. Total {amount}.',
    ],
    [
      'Out for delivery today',
      'Your {brand} parcel arrives between 11:40 and 12:40. Track it live. Safe place: porch.',
    ],
    [
      'Ready for pickup',
      'Shop | Orders | Help - Your order {n} is ready at the {brand} locker. Pickup code {code}, valid 5 days.',
    ],
  ],
  travel: [
    [
      'Check-in is open for your flight',
      'Your flight to Lisbon on {day} is ready for online check-in. Booking ref {code}.',
    ],
    [
      'Your boarding pass',
      'Boarding pass for {first}, seat 14C, gate closes 30 minutes before departure. Have a good trip with {brand} Air.',
    ],
    [
      'Booking confirmed ✈️',
      '[{brand} Rail] Return trip for 2 on {day}, coach E, seats 41-42. Total {amount}. Manage your booking.',
    ],
  ],
}
