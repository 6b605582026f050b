// About sixty ordinary mails of a quiet inbox, written for this set: developer notifications,
// calendar invitations, forum digests and "[list] Re:" mailing-list replies.
import type { Random } from '../prng.ts'
import { dayText, timeText } from './dates.ts'
import { someone, type Person } from './people.ts'
import { add, digits, emptyPart, fill, type Part } from './records.ts'

type Kind = 'dev' | 'calendar' | 'forum' | 'list'

interface Ordinary {
  kind: Kind
  from: string
  subject: string
  body: string
}

const REPOS = ['noorc/dotfiles', 'openmaps/tiler', 'lintkit/core', 'plotwise/charts']
const LISTS = ['debian-user', 'postgresql-general', 'r-help', 'tiler-dev']

const TEMPLATES: readonly Ordinary[] = [
  {
    kind: 'dev',
    from: '{who} <notifications@github.com>',
    subject: 'Re: [{repo}] Handle empty tiles without crashing (PR #{n})',
    body: '@{first} approved these changes.\n\nLooks good, one nit about the test name.\n\n—\nReply to this email directly, view it on GitHub: https://github.com/{repo}/pull/{n}\nYou are receiving this because you authored the thread.',
  },
  {
    kind: 'dev',
    from: 'GitHub <notifications@github.com>',
    subject: '[{repo}] Run failed: CI - main ({sha})',
    body: 'Run failed for main ({sha})\n\nRepository: {repo}\nWorkflow: CI\nDuration: 3m 12s\n\nView workflow run: https://github.com/{repo}/actions/runs/{n}{n}',
  },
  {
    kind: 'dev',
    from: '{who} <notifications@github.com>',
    subject: 'Re: [{repo}] Docs: install steps out of date (Issue #{n})',
    body: 'I can reproduce this on a clean machine, the second command needs sudo.\n\n—\nView it on GitHub: https://github.com/{repo}/issues/{n}',
  },
  {
    kind: 'dev',
    from: 'GitLab <gitlab@gitlab.com>',
    subject: '{repo} | Pipeline #{n} has failed for main | {sha}',
    body: 'Pipeline #{n} has failed!\n\nProject: {repo}\nBranch: main\nCommit: {sha}\nFailed job: test:unit\n\nhttps://gitlab.com/{repo}/-/pipelines/{n}',
  },
  {
    kind: 'dev',
    from: 'GitHub <noreply@github.com>',
    subject: '[GitHub] A new public key was added to your account',
    body: 'The following SSH key was added to your account: laptop-2026\n\nIf you believe this key was added in error, you can remove the key and disable access at https://github.com/settings/keys',
  },
  {
    kind: 'calendar',
    from: '{who} <{addr}>',
    subject: 'Invitation: Reading group @ {day} {time} ({me})',
    body: 'You have been invited to the following event.\n\nReading group – chapter 7\nWhen: {day} {time} – 19:30\nWhere: Café Lindholm\nCalendar: {me}\n\nGoing (yes/no/maybe)?\n\nInvitation from Google Calendar',
  },
  {
    kind: 'calendar',
    from: '{who} <{addr}>',
    subject: 'Updated invitation: Sprint review @ {day} {time}',
    body: 'This event has been changed.\n\nSprint review\nWhen: {day} {time}\nJoining info: https://meet.jit.si/sprint-review-{n}\n\nView your event at https://calendar.google.com',
  },
  {
    kind: 'calendar',
    from: '{who} <{addr}>',
    subject: 'Accepted: Dentist carpool @ {day} {time}',
    body: '{first} has accepted this invitation.\n\nDentist carpool\nWhen: {day} {time}',
  },
  {
    kind: 'forum',
    from: 'Trail Riders Forum <noreply@forum.trailriders.org>',
    subject: '[Trail Riders] Summary',
    body: 'Popular topics since your last visit:\n\n• Tubeless setup for winter? ({n} replies)\n• Route report: ridge loop after the storm\n• Selling: 29er wheelset\n\nTo unsubscribe from these emails, visit your user preferences.',
  },
  {
    kind: 'forum',
    from: 'Home Assistant Community <noreply@community.home-assistant.io>',
    subject: '[Home Assistant Community] Daily digest',
    body: "Here's what you missed:\n\n• Zigbee devices drop after update ({n} replies)\n• Share your energy dashboard\n\nYou are receiving this because you enabled the daily summary.",
  },
  {
    kind: 'forum',
    from: 'Sourdough Circle <digest@sourdoughcircle.net>',
    subject: 'Weekly digest: {n} new posts',
    body: 'New this week: rye starter troubleshooting, a focaccia thread and the bake-along schedule.\n\nRead: https://sourdoughcircle.net/digest/{n}\nManage email: https://sourdoughcircle.net/settings',
  },
  {
    kind: 'list',
    from: '{who} <{addr}>',
    subject: '[{list}] Re: upgrade broke network after reboot',
    body: 'On {day}, someone wrote:\n> after the upgrade the interface is gone\n\nCheck whether the interface was renamed; ip link will show the new name.\n\n-- \n{first}\n_______________________________________________\n{list} mailing list\nhttps://lists.example.org/listinfo/{list}',
  },
  {
    kind: 'list',
    from: '{who} <{addr}>',
    subject: '[{list}] Re: slow query with many OR clauses',
    body: 'Rewriting the ORs as = ANY(array) made it use the index here. EXPLAIN ANALYZE output attached.\n\n{first}\n\n-- \nSent via {list} mailing list',
  },
  {
    kind: 'list',
    from: '{who} <{addr}>',
    subject: '[{list}] Re: Re: release candidate {n}',
    body: '+1 from me, tested on two machines.\n\n{first}\n\n--\nTo unsubscribe send mail to {list}-leave@lists.example.org',
  },
]

export function ordinaryPart(
  rng: Random,
  person: Person,
  count: number,
  from: number,
  to: number,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length]!
    const who = someone(rng, rng.pick(['en', 'de', 'nl', 'fr'] as const))
    const at = from + Math.floor(rng.next() * (to - from))
    const v = {
      who: `${who.first} ${who.last}`,
      first: who.first,
      addr: who.address,
      me: person.address,
      repo: rng.pick(REPOS),
      list: rng.pick(LISTS),
      n: digits(rng, rng.int(2, 4)),
      sha: Array.from({ length: 7 }, () => '0123456789abcdef'[rng.int(0, 15)]).join(''),
      day: dayText('en', at + 2 * 86_400_000),
      time: timeText(at + 3_600_000),
    }
    add(
      part,
      {
        id: `t20-q-ord-${i}`,
        at,
        from: fill(t.from, v),
        to: person.address,
        subject: fill(t.subject, v),
        body: fill(t.body, v),
      },
      { label: 'ham', lang: 'en', source: `ordinary:${t.kind}` },
    )
  }
  return part
}
