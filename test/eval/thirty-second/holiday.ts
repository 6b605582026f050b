// The holiday season in the quiet inbox: Black Friday and Cyber Monday promotions from shops
// subscribed to long ago (many within an hour in the morning), gift orders and their shipping,
// e-gift cards, Giving Tuesday receipts, tickets, holiday travel, year-in-review mails,
// end-of-year notices, season's greetings and party invitations.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import { emptyPart, fill, numeric, put, type Part } from '../nineteenth/records.ts'
import { BLACK_FRIDAY, CYBER_MONDAY, DAY, GIVING_TUESDAY, HOUR, MINUTE, WINDOW } from './clock.ts'
import { cap, LOOK_STEMS } from './companies.ts'
import type { Person } from './people.ts'

const PROMOS = [
  ['BLACK FRIDAY IS HERE 🖤', 'Doors open: 40 % off sitewide at {b}. Unsubscribe anytime.'],
  [
    '{b}: our Black Friday prices are live',
    'View in browser | Coats, boots and gifts, up to half price until Monday.',
  ],
  ['⏰ Early access ends at noon', 'Members get first pick at {b}. Manage your preferences.'],
  ['Doorbusters: today only', '[{b} logo] Kitchen deals from £9. You are subscribed since 2019.'],
  ['Cyber Monday 💻 extra 20 % with code CYBER', 'Shop {b} online today only. Unsubscribe.'],
  ['Last chance: Cyber Monday ends tonight', 'Free next-day delivery on everything at {b}.'],
] as const

type Item = readonly [string, string, MailLabel['label'], string]
/** [subject, body, label, source] */
const SEASON: readonly Item[] = [
  [
    'Order confirmed: 3 gifts',
    'Thanks! Your order {n} from {b} totals £86.40. We will email you when it ships.',
    'important',
    'order',
  ],
  [
    'Your gifts have shipped 📦',
    'Order {n} is on its way with tracking {n}. Expected {d}.',
    'important',
    'shipping',
  ],
  [
    'Delivered: your {b} parcel',
    'Left with a neighbour at number 14. Photo attached.',
    'important',
    'delivery',
  ],
  [
    'Your parcel is ready for pickup',
    'Collect it from the {b} locker on Mill Road with code {c} by {d}.',
    'important',
    'pickup',
  ],
  [
    'Your e-gift card receipt',
    'You bought a £50 {b} e-gift card for Tamsin. Receipt {n}.',
    'important',
    'gift-card',
  ],
  [
    'Tamsin, you received an e-gift from Desmond 🎁',
    '(Copy) Your {b} e-gift card code is on its way to the recipient.',
    'ham',
    'e-gift',
  ],
  [
    'Thank you for your Giving Tuesday gift',
    'Your £25 donation to {b} Trust is received. Receipt {n} for Gift Aid.',
    'important',
    'donation',
  ],
  [
    'Your tickets: Winter Orchestra Gala',
    '2 tickets, row F, {d} 19:30 at {b} Hall. Show the QR code at the door.',
    'important',
    'tickets',
  ],
  [
    'Booking confirmed: London to Edinburgh',
    '{b} Rail, 23 December, coach C seats 12-13. Reference {c}.',
    'important',
    'travel-booking',
  ],
  [
    'Check in now for your flight on 26 December',
    '{b} Air: online check-in is open. Booking {c}.',
    'important',
    'check-in',
  ],
  [
    'Your boarding pass',
    'Desmond Pryce, seat 22A, boarding 06:35, gate closes 06:55. {b} Air',
    'important',
    'boarding-pass',
  ],
  [
    'Your 2026 in review',
    'You listened for 31,400 minutes this year. Your top artist might surprise you. {b}',
    'ham',
    'year-in-review',
  ],
  [
    'Your year with {b}',
    '128 rides, 2 countries, 1 favourite café. See your year.',
    'ham',
    'year-in-review',
  ],
  [
    'Holiday opening hours and year-end statement',
    '{b} Bank branches close at 13:00 on 24 and 31 December. Your annual statement arrives in January.',
    'ham',
    'bank-notice',
  ],
  [
    'End of term newsletter',
    'Term ends Friday {d}. Thank you for the Christmas fair donations! {b} School',
    'ham',
    'school',
  ],
  [
    'Club AGM and festive closing',
    'The {b} Rowing Club shed is shut 24 Dec - 2 Jan. AGM on 14 January.',
    'ham',
    'club',
  ],
  [
    'Rent statement and holiday contacts',
    'Your landlord {b} Homes: emergency line over the holidays is 0161 496 0000.',
    'ham',
    'landlord',
  ],
  [
    "Season's greetings from all of us at {b}",
    'Thank you for a wonderful year. Our office reopens on 5 January.',
    'ham',
    'greetings',
  ],
  [
    'Merry Christmas!',
    'Dear Desmond, wishing you a peaceful Christmas. Love, Aunt Margaret',
    'ham',
    'greetings-person',
  ],
  [
    'Invitation: Christmas drinks @ Sat 19 Dec 18:00',
    'Tamsin Ellery invited you. Yes / Maybe / No. Calendar: Tolvcal',
    'ham',
    'party-invite',
  ],
  [
    'Invitation: New Year brunch',
    'Bruno Hartley invited you to brunch on 1 January at 11:00. RSVP.',
    'ham',
    'party-invite',
  ],
]

export function holidayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  const stems = rng.shuffle(LOOK_STEMS)
  const values = (b: string, at: number) => ({
    b,
    n: numeric(rng, 8),
    c: numeric(rng, 6),
    d: new Date(at + 3 * DAY).toISOString().slice(0, 10),
  })
  const promo = (day: number, count: number, tag: string, offset: number) => {
    for (let i = 0; i < count; i++) {
      const b = cap(stems[(offset + i) % stems.length]!)
      const at = day + 7 * HOUR + rng.int(0, 59) * MINUTE
      const [s, body] = rng.pick(PROMOS)
      const v = values(b, at)
      put(
        part,
        {
          id: `t32-q-${tag}-${i}`,
          at,
          from: `${b} <offers@${b.toLowerCase()}.com>`,
          to: person.address,
          subject: fill(s, v),
          body: fill(body, v),
        },
        { label: 'ham', lang: 'en', source: `holiday:${tag}` },
      )
    }
  }
  promo(BLACK_FRIDAY, rng.int(12, 16), 'black-friday', 0)
  promo(CYBER_MONDAY, rng.int(8, 12), 'cyber-monday', 20)
  promo(GIVING_TUESDAY - 6 * DAY, rng.int(4, 6), 'early-deals', 40)
  for (let round = 0; round < 3; round++)
    SEASON.forEach(([s, body, label, tag], i) => {
      const b = cap(stems[(i * 3 + round) % stems.length]!)
      const at =
        WINDOW.start +
        rng.int(0, WINDOW.days - 1) * DAY +
        rng.int(7, 22) * HOUR +
        rng.int(0, 59) * MINUTE
      const v = values(b, at)
      const from = tag.endsWith('person')
        ? 'Margaret Pryce <margaret.pryce@inbox.example>'
        : `${b} <hello@${b.toLowerCase()}.co.uk>`
      put(
        part,
        {
          id: `t32-q-season-${round}-${i}`,
          at,
          from,
          to: person.address,
          subject: fill(s, v),
          body: fill(body, v),
        },
        { label, lang: 'en', source: `holiday:${tag}` },
      )
    })
  return part
}
