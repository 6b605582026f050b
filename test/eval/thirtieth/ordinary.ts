// About sixty ordinary mails of a quiet inbox, written for this set: developer notifications,
// calendar invitations, forum digests and `[list] Re:` mailing-list replies.
import type { Random } from '../prng.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, type Part } from './records.ts'

type Row = readonly [from: string, subject: string, body: string, source: string]

const ROWS: readonly Row[] = [
  [
    'Harbour Tools <notifications@github.com>',
    'Re: [harbour/tools] Fix flaky timeout in sync test (PR #{n})',
    '@{who} approved these changes.\nLooks good, merging after CI.\nReply to this email directly or view it on GitHub.',
    'ordinary:dev',
  ],
  [
    'Harbour Tools <notifications@github.com>',
    '[harbour/tools] Run failed: CI - main ({sha})',
    'The build job failed on main. View the run for details.',
    'ordinary:dev',
  ],
  [
    'GitLab <gitlab@gitlab.example>',
    'kestrel-api | Pipeline #{n} has failed for main',
    'Pipeline #{n} triggered by {who} failed at stage test.',
    'ordinary:dev',
  ],
  [
    '{who} <calendar-notification@google.com>',
    'Invitation: Quarterly planning @ Tue {d} 10:00 - 11:30',
    'You have been invited to the following event. Join with Meet. Going (yes/no/maybe)?',
    'ordinary:calendar',
  ],
  [
    '{who} <{slug}@workfield.example>',
    'Accepted: 1:1 catch-up',
    '{who} has accepted this invitation.',
    'ordinary:calendar',
  ],
  [
    'Birders Forum <digest@birdersforum.example>',
    'Your daily digest: 14 new posts in Identification',
    'Top thread: "Juvenile gull with dark mantle?" by {who}. Unsubscribe from digests in your settings.',
    'ordinary:forum',
  ],
  [
    'Home Server Forum <noreply@homeserverforum.example>',
    'Summary of activity since your last visit',
    '{n} new topics, 3 replies to threads you follow.',
    'ordinary:forum',
  ],
  [
    '{who} <{slug}@lists.example>',
    '[rust-users] Re: lifetime question in async closure',
    '> why does the borrow outlive the future?\nBecause the closure captures by reference; move it into the async block.',
    'ordinary:list',
  ],
  [
    '{who} <{slug}@lists.example>',
    '[cyclists-nord] Re: Sunday route',
    'I can lead the short loop, meeting at the bakery at 9.',
    'ordinary:list',
  ],
  [
    '{who} <{slug}@lists.example>',
    '[sqlite-users] Re: WAL mode on network drives',
    'Short answer: do not. Long answer below.',
    'ordinary:list',
  ],
  [
    'Jira <jira@kestrel.atlassian.net>',
    '[JIRA] ({key}) Export fails for large workspaces',
    '{who} changed the status to In Review.',
    'ordinary:dev',
  ],
  [
    'npm <support@npmjs.com>',
    'Successfully published @harbour/sync@2.{n2}.0',
    'You published a new version of a package.',
    'ordinary:dev',
  ],
]

const WHO = [
  'Nadia Ferris',
  'Joel Ambrose',
  'Kasia Wrona',
  'Ravi Shenoy',
  'Ines Baltar',
  'Greg Tolland',
]

export function ordinaryPart(
  rng: Random,
  person: Person,
  start: number,
  days: number,
  count = 60,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const [from, subject, body, source] = ROWS[i % ROWS.length]!
    const who = rng.pick(WHO)
    const at = start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
    const values = {
      who,
      slug: who.toLowerCase().replace(' ', '.'),
      n: numeric(rng, 3),
      n2: String(rng.int(0, 20)),
      sha: numeric(rng, 7),
      d: String(rng.int(1, 28)),
      key: `KST-${numeric(rng, 3)}`,
    }
    put(
      part,
      {
        id: `n30-h-ord-${i}`,
        at,
        from: fill(from, values),
        to: person.address,
        subject: fill(subject, values),
        body: fill(body, values),
      },
      { label: 'ham', source },
    )
  }
  return part
}
