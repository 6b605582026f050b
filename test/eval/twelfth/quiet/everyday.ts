// Everyday automated mail of the quiet inbox, written for this set: GitHub and GitLab
// notifications, calendar invitations, newsletters already subscribed to, shipping notices, a
// forum digest and `[list] Re:` replies (all `ham`).
import type { Random } from '../../prng.ts'
import type { MailLabel } from '../../types.ts'

export interface Daily {
  from: string
  subject: string
  body: string
  label: MailLabel
}

const ham = (source: string): MailLabel => ({ label: 'ham', source })

const github = (n: number): Daily => ({
  from: 'Ilse Varga <notifications@github.com>',
  subject: `Re: [tidewater/loom] Flaky test in scheduler on ARM runners (Issue #${n})`,
  body: `@rowan-ashdown I can reproduce it on the nightly runner too, the timeout is in the second retry.\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you were mentioned.`,
  label: ham('github'),
})

const gitlab = (n: number): Daily => ({
  from: 'GitLab <gitlab@gitlab.example.org>',
  subject: `infra | Pipeline #${n} has failed for main | 3f2a9c1e`,
  body: `Your pipeline has failed.\n\nProject: platform / infra\nBranch: main\nCommit: 3f2a9c1e Bump terraform provider\nJob: plan (stage test) failed.`,
  label: ham('gitlab'),
})

const calendar = (day: number): Daily => ({
  from: 'Priya Okonjo <priya.okonjo@workplace.example>',
  subject: `Invitation: Sprint review @ ${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][day % 5]} 14:00 - 15:00 (GMT)`,
  body: 'You have been invited to the following event.\nSprint review\nJoining info: meet.example/abc-defg-hij\nGoing? Yes - Maybe - No\nInvitation from Google Calendar',
  label: ham('calendar'),
})

const newsletter = (i: number): Daily =>
  [
    {
      from: 'The Long Read Weekly <weekly@longreadweekly.example>',
      subject: `Issue ${210 + i}: the quiet economics of ferries`,
      body: 'This week: why island ferries run at a loss, a photo essay from the Hebrides, and your letters.\nYou are receiving this because you subscribed. Unsubscribe.',
      label: ham('newsletter'),
    },
    {
      from: 'Hollowbrook Garden Centre <news@hollowbrook.example>',
      subject: 'Autumn bulbs are in - plant now for spring colour',
      body: 'Tulips, alliums and crocus, 3 for 2 this week in store and online. Unsubscribe | Manage preferences',
      label: ham('newsletter'),
    },
  ][i % 2]!

const shipping = (n: number): Daily => ({
  from: 'Parcelpoint Tracking <updates@parcelpoint.example>',
  subject: `Your parcel PP${n} has been dispatched`,
  body: 'Good news, your parcel is on its way. Expected delivery: in 2 working days. Track your parcel in the app.',
  label: ham('shipping'),
})

const forum = (): Daily => ({
  from: 'Fellrunners Forum <digest@fellrunners-forum.example>',
  subject: 'Fellrunners Forum summary - 6 new topics this week',
  body: 'Popular topics: Best headtorch under £60; Route card for the Langdale horseshoe; Studs vs lugs in wet grass.\nYou are receiving this summary because you enabled the weekly digest.',
  label: ham('forum'),
})

const listReply = (i: number): Daily =>
  [
    {
      from: 'Marek Sobczak <marek@lists.example.org>',
      subject: '[tidewater-dev] Re: Proposal: drop Python 3.9 support',
      body: 'On Tue, Ilse wrote:\n> We should drop 3.9 in the next minor.\n\n+1 from me, the CI matrix is already too wide.\n\n_______________________________________________\ntidewater-dev mailing list',
      label: ham('list'),
    },
    {
      from: 'Joanna Pike <jpike@lists.example.org>',
      subject: '[homebrewers] Re: stuck fermentation at 1.020',
      body: 'Try rousing the yeast and raising the temperature two degrees. Worked for my stout.\n\n--\nhomebrewers mailing list',
      label: ham('list'),
    },
  ][i % 2]!

/** About 55 mails, one kind after another, each placed at a random time of the window. */
export function everydayMail(rng: Random): Daily[] {
  const list: Daily[] = []
  for (let i = 0; i < 12; i++) list.push(github(rng.int(100, 4000)))
  for (let i = 0; i < 8; i++) list.push(gitlab(rng.int(10_000, 99_999)))
  for (let i = 0; i < 6; i++) list.push(calendar(i))
  for (let i = 0; i < 10; i++) list.push(newsletter(i))
  for (let i = 0; i < 6; i++) list.push(shipping(rng.int(1e6, 9e6)))
  for (let i = 0; i < 3; i++) list.push(forum())
  for (let i = 0; i < 10; i++) list.push(listReply(i))
  return list
}
