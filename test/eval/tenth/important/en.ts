// English important notices (see kit.ts).
import type { NoticeTable } from './kit.ts'

export const EN: NoticeTable = [
  [
    'Harborline Bank <alerts@harborlinebank.example>',
    'Card payment of {a} approved',
    "Your debit card ending 4417 was used for {a} at CORNER GROCER at {t}. If this wasn't you, call us on the number on the back of your card.",
  ],
  [
    'Tallyfer <service@tallyfer.example>',
    "You've received {a} from Gwen Ashby",
    'Gwen Ashby sent you {a}. Note: "half of the holiday cottage". Transaction ID {r}. The money is in your Tallyfer balance.',
  ],
  [
    'Tallyfer <service@tallyfer.example>',
    'Receipt for your payment to Northgate Energy',
    'You sent {a} to Northgate Energy. Transaction ID {r}. Keep this receipt for your records.',
  ],
  [
    'Cobaltix Account <security@cobaltix.example>',
    'Security alert: new sign-in to your account',
    'We noticed a new sign-in to your Cobaltix account from {d} at {t}. If this was you, you need not do anything. If not, secure your account now.',
  ],
  [
    'Cobaltix Account <security@cobaltix.example>',
    'Your password was changed',
    'The password for your Cobaltix account was changed at {t}. If you did not make this change, reset your password immediately.',
  ],
  [
    'Harborline Bank <alerts@harborlinebank.example>',
    'Two-step verification turned on',
    'Two-step verification was turned on for your online banking at {t}. From now on you will be asked for a code when you sign in.',
  ],
  [
    'Pellmart <orders@pellmart.example>',
    'Your Pellmart order {r} is confirmed',
    'Thanks for your order {r}. Order total: {a}. Estimated delivery: Thursday. We will email you when it ships.',
  ],
  [
    'ParcelNorth <tracking@parcelnorth.example>',
    'Your parcel {r} will be delivered today',
    'Good news: your parcel {r} from Pellmart is out for delivery and should arrive between {t} and 18:00.',
  ],
]
