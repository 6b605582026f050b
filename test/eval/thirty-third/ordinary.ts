// About sixty ordinary mails of a quiet inbox written for this set: developer notifications,
// calendar invitations, forum digests and `[list] Re:` mailing-list replies.
import type { Random } from '../prng.ts'
import { emptyPart, numeric, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR } from './clock.ts'
import type { Person } from './langs.ts'

const ROWS: readonly [string, string, string][] = [
  [
    'Codeberg <noreply@codeberg.example>',
    '[ochre/shop-theme] Issue #{n}: checkout button misaligned on mobile',
    'lena-k opened an issue: the pay button overlaps the footer below 360px.',
  ],
  [
    'GitHub <notifications@github.com>',
    'Re: [ochre/csv-import] Fix date parsing (PR #{n})',
    '@dlopez approved these changes. Merge when ready.',
  ],
  ['CI <ci@builds.example>', 'Build #{n} passed: main', 'All 214 tests passed in 3m 12s.'],
  [
    'Calendar <calendar-notification@google.com>',
    'Invitation: Accountant call @ Tue 10:00 – 10:30',
    'You have been invited by ruth@taxdesk.example. Going? Yes - Maybe - No',
  ],
  [
    'Makers Forum <digest@forum.example>',
    'Weekly digest: 12 new topics in Ceramics',
    'Top topic: kiln temperatures for stoneware glazes (34 replies).',
  ],
  [
    'Ruth Vermeer <ruth@lists.example>',
    '[indie-sellers] Re: VAT on EU shipments',
    'I use the OSS scheme for that, it saves a lot of paperwork.',
  ],
  [
    'Olu Adeyemi <olu@lists.example>',
    '[indie-sellers] Re: Re: best label printer?',
    'Second the thermal one, no ink to buy.',
  ],
  [
    'Dependabot <notifications@github.com>',
    '[ochre/shop-theme] Bump postcss from 8.4.31 to 8.4.49',
    'Bumps postcss. Release notes and commits inside.',
  ],
]

export function ordinaryPart(
  rng: Random,
  person: Person,
  start: number,
  days: number,
  n = 60,
): Part {
  const part = emptyPart()
  for (let i = 0; i < n; i++) {
    const [from, subject, body] = ROWS[i % ROWS.length]!
    const at = start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * 60_000
    put(
      part,
      {
        id: `n33-q-ord${i}`,
        at,
        from,
        subject: subject.replace('{n}', numeric(rng, 3)),
        body,
        to: person.address,
      },
      {
        label: 'ham',
        source: `ordinary:${['dev', 'dev', 'dev', 'calendar', 'forum', 'list', 'list', 'dev'][i % 8]}`,
      },
    )
  }
  return part
}
