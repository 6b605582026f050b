// Ordinary automated and list mail of a quiet inbox, written for this set: code-hosting
// notifications, calendar invitations, newsletters the person reads, shipping notices, forum
// digests and `[list] Re:` replies. {n}, {day} and {who} are filled per mail.
import type { Lang } from '../../types.ts'

export interface Everyday {
  source: string
  lang: Lang
  from: string
  subject: string
  body: string
  /** How many of this mail the three weeks hold. */
  count: number
}

export const EVERYDAY: readonly Everyday[] = [
  {
    source: 'github',
    lang: 'en',
    from: '{who} <notifications@github.com>',
    subject: 'Re: [tidewater/loomkit] Flaky test in scheduler_spec (Issue #{n})',
    body: '{who} left a comment (tidewater/loomkit#{n})\n\nI can reproduce it on arm64 only; bisecting now.\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you were mentioned.',
    count: 14,
  },
  {
    source: 'github',
    lang: 'en',
    from: '{who} <notifications@github.com>',
    subject: '[tidewater/loomkit] Add retry budget to fetcher (PR #{n})',
    body: '{who} requested your review on: tidewater/loomkit#{n} Add retry budget to fetcher.\n\nYou can view, comment on, or merge this pull request online.\n\nCommit Summary\n  fetcher: cap retries per minute',
    count: 6,
  },
  {
    source: 'gitlab',
    lang: 'en',
    from: 'GitLab <gitlab@mg.gitlab.com>',
    subject: 'loomkit | Failed pipeline for main | {n}',
    body: "Your pipeline has failed.\n\nProject: tidewater / loomkit\nBranch: main\nCommit: {n}\nFailed job: test:unit (stage test)\n\nYou're receiving this email because of your account on gitlab.com.",
    count: 4,
  },
  {
    source: 'calendar',
    lang: 'en',
    from: '{who} <{mail}>',
    subject: 'Invitation: Quarterly planning @ {day} 10:00 - 11:00 (BST)',
    body: '{who} has invited you to Quarterly planning\nWhen: {day} 10:00 - 11:00 (BST)\nJoining info: meet link in the invitation\nGoing? Yes - Maybe - No',
    count: 3,
  },
  {
    source: 'calendar',
    lang: 'en',
    from: '{who} <{mail}>',
    subject: 'Updated invitation: Dentist (moved) @ {day} 16:30',
    body: 'This event has been changed.\nDentist, {day} 16:30 - 17:00\nReminder: 1 day before.',
    count: 2,
  },
  {
    source: 'newsletter',
    lang: 'en',
    from: 'The Harbour Letter <letters@harbourletter.co.uk>',
    subject: 'The Harbour Letter, issue {n}: tides, trains and a recipe',
    body: 'Good morning. In this issue: the new ferry timetable, a long read on tidal power, and a crab linguine.\n\nYou are receiving this because you subscribed at harbourletter.co.uk. Unsubscribe | Manage preferences',
    count: 3,
  },
  {
    source: 'newsletter',
    lang: 'de',
    from: 'Stadtgeflüster <redaktion@stadtgefluester.de>',
    subject: 'Stadtgeflüster Wochenende #{n}: Flohmärkte und Konzerte',
    body: 'Hallo! Das ist los am Wochenende: drei Flohmärkte, ein Open-Air-Konzert im Park.\n\nSie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden',
    count: 3,
  },
  {
    source: 'shipping',
    lang: 'en',
    from: 'Copperleaf Books <orders@copperleafbooks.co.uk>',
    subject: 'Your Copperleaf order {n} has shipped',
    body: 'Good news! Your order {n} is on its way.\nCarrier: Royal Mail Tracked 48\nEstimated delivery: 2 working days.',
    count: 2,
  },
  {
    source: 'shipping',
    lang: 'fr',
    from: 'Atelier Pervenche <expedition@atelier-pervenche.fr>',
    subject: 'Votre commande {n} a été expédiée',
    body: 'Bonne nouvelle : votre commande {n} est en route.\nTransporteur : Colissimo\nLivraison estimée : 3 jours.',
    count: 1,
  },
  {
    source: 'forum',
    lang: 'en',
    from: 'Homebrew Circle <digest@homebrewcircle.org>',
    subject: '[Homebrew Circle] Daily summary: {n} new posts',
    body: 'Here is what happened while you were away.\n\n- Stuck fermentation at 1.020?\n- Best hop for a session IPA\n- Cleaning kegs without PBW\n\nYou are receiving this daily summary because you enabled it. Change your preferences.',
    count: 5,
  },
  {
    source: 'list',
    lang: 'en',
    from: '{who} <{mail}>',
    subject: '[loomkit-users] Re: build fails on Alpine with musl',
    body: 'On {day}, someone wrote:\n> configure: error: cannot find libatomic\n\nInstall libatomic and rerun; it is a known packaging gap.\n\n_______________________________________________\nloomkit-users mailing list\nloomkit-users@lists.tidewater.dev',
    count: 8,
  },
  {
    source: 'list',
    lang: 'nl',
    from: '{who} <{mail}>',
    subject: '[fietsclub-noord] Re: route zondag',
    body: 'We vertrekken om negen uur bij het station, de route staat in de bijlage.\n\n--\nfietsclub-noord mailinglijst',
    count: 3,
  },
]

/** People who write notifications, invitations and list replies. */
export const WRITERS: readonly { who: string; mail: string }[] = [
  { who: 'Priya Nair', mail: 'priya.nair@tidewater.dev' },
  { who: 'Ewan Lockhart', mail: 'ewan@lockhart.me.uk' },
  { who: 'Mirjam Oosterhuis', mail: 'm.oosterhuis@xs4all.nl' },
  { who: 'Dario Fenech', mail: 'dario.fenech@gmail.com' },
]

/** A genuine ticket the person opened through a company's web form, and its later updates. */
export const OWN_TICKET = {
  company: 'Thrimonda Joinery',
  from: 'Thrimonda Joinery <help@thrimondajoinery.freshdesk.com>',
  subject: 'Wardrobe door hinge broken on delivery',
  steps: [
    {
      wrap: 'Request received: {subject}',
      body: 'Hi Rosalind, thanks for contacting Thrimonda Joinery. We have received your request (#{n}) and will be in touch soon.',
      after: 4,
    },
    {
      wrap: 'Re: {subject} [#{n}]',
      body: 'Hi Rosalind, sorry about the hinge. A replacement is in the post today, and our fitter can come on Thursday if you like. Best, Callum',
      after: 26 * 60,
    },
    {
      wrap: 'Re: {subject} [#{n}]',
      body: 'Thursday between 9 and 12 is booked for the fitter. Callum',
      after: 30 * 60,
    },
    {
      wrap: 'Your request #{n} has been solved',
      body: 'Your request #{n} "{subject}" has been marked as solved. Reply to this email to reopen it.',
      after: 4 * 24 * 60,
    },
  ],
} as const
