// English look-alike texts, written for this set (UK shops, pounds).
import type { LookTexts } from './types.ts'

export const LOOK_EN: LookTexts = {
  newsletter: [
    '⏰ Black Friday starts now: up to 50 % off at {brand}\nView in browser\n\nHi {first}, the wait is over. For 72 hours only: up to 50 % off outdoor jackets, boots and gift sets. Countdown: ends Monday at midnight.\n\nShop the sale: {link}\n\nYou are receiving this because you subscribed at {brand}. Unsubscribe | Preferences',
    'Last chance: Cyber Monday deals end tonight\n{brand} | Free delivery over £40\n\nOnly a few hours left, {first}! Our bestsellers are still {pct} % off, and your loyalty points count double until midnight.\n\nSee the deals: {link}\n\nManage your email preferences or unsubscribe here: {link}',
  ],
  marketplace: [
    'New message from {seller} about "{item}"\nHi {first},\n\n{seller} replied to your question about {item}:\n"Yes, it is still available and I can post it on Monday. Would £{price} including postage work for you?"\n\nReply in the app: {link}\n\nFor your safety, keep payments and messages on {brand}.',
    'Your item "{item}" has sold!\nGood news, {first}!\n\n{item} sold for £{price}. Please post it within 3 working days and add the tracking number.\n\nPrint the postage label: {link}\n\n{brand} Marketplace',
  ],
  'price-alert': [
    'Price drop: {item} is now £{price}\nPrice alert from {brand}\n\nThe item on your watchlist has dropped from £{old} to £{price} at 3 shops. Prices can change quickly during Black Friday week.\n\nCompare offers: {link}\n\nYou set this alert on {earlier}. Change or delete your alerts: {link}',
    'Your target price was reached 🎯\nHi {first}, {item} is available for £{price} – below the £{old} you asked us to watch for.\n\nView offer: {link}\n\n{brand} price tracker · stop this alert: {link}',
  ],
  wishlist: [
    'An item on your wish list is on sale\nHi {first},\n\nGood news: "{item}" from your wish list is now {pct} % off. Stock is limited and sizes are selling out.\n\nGo to your wish list: {link}\n\n{brand}',
    'Back in stock: {item}\nYou asked us to tell you when {item} was back. It is – but probably not for long.\n\nAdd to basket: {link}\n\nYou get this email because you saved the item at {brand}. Manage notifications: {link}',
  ],
  loyalty: [
    'You have {points} points waiting, {first}\n{brand} Rewards\n\nYour balance: {points} points (worth £{amount}). During our Black Friday week every purchase earns triple points.\n\nSee your rewards: {link}\n\nPoints expire 12 months after they are earned.',
    'Your {brand} member statement for November\nHi {first},\n\nPoints earned this month: 320\nTotal balance: {points}\nStatus: Silver – 180 points to Gold\n\nView statement: {link}',
  ],
  'app-notice': [
    'Your {brand} app update: what’s new\nHi {first},\n\nVersion 5.2 is here: a new dark mode, faster checkout and order tracking on your lock screen. Update from your app store.\n\nRelease notes: {link}\n\nThe {brand} team',
    'Reminder: your {brand} storage is 90 % full\nHi {first},\n\nYou are using 4.5 GB of your 5 GB. Photos and backups may stop syncing when you run out of space.\n\nManage storage: {link}\n\nThis is a service message about your {brand} account.',
  ],
  person: [
    'Re: Christmas market on Saturday?\nHi {first},\n\nSaturday works for us! Shall we meet at the cathedral entrance at 4? I will bring the thermos.\n\nSee you,\n{author}\n\n> Are you free on Saturday for the Christmas market?',
    'RE: Secret Santa list\nHey {first},\n\nI have put you down for the book swap. Budget is £20 again this year, and the draw is on Friday.\n\nCheers,\n{author}',
  ],
  'list-reply': [
    '[leeds-cyclists] Re: Winter lights for commuting\nI have had the front light from the last group buy for two winters now and it is still fine. Charge it weekly, though.\n\n{author}\n\n_______________________________________________\nleeds-cyclists mailing list\nUnsubscribe: {link}',
    '[homebrew-uk] Re: Yeast for a winter ale\nAgreed with the previous post – a slower ferment at 18 °C gave me far fewer off-flavours.\n\n-- \n{author}\n\nYou are subscribed to homebrew-uk. To leave the list, visit {link}',
  ],
  'ticket-reply': [
    'Re: [#{ticket}] {subject}\nHello {first},\n\nThank you for your patience. About ticket #{ticket}: the carrier confirmed your parcel was held at the depot; it is out for delivery tomorrow. If it does not arrive, reply to this email and we will send a replacement.\n\nKind regards,\n{agent}\n{brand} Customer Care',
    '[{brand}] Update on your request #{ticket}\nHi {first},\n\nWe have approved your return for ticket #{ticket}. Print the label here: {link}. Your refund will be issued within 5 days of the parcel reaching us.\n\nBest,\n{agent}\n\n--- Your original message ---\n{subject}',
  ],
  'ticket-sent': [
    'Parcel for order {order} not arrived\nHello,\n\nmy order {order} was due on {earlier} but has not arrived, and the tracking has not changed for four days. Can you check with the carrier?\n\nThanks,\n{me}',
    'Return of order {order}\nHi,\n\nthe jacket from order {order} is too small. I would like to return it for a refund. How do I get a return label?\n\nBest regards,\n{me}',
  ],
  order: [
    'Order confirmation #{order}\nThank you for your order, {first}!\n\nOrder #{order} placed on {today}\n{item} x1  £{price}\nDelivery: Standard (3-5 working days)\nTotal: £{amount}\n\nWe will email you when your order ships. View your order: {link}\n\n{brand}',
    'We’ve received your order {order} 🎁\nHi {first},\n\nGreat choice! Your order {order} is being prepared. Paid with Visa ending {last4}: £{amount}.\n\nTrack it in your account: {link}',
  ],
  shipping: [
    'Your order #{order} has shipped\nHi {first},\n\nGood news: your order is on its way with {carrier}. Tracking number: {track}. Expected delivery: {date}.\n\nTrack your parcel: {link}\n\n{brand}',
    'Dispatched: {item} and 1 more item\nYour {brand} parcel left our warehouse today.\nCarrier: {carrier}\nTracking: {track}\nArrives: {date}\n\nView order #{order}: {link}',
  ],
  delivery: [
    'Your parcel from {shop} will arrive today\n{brand}\n\nHello {first}, your parcel {track} is out for delivery and will arrive between 10:15 and 12:15. Not home? Choose a neighbour or a safe place: {link}',
    'Delivered: parcel {track}\n{brand}\n\nYour parcel was delivered at 14:32 and handed to the recipient. Postcode: {postcode}. Photo of delivery: {link}\n\nQuestions about the contents? Contact {shop}.',
  ],
  refund: [
    'Your refund for order #{order} has been processed\nHi {first},\n\nWe received your return and refunded £{amount} to your Visa ending {last4}. It may take 3-5 working days to show on your statement.\n\nView return: {link}\n\n{brand} Returns',
    'Return received – order {order}\nHello {first},\n\nYour return of {item} arrived at our warehouse on {today}. We will check it and issue your refund of £{amount} within 5 days.\n\n{brand}',
  ],
  card: [
    'Card payment of £{amount} at {shop}\n{brand} Bank\n\nA payment of £{amount} was made with your debit card ending {last4} at {shop} on {today}. If you do not recognise it, freeze your card in the app and call the number on the back of your card.',
    'New online payment with your card ending {last4}\nHi {first},\n\nNew online payment: £{amount} to {shop}. Available balance: £{balance}.\n\nSee all transactions in the {brand} app.',
  ],
}
