// About 60 ordinary mails of a quiet inbox, written for this set: developer notifications,
// calendar invitations, forum digests and mailing-list replies.
import type { Random } from '../prng.ts'
import { DAY, MINUTE } from './clock.ts'
import type { Person } from './people.ts'
import { emptyPart, numeric, put, type Part } from './records.ts'

const KINDS: readonly {
  source: string
  name: string
  address: string
  subject: string
  body: string
}[] = [
  {
    source: 'ordinary:dev',
    name: 'Tessel CI',
    address: 'builds@tesselci.dev',
    subject: '[harbour/api] Pipeline #{n} failed on main',
    body: 'Job "unit" failed after 4m12s. View logs: https://tesselci.dev/harbour/api/pipelines/{n}',
  },
  {
    source: 'ordinary:dev',
    name: 'Grebe Code',
    address: 'notifications@grebecode.dev',
    subject: 'Re: [harbour/api] Retry uploads on 503 (PR #{n})',
    body: 'mira-k approved these changes.\n\nLGTM, one nit on the backoff constant.',
  },
  {
    source: 'ordinary:dev',
    name: 'Grebe Code',
    address: 'notifications@grebecode.dev',
    subject: '[harbour/web] Issue #{n}: dark mode toggle resets',
    body: 'opened by lotta-v: steps to reproduce in the description.',
  },
  {
    source: 'ordinary:calendar',
    name: 'Oren Platt',
    address: 'oren@work-inbox.example',
    subject: 'Invitation: Roadmap review @ Thu {d} 14:00 - 15:00',
    body: 'Oren Platt has invited you to Roadmap review. Going? Yes - Maybe - No',
  },
  {
    source: 'ordinary:forum',
    name: 'Spokeworks Forum',
    address: 'digest@spokeworks-forum.org',
    subject: 'Spokeworks Forum weekly digest: 14 new topics',
    body: 'Popular this week: Tubeless on old rims? • Winter chain wax • Route: Peak loop',
  },
  {
    source: 'ordinary:list',
    name: 'Anneke Vos',
    address: 'anneke@lists.birdcount.example',
    subject: '[birdcount] Re: November roost count',
    body: 'I counted 212 at the north pond, a bit lower than last year.\n\n> Could everyone send totals by Sunday?',
  },
  {
    source: 'ordinary:list',
    name: 'Paolo Ricci',
    address: 'paolo@lists.sqlite-users.example',
    subject: '[sqlite-users] Re: WAL checkpoint stalls',
    body: 'Setting wal_autocheckpoint lower fixed it for us.',
  },
  {
    source: 'ordinary:dev',
    name: 'Pagerlane',
    address: 'alerts@pagerlane.io',
    subject: 'Resolved: api latency p95 > 800ms',
    body: 'Incident #{n} resolved after 6 minutes.',
  },
]

export function ordinaryPart(rng: Random, person: Person, start: number, days: number): Part {
  const part = emptyPart()
  for (let i = 0; i < 60; i++) {
    const k = KINDS[i % KINDS.length]!
    const n = numeric(rng, 4)
    const d = String(rng.int(5, 27))
    const fillIn = (s: string) => s.replaceAll('{n}', n).replaceAll('{d}', d)
    put(
      part,
      {
        id: `n28-h-ord-${i}`,
        at: start + rng.int(0, days - 1) * DAY + rng.int(7 * 60, 22 * 60) * MINUTE,
        name: k.name,
        address: k.address,
        subject: fillIn(k.subject),
        body: fillIn(k.body),
        to: person.address,
      },
      { label: 'ham', source: k.source },
    )
  }
  return part
}
