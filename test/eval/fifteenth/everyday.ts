// Everyday automated mail of the quiet inbox, written fresh for this set in the same in-house
// manner as the waves: notifications, invites, newsletters already subscribed to, shipping and
// order notices, statements, surveys, a forum digest, list replies, and a ticket the person
// really opened (its acknowledgement is `own`, the later replies and the solved notice `ham`).
import type { Lang } from '../types.ts'

export interface Everyday {
  from: string
  subject: string
  body: string
  /** How many times it comes in three weeks (with {i} counting up). */
  times: number
  source: string
  lang: Lang
  own?: boolean
}

export const EVERYDAY: readonly Everyday[] = [
  {
    from: 'Lorenzo Bassi <notifications@github.com>',
    subject: 'Re: [achterberg/tidewatch] Crash when the tide table is empty (Issue #{i})',
    body: 'lbassi commented: I can reproduce this on 0.9.{i}; the parser returns undefined before the first row. Reply to this email directly or view it on GitHub.',
    times: 6,
    source: 'github',
    lang: 'en',
  },
  {
    from: 'GitLab <gitlab@mg.gitlab.com>',
    subject: 'achterberg/site | Pipeline #10{i}82 has failed for main',
    body: 'Pipeline #10{i}82 triggered by Rosalind Achterberg has failed. Job lint failed in 41 seconds.',
    times: 4,
    source: 'gitlab',
    lang: 'en',
  },
  {
    from: 'Maya Lindqvist <maya.lindqvist@calendar.example>',
    subject: 'Invitation: Quarterly planning @ Thu 10:00 - 11:30 (BST)',
    body: 'Maya Lindqvist has invited you to Quarterly planning. When: Thursday 10:00 – 11:30. Going? Yes - Maybe - No',
    times: 2,
    source: 'calendar',
    lang: 'en',
  },
  {
    from: 'The Fell Runner Weekly <issues@fellrunnerweekly.example>',
    subject: 'Issue {i}0: Wet weather routes and a kit checklist',
    body: 'This week: three wet-weather routes in the Peaks, a reader’s kit checklist, and race results. You are receiving this because you subscribed at fellrunnerweekly.example. Unsubscribe.',
    times: 3,
    source: 'newsletter',
    lang: 'en',
  },
  {
    from: 'Hollowbrook Tea Co. <orders@hollowbrooktea.example>',
    subject: 'Your order #HB-40{i}1 is on its way',
    body: 'Good news — your parcel left our warehouse today with Royal Mail. Tracking: RM{i}42319GB. Expected delivery in 2-3 days.',
    times: 2,
    source: 'shipping',
    lang: 'en',
  },
  {
    from: 'Cyclists of the Dales Forum <digest@dalesforum.example>',
    subject: 'Weekly digest: 14 new posts in Routes & Rides',
    body: 'Hot topics this week: "Best café stop near Hawes?", "Tubeless conversion regrets", "Sunday social ride — who is in?". Visit the forum to reply.',
    times: 3,
    source: 'forum digest',
    lang: 'en',
  },
  {
    from: 'Ansel Park <ansel@lists.tidewatch.example>',
    subject: '[tidewatch-dev] Re: Release plan for 1.0',
    body: 'On Tue, Rosalind wrote:\n> I would like to cut 1.0 after the parser fix.\nAgreed. I can do the changelog tonight.',
    times: 4,
    source: 'list reply',
    lang: 'en',
  },
  {
    from: 'Greyfield Building Society <statements@greyfield.example>',
    subject: 'Your monthly statement is ready',
    body: 'Your September statement for the account ending 0921 is now available in online banking. We will never ask for your password by email.',
    times: 1,
    source: 'statement',
    lang: 'en',
  },
  {
    from: 'Kettlewell Furniture <feedback@kettlewell.example>',
    subject: 'How did we do?',
    body: 'Hi Rosalind, thanks for chatting with our team about your delivery. Could you rate the help you got? It takes 30 seconds.',
    times: 1,
    source: 'survey',
    lang: 'en',
  },
  {
    from: 'Harbourside Arts Centre <boxoffice@harbourside.example>',
    subject: 'Reminder: Songs of the Coast, Saturday 19:30',
    body: 'Your two tickets (Row F, seats 11-12) are attached. Doors open at 19:00. See you on Saturday!',
    times: 1,
    source: 'event reminder',
    lang: 'en',
  },
  {
    from: 'Marlowe Broadband Support <support@marlowebroadband.example>',
    subject: 'We have received your request [#58{i}31]',
    body: 'Hi Rosalind, thanks for using our web form. Your case about intermittent drop-outs is logged as #58{i}31 and a technician will review the line data.',
    times: 1,
    source: 'own ticket ack',
    lang: 'en',
    own: true,
  },
  {
    from: 'Daniel at Marlowe Broadband <support@marlowebroadband.example>',
    subject: 'Re: We have received your request [#58{i}31]',
    body: 'Hi Rosalind, I have run a line test and found noise on the line. An engineer visit is booked for Wednesday morning. Reply here if that does not suit you.',
    times: 1,
    source: 'own ticket reply',
    lang: 'en',
  },
  {
    from: 'Marlowe Broadband Support <support@marlowebroadband.example>',
    subject: 'Your request [#58{i}31] has been solved',
    body: 'Your case has been marked as solved. If the problem comes back, simply reply to this email to reopen it.',
    times: 1,
    source: 'own ticket solved',
    lang: 'en',
  },
  {
    from: 'Bibliotheek Haarlem <noreply@bibliotheekhaarlem.example>',
    subject: 'Herinnering: uw boeken verlopen over 3 dagen',
    body: 'Beste lezer, de uitleentermijn van 2 boeken verloopt binnenkort. U kunt ze online verlengen.',
    times: 1,
    source: 'library reminder',
    lang: 'nl',
  },
  {
    from: 'Ferienhaus Seeblick <buchung@seeblick-ferien.example>',
    subject: 'Ihre Buchungsbestätigung',
    body: 'Vielen Dank für Ihre Buchung vom 2. bis 9. Oktober. Die Anzahlung von 150 € haben wir erhalten.',
    times: 1,
    source: 'booking',
    lang: 'de',
  },
]
