// Ordinary automated and list mail of a quiet inbox, written for this set: code-hosting
// notifications, calendar invitations, newsletters the person subscribed to long ago, shipping
// notices, forum digests and mailing-list replies. Each entry: sender, subject, body, source.
export type Everyday = readonly [from: string, subject: string, body: string, source: string]

export const GITHUB: readonly Everyday[] = [
  [
    'Ilse Korhonen <notifications@github.com>',
    'Re: [tidewater/gauge] Flaky test on Windows runners (Issue #4412)',
    'I can reproduce it locally with the seed from the log. Looks like the temp dir is not cleaned up between runs.\n\nReply to this email directly or view it on GitHub.',
    'github',
  ],
  [
    'Marco Ventresca <notifications@github.com>',
    '[tidewater/gauge] Add streaming parser for large files (PR #4420)',
    'marco requested your review on this pull request.\n\nYou can view, comment on, or merge this pull request online.',
    'github',
  ],
  [
    'github-actions[bot] <notifications@github.com>',
    '[tidewater/gauge] Run failed: CI - main (3f9a2c1)',
    'Run failed for main. 1 job failed: test (windows-latest). View the workflow run for details.',
    'github',
  ],
  [
    'Dependabot <notifications@github.com>',
    '[tidewater/gauge] Bump vite from 8.3.6 to 8.3.8 (PR #4425)',
    'Bumps vite from 8.3.6 to 8.3.8. Release notes, changelog and commits are linked below.',
    'github',
  ],
]

export const GITLAB: readonly Everyday[] = [
  [
    'GitLab <gitlab@mg.gitlab.com>',
    'homelab-config | Pipeline #118204 has failed for main | 8c1d0e2a',
    'Your pipeline has failed. Project: homelab-config. Branch: main. Failed job: lint.',
    'gitlab',
  ],
  [
    'Ana Paredes (@aparedes) <gitlab@mg.gitlab.com>',
    'Re: homelab-config | Move backups to the new NAS (!57)',
    'Ana Paredes commented: the rsync flags look right, merging after the next scrub.',
    'gitlab',
  ],
]

export const CALENDAR: readonly Everyday[] = [
  [
    'Priya Natarajan <priya.natarajan@workplace.example>',
    'Invitation: Quarterly review @ Tue Feb 15, 2028 14:00 - 15:00 (GMT)',
    'You have been invited to the following event. Join with video link. Going? Yes - Maybe - No',
    'calendar',
  ],
  [
    'Jonas Kehrwieder <jonas.kehrwieder@workplace.example>',
    'Einladung: Architektur-Sync @ Do 17. Feb. 2028 10:00 - 10:30 (MEZ)',
    'Sie wurden zu folgendem Termin eingeladen. Teilnehmen? Ja - Vielleicht - Nein',
    'calendar',
  ],
  [
    'Priya Natarajan <priya.natarajan@workplace.example>',
    'Updated invitation: Quarterly review @ Tue Feb 15, 2028 15:00 - 16:00 (GMT)',
    'This event has been changed: the time moved one hour later.',
    'calendar',
  ],
]

export const NEWSLETTERS: readonly Everyday[] = [
  [
    'The Tidewater Weekly <hello@tidewaterweekly.example>',
    'Issue 212: faster builds, slower coffee',
    'This week: three build tricks, a reader question about caching, and the usual links. Unsubscribe at any time.',
    'newsletter',
  ],
  [
    'Gartenfreunde Rundbrief <rundbrief@gartenfreunde-verein.example>',
    'Rundbrief März: Saatgut-Tausch und Obstbaumschnitt',
    'Liebe Mitglieder, am 12. März findet unser Saatgut-Tausch statt. Abmelden jederzeit über den Link unten.',
    'newsletter',
  ],
  [
    'Le Petit Cinéphile <lettre@petitcinephile.example>',
    'La lettre du vendredi : cinq films à (re)voir',
    'Cette semaine, une rétrospective et deux sorties en salle. Se désabonner en un clic.',
    'newsletter',
  ],
]

export const SHIPPING: readonly Everyday[] = [
  [
    'Brightwell Books <orders@brightwellbooks.example>',
    'Your order has shipped',
    'Good news, your books are on their way. Tracking number SW22841907GB. Expected Thursday.',
    'shipping',
  ],
  [
    'Swiftcourier <tracking@swiftcourier-parcels.com>',
    'Delivered: your parcel SW22841907GB',
    'Your parcel was delivered at 11:42 and left in your safe place (porch).',
    'shipping',
  ],
]

export const DIGESTS: readonly Everyday[] = [
  [
    'Lantern Makers Forum <forum@lanternmakers.example>',
    '[Lantern Makers Forum] Daily summary',
    'Topics you follow: "Best glue for paper shades?" (4 new replies), "Battery LEDs vs tea lights" (2 new replies).',
    'forum-digest',
  ],
  [
    'Homelab Community <digest@homelab-community.example>',
    '[Homelab Community] Weekly digest: 14 new topics',
    'Popular this week: quiet fans for a 2U case, a UPS that talks to Linux, ZFS on small boards.',
    'forum-digest',
  ],
]

export const LIST_REPLIES: readonly Everyday[] = [
  [
    'Dmitri Halvorsen <dmitri@halvorsen.example>',
    '[homelab] Re: ZFS scrub taking forever',
    'It is the SMR disks. Scrub on CMR drives took four hours here, the SMR pool takes two days.',
    'list',
  ],
  [
    'Wen Okafor <wen.okafor@mailbox-list.example>',
    '[homelab] Re: ZFS scrub taking forever',
    'Agreed with Dmitri. Check the drive model numbers before you buy the next pair.',
    'list',
  ],
  [
    'Rosa Lindqvist <rosa@lindqvist.example>',
    '[tidewater-dev] Re: Release 4.2 schedule',
    'Fine with me, as long as the migration guide lands before the tag.',
    'list',
  ],
  [
    'Pavel Nemec <pavel.nemec@devmail.example>',
    '[tidewater-dev] Re: Release 4.2 schedule',
    'The changelog draft is in the wiki. Please add anything I missed.',
    'list',
  ],
]
