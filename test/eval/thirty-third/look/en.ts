// English look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const EN: LookTexts = {
  newsletter: [
    'Autumn edit: 20% off knitwear 🍂 || {brand} weekly. New season picks, free returns until {date}. Unsubscribe or manage preferences at the bottom.',
    'The {brand} Sunday read || Five long reads for a slow morning, plus a recipe from our test kitchen. You subscribed in 2023. Update preferences.',
    'Last call || Our members’ sale ends tonight at midnight. Your member number {n} is already applied at checkout. — {brand}',
  ],
  social: [
    '{from} commented on your photo || "Looks amazing!" — reply on {brand} or mute notifications in settings.',
    'You have 3 new followers || {from} and 2 others started following you on {brand}.',
    'New in your group: Allotment swap {city} || {from} posted: "Anyone want courgette seedlings?" See the post on {brand}.',
  ],
  ooo: [
    'Automatic reply: {orig} || Thank you for your email. I am out of the office until {date} with no access to email. For urgent matters contact office@{brand}.example.',
    'Out of office Re: {orig} || Hi, I’m away on parental leave until {date}. Your message will not be forwarded.',
    'Away: {orig} || I’m travelling this week and will reply when I’m back. Thanks for your patience!',
  ],
  code: [
    'Your {brand} verification code || Your code is {code}. It expires in 10 minutes. You asked for this when signing in on a new browser.',
    '{code} is your {brand} code || Use it to finish changing your email address.',
    'Reset your {brand} password || You asked to reset your password a moment ago. Use this link within 30 minutes.',
  ],
  ticket: [
    'Re: [#{ref}] {orig} || Hi {first}, thanks for your patience. We’ve checked ticket #{ref}: the replacement part ships tomorrow. — Priya, {brand} support',
    '[{brand}] Update on request {ref} || Your request {ref} "{orig}" has been solved. Reply to reopen within 7 days.',
    'Your case {ref}: we need one more detail || Could you send the serial number from the back of the device? Quoting your case {ref}.',
  ],
  shared: [
    '{from} shared a folder with you || "Trip photos {city}" — 48 items. Open in {brand} Drive.',
    'Updated invitation: Team sync moved to {time} || {from} changed the time of this event on {date}. Yes / Maybe / No',
    '{from} invited you to edit "Budget 2027" || Open the spreadsheet in {brand}.',
  ],
  booking: [
    'Reminder: your appointment on {date} at {time} || Dr Hale, {brand} Dental, {city}. Reply C to cancel.',
    'Your table for 2 is booked || {brand}, {date} at {time}. We hold tables for 15 minutes.',
    'MOT due soon || Your car is due an MOT by {date}. Book a slot at {brand} Garage.',
  ],
  notice: [
    'Parents’ evening — Thursday {date} || Dear parents, slots for Year 5 are open. Book via the {brand} school app.',
    'Bin collection changes over half-term || {brand} Council: collections move one day later this week.',
    'Building notice: water off on {date} || The landlord will shut off water 9:00–12:00 for repairs. {brand} Lettings',
  ],
  app: [
    'Your year on {brand} 🎉 || You listened to 1,204 hours this year. See your review.',
    'We’re updating our Terms || From {date} new terms apply to your {brand} account. No action needed.',
    'Your storage is 95% full || Upgrade your {brand} plan or free up space to keep syncing.',
  ],
  person: [
    'Re: {orig} || Sounds good, see you Saturday! Bring the big dish. x {from}',
    'Fwd: {orig} || Forwarding this from Dad — can you have a look? {from}',
    'Season’s greetings || Hope you’re all well! Love from {from} and family 🎄',
  ],
  receipt: [
    'Your receipt from {brand} || {amount} paid by card ending 4417 on {date}. Receipt #{ref}.',
    'You sent {amount} to {from} || Payment completed. Reference {ref}. {brand}',
    'Payout on its way || {amount} will reach your bank account within 2 days. {brand}',
  ],
  bank: [
    'Card payment of {amount} at {brand} || If you don’t recognise this, freeze your card in the app.',
    'New sign-in to your {brand} account || A new device signed in near {city} at {time}. Not you? Secure your account.',
    'Your password was changed || The password of your {brand} online banking was changed on {date}.',
  ],
  order: [
    'Your order #{ref} has shipped || Arriving {date}. Track your parcel with {brand}.',
    'Parcel ready for pickup || Collect it at the {brand} locker in {city} with code {code}.',
    'We’ve received your order || Order #{ref}, total {amount}. We’ll email you when it ships.',
  ],
  travel: [
    'Check-in is open for {city} || Flight {ref} on {date}. Check in now and get your boarding pass. {brand}',
    'Your boarding pass || Gate closes 20 minutes before departure. Seat 14C. {brand}',
    'Gate change: flight {ref} || New gate B12. Boarding at {time}. {brand}',
  ],
}
