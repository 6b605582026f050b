// English burst texts, written for this set.
import type { BurstTexts } from './types.ts'

export const BURST_EN: BurstTexts = {
  couponConfirm:
    'Confirm your subscription to get your {pct} % code\nHi there,\n\nOne click and your welcome code is yours. Please confirm your email address: {link}\n\nThe code works on your first order, Black Friday deals included.\n\n{shop}',
  couponCode:
    'Here is your code: {code} 🎉\nWelcome to {shop}!\n\nYour {pct} % code: {code}\nValid until {date} on your first order.\n\nStart shopping: {link}',
  welcome: [
    'Welcome to the {shop} family\nHi {first},\n\nThanks for joining! Here is what to expect: early access to sales, new collections and gift ideas – about once a week.\n\nOur bestsellers: {link}\n\nUnsubscribe at any time.',
    'Our bestsellers, picked for you\n{shop}\n\nStill looking for gift ideas, {first}? These are the pieces our customers love most this season. Remember your welcome code {code}.\n\nDiscover: {link}\n\nUnsubscribe | Preferences',
  ],
  account: [
    'Activate your account\nHi {first},\n\nThanks for your order at {shop}. We have created a customer account for you so you can follow your order. Activate it here: {link}',
    'Set your password for {shop}\nHello,\n\nAn account was created for {email} during checkout. Set a password to track orders and save addresses: {link}\n\nThe link is valid for 7 days.',
    'Verify your email\nPlease verify your email address for your new {shop} account: {link}\n\nIf you did not create an account, ignore this message.',
  ],
  payment:
    'Payment receipt for order {order}\n{shop}\n\nAmount paid: £{amount}\nPayment method: Visa •••• {last4}\nDate: {today}\n\nKeep this receipt for your records. Questions? Reply to this email.',
  review:
    'How did we do, {first}? Review your order {order}\nHi {first},\n\nYour order from {shop} arrived a few days ago. Would you take a minute to rate it? Your review helps other shoppers.\n\n★★★★★ Write a review: {link}',
  supportAck: [
    '[{shop}] Request received: {subject}\nHi {first},\n\nThanks for contacting {shop} customer service. Your request has been received and our team will reply within 24 hours. Your ticket number is {ticket}.\n\nKind regards,\n{shop}',
    'Re: {subject} [#{ticket}]\nHello,\n\nWe got your message and opened ticket #{ticket}. During the Black Friday period we answer within two working days.\n\n— {shop} Support',
  ],
  eventConfirm:
    'Confirm your registration for {event}\nHi {first},\n\nThanks for signing up for {event} on {date}. Please confirm your registration so we can keep your place: {link}\n\nSee you there!\n{shop}',
  tickets:
    'Your tickets for {event}\nOrder {order}\n\nHi {first}, thank you for your purchase!\n2 x Standard admission – £{amount}\n{venue}, {date}, doors 19:00\n\nYour tickets are attached as a PDF and in the app: {link}',
  invite:
    'Invitation: {event} @ {date} 10:00 - 11:30 (GMT)\n{shop} has invited you to this event.\n\nWhen: {date} 10:00 – 11:30\nJoining link: {link}\n\nGoing? Yes · No · Maybe\n\nYou are receiving this invitation because you registered for the event.',
  reminder:
    'Reminder: {event} starts tomorrow\nHi {first},\n\nJust a reminder that {event} starts tomorrow at 10:00. Your personal link: {link}\n\nAdd it to your calendar so you do not miss it.\n\n{shop}',
  travelVerify:
    'Please verify your email address\nWelcome to {shop}, {first}!\n\nConfirm your email to finish setting up your account and to receive booking updates: {link}',
  booking: {
    flight:
      'Booking confirmation – your flight to {city} ({ref})\nDear {name},\n\nThank you for booking with {shop}. Booking reference: {ref}\nOutbound: {date}, departs 07:45\nPassengers: 1 adult\nTotal paid: £{amount}\n\nManage your booking and check in online 24 hours before departure: {link}',
    hotel:
      'Your stay at {shop} {city} is confirmed\nHi {first},\n\nConfirmation number: {ref}\nCheck-in: {date} from 15:00\n2 nights, 1 double room, breakfast included\nTotal: £{amount}\n\nView or change your reservation: {link}',
    car: '{shop} reservation {ref}: your car in {city}\nHello {first},\n\nYour rental car is reserved.\nPick-up: {city} station, {date} 10:00\nCar group: compact or similar\nPrepaid: £{amount}\n\nBring your driving licence and a credit card in your name. Manage: {link}',
    rail: 'Your e-tickets: {city} – {date}\n{shop}\n\nHi {first}, here are your tickets. Booking reference {ref}.\nCoach 6, seat 45\nTotal: £{amount}\n\nShow the QR code on your phone or print it: {link}',
  },
  travelPayment:
    'Payment received – booking {ref}\nWe have received your payment of £{amount} by Visa ending {last4} for booking {ref}. Your receipt is attached.\n\n{shop}',
  events: [
    'Winter Charity 10K',
    'Retail Tech Summit 2026 (online)',
    'Christmas Choir Concert',
    'Black Friday Marketing Webinar',
  ],
  cities: ['Edinburgh', 'Lisbon', 'Vienna', 'Copenhagen'],
  venues: ['Town Hall', 'Victoria Theatre', 'Riverside Arena'],
}
