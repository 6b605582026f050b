// About 60 ordinary mails of the quiet inbox, written for this set: developer notifications,
// calendar invitations, forum digests and `[list] Re:` mailing-list replies.
import type { Random } from '../prng.ts'
import type { Person } from './people.ts'
import { put, type Part } from './records.ts'

const REPOS = ['tide-tables', 'kiln-scheduler', 'parcel-sorter', 'moss-lint']
const ISSUES = [
  'Crash when the config file is empty',
  'Add Dutch translation',
  'Bump lodash from 4.17.20 to 4.17.21',
  'Docs: typo in README',
  'Flaky test on Windows',
]
const LISTS = ['gardening', 'homelab', 'rust-users', 'choir']
const THREADS = [
  'Best way to store seed potatoes?',
  'ZFS scrub schedule',
  'Lifetimes in closures',
  'Rehearsal moved to Thursday',
]
const FORUMS = ['Allotment Forum', 'Homelab Forum', 'Sourdough Circle']

type Maker = (rng: Random, i: number, p: Person) => [string, string, string]

const MAKERS: Maker[] = [
  (rng) => {
    const repo = rng.pick(REPOS)
    const issue = rng.pick(ISSUES)
    return [
      `GitHub <notifications@github.com>`,
      `Re: [owner/${repo}] ${issue} (#${rng.int(10, 900)})`,
      `@dvanloon commented on this pull request. Looks good to me once CI is green. — Reply to this email directly or view it on GitHub.`,
    ]
  },
  (rng) => {
    const repo = rng.pick(REPOS)
    return [
      `GitLab <gitlab@gitlab.example>`,
      `${repo} | Pipeline #${rng.int(1000, 9999)} has failed for main`,
      `Pipeline failed on job test:unit. Commit: fix date parsing. Triggered by you.`,
    ]
  },
  (rng, _i, p) => [
    `Lena Vos <lena.vos@calendar-mail.example>`,
    `Invitation: Project sync @ ${['Mon', 'Tue', 'Wed', 'Thu'][rng.int(0, 3)]} ${rng.int(9, 16)}:00 (${p.address})`,
    `You have been invited to the following event. Join with the meeting link. Going? Yes - Maybe - No. Invitation from the calendar.`,
  ],
  (rng) => {
    const forum = rng.pick(FORUMS)
    return [
      `${forum} <digest@forum-digest.example>`,
      `${forum} daily digest: ${rng.int(3, 12)} new topics`,
      `Popular today: "${rng.pick(THREADS)}" and more. You are receiving this because you enabled daily digests.`,
    ]
  },
  (rng) => {
    const list = rng.pick(LISTS)
    const thread = rng.pick(THREADS)
    return [
      `Pieter Smit <psmit@lists.example>`,
      `[${list}] Re: ${thread}`,
      `> On Tuesday someone wrote: I would keep them cool and dark. I agree, and check them weekly. -- ${list} mailing list`,
    ]
  },
]

export function ordinaryPart(
  rng: Random,
  part: Part,
  person: Person,
  span: [number, number],
  count = 60,
): void {
  for (let i = 0; i < count; i++) {
    const [from, subject, body] = MAKERS[i % MAKERS.length]!(rng, i, person)
    put(
      part,
      {
        id: `t35-h-ord-${i}`,
        at: span[0] + Math.floor(rng.next() * (span[1] - span[0])),
        from,
        subject,
        body,
        to: person.address,
      },
      {
        label: 'ham',
        source: `ordinary:${['github', 'gitlab', 'calendar', 'forum', 'list'][i % MAKERS.length]}`,
      },
    )
  }
}
