// Ordinary mail of the quiet inbox, written for this set: developer notifications, calendar
// invitations, forum digests and mailing-list replies; each template sent three times.
interface Ordinary {
  kind: string
  from: string
  subject: string
  body: string
}

const TEMPLATES: readonly Ordinary[] = [
  {
    kind: 'dev',
    from: 'Codeforge <notifications@codeforge.example>',
    subject: '[tessellate/core] Fix race in tile cache (PR #{n})',
    body: '@mbraun requested your review on this pull request.\nFiles changed: 4. View it on Codeforge.',
  },
  {
    kind: 'dev',
    from: 'Codeforge <notifications@codeforge.example>',
    subject: 'Re: [tessellate/core] Crash when zoom > 18 (Issue #{n})',
    body: 'Closed via commit 9f3ac21. Thanks for the report, {name}!',
  },
  {
    kind: 'dev',
    from: 'Buildyard CI <ci@buildyard.example>',
    subject: 'Build #{n} failed on main',
    body: 'Stage: test\nJob: unit (node 22)\n2 failing tests. See the log for details.',
  },
  {
    kind: 'dev',
    from: 'Buildyard CI <ci@buildyard.example>',
    subject: 'Build #{n} fixed',
    body: 'main is green again after 3 failing builds.',
  },
  {
    kind: 'dev',
    from: 'Package Watch <alerts@pkgwatch.example>',
    subject: 'Security advisory for a dependency of tessellate',
    body: 'A moderate issue affects yaml-lite < 2.4.1. Upgrade recommended.',
  },
  {
    kind: 'calendar',
    from: 'Priya Raman <priya@werkplek-home-mail.example>',
    subject: 'Invitation: Quarterly planning @ Thu 10:00 - 11:30',
    body: 'Quarterly planning\nWhen: Thursday 10:00-11:30\nWhere: Room Birch / video link in invite\nGoing? Yes - Maybe - No',
  },
  {
    kind: 'calendar',
    from: 'Priya Raman <priya@werkplek-home-mail.example>',
    subject: 'Updated invitation: 1:1 moved to 15:00',
    body: 'This event has been changed. New time: 15:00-15:30.',
  },
  {
    kind: 'calendar',
    from: 'Joel <joel@friends-mail.example>',
    subject: 'Accepted: Board games night',
    body: 'Joel has accepted this invitation.',
  },
  {
    kind: 'forum',
    from: 'Allotment Forum <digest@allotment-forum.example>',
    subject: 'Daily digest: 7 new posts in Pests & Diseases',
    body: 'Slugs on the brassicas again (4 replies)\nBest netting for pigeons? (3 replies)\nUnsubscribe from digests in your profile.',
  },
  {
    kind: 'forum',
    from: 'Synth Circle <noreply@synthcircle.example>',
    subject: 'Weekly summary: what you missed',
    body: 'Top topic: patching a wavefolder. 12 new replies in threads you follow.',
  },
  {
    kind: 'list',
    from: 'Dana Whitfield <dana@uni-lists.example>',
    subject: '[geo-users] Re: reprojecting rasters with nodata',
    body: 'You need to pass the nodata value explicitly, otherwise it is treated as 0.\n> Anyone seen edges turn black after warping?',
  },
  {
    kind: 'list',
    from: 'Tomasz Lis <tomasz@uni-lists.example>',
    subject: '[geo-users] Re: Re: release {n} packaging',
    body: 'The wheels are up now. Please test on macOS arm64.',
  },
  {
    kind: 'list',
    from: 'Mira Ostrowski <mira@lists.cycling.example>',
    subject: '[club-rides] Re: Sunday route',
    body: 'I can lead the short loop. Meeting at the bakery at 8:30 as usual.',
  },
  {
    kind: 'list',
    from: 'Ken Adeyemi <ken@lists.cycling.example>',
    subject: '[club-rides] Re: puncture kit recommendations',
    body: 'Tubeless plugs saved me twice this month. Bring a pump anyway.',
  },
  {
    kind: 'person',
    from: 'Cass <cass@friends-mail.example>',
    subject: 'Re: moving boxes',
    body: 'I still have about ten, come grab them whenever.',
  },
  {
    kind: 'person',
    from: 'Grandpa Lou <lou.marsh@oldmail.example>',
    subject: 'the garden',
    body: 'Dear {name}, the apple tree gave 40 kilos this year. Come and take some. Love, Grandpa',
  },
  {
    kind: 'dev',
    from: 'Codeforge <notifications@codeforge.example>',
    subject: '[tessellate/docs] Release v{n} published',
    body: 'A new release was published. Read the changelog on Codeforge.',
  },
  {
    kind: 'forum',
    from: 'Allotment Forum <digest@allotment-forum.example>',
    subject: 'Someone replied to your topic "Winter onions"',
    body: 'RootsAndShoots replied: plant them before the frost, 10 cm apart.',
  },
  {
    kind: 'calendar',
    from: 'Shared Calendar <calendar-noreply@calendarhub.example>',
    subject: 'Reminder: Dentist today at 14:20',
    body: 'This is a reminder for an event in your calendar "Personal".',
  },
  {
    kind: 'list',
    from: 'Dana Whitfield <dana@uni-lists.example>',
    subject: '[geo-users] Re: meetup in March?',
    body: 'Count me in. A room is booked on the 3rd floor.',
  },
]

export const ORDINARY: readonly Ordinary[] = [...TEMPLATES, ...TEMPLATES, ...TEMPLATES]
