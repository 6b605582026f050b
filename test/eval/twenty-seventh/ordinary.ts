// About sixty ordinary mails of a quiet inbox, written for this set: developer notifications,
// calendar invitations, forum digests and mailing-list replies.
import type { Random } from '../prng.ts'
import { DAY, HOUR } from './clock.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, numeric, put, type Part } from './records.ts'

interface Template {
  source: string
  from: string
  subject: string
  text: string
}

const TEMPLATES: readonly Template[] = [
  {
    source: 'dev',
    from: 'ferrule-ci <notifications@codehost.example>',
    subject: '[pomfrey/ledger] Fix rounding in export (PR #{n})',
    text: '@declan-moss requested your review on this pull request.\n\n{n} files changed. View it on CodeHost: https://codehost.example/pomfrey/ledger/pull/{n}\nYou are receiving this because your review was requested.',
  },
  {
    source: 'dev',
    from: 'CodeHost <notifications@codehost.example>',
    subject: 'Re: [pomfrey/ledger] Crash when the CSV has no header (Issue #{n})',
    text: 'grace-o commented: I can reproduce this on 2.4.1, the parser assumes the first row. Reply to this email directly or view it on CodeHost.',
  },
  {
    source: 'dev',
    from: 'Pipeline <builds@ci.example>',
    subject: 'Build #{n} failed on main',
    text: 'Stage "test" failed after 4m 12s. 1 failing test: export_spec › rounds halves up. Logs: https://ci.example/b/{n}',
  },
  {
    source: 'dev',
    from: 'Package Index <noreply@pkgindex.example>',
    subject: 'Security advisory for a dependency of ledger',
    text: 'A moderate severity advisory affects yamlish < 3.1.2, used by ledger. Upgrade to 3.1.2 or later.',
  },
  {
    source: 'calendar',
    from: 'Declan Moss <declan@werkhal-office.example>',
    subject: 'Invitation: Quarterly planning @ Thu {d} 10:00 – 11:30 (GMT)',
    text: 'Join with video link. Calendar: harriet.pomfrey@inbox-hp.example. Going? Yes - Maybe - No. Invitation from the shared calendar.',
  },
  {
    source: 'calendar',
    from: 'Room booking <rooms@werkhal-office.example>',
    subject: 'Accepted: Design review (Room 3B)',
    text: 'Room 3B has accepted this invitation for {d} at 14:00.',
  },
  {
    source: 'forum',
    from: 'Allotment Forum <digest@plotforum.example>',
    subject: 'Allotment Forum daily digest: {n} new posts',
    text: 'Top topics today: Overwintering broad beans (12 replies), Who has a spare water butt? (4 replies), Shed roof felt recommendations. Unsubscribe from digests in your settings.',
  },
  {
    source: 'forum',
    from: 'Synth Makers <noreply@synthmakers.example>',
    subject: 'Weekly summary: {n} topics you might like',
    text: 'Popular this week: Eurorack power for beginners; Selling two oscillators; Show us your patch. You are getting this because you enabled summaries.',
  },
  {
    source: 'list',
    from: 'Tomasz Brzeski <tomasz@fastmail.example>',
    subject: '[ledger-users] Re: importing bank statements',
    text: 'On Mon, Ruth wrote:\n> does anyone have a converter for the new format?\n\nYes, I put mine on the wiki, it handles the two-line headers. Tomasz\n--\nledger-users mailing list',
  },
  {
    source: 'list',
    from: 'Ruth Okeke <ruth.okeke@post.example>',
    subject: '[ledger-users] Re: Re: importing bank statements',
    text: 'Thanks Tomasz, that worked after I changed the date column. Ruth\n_______________________________________________\nledger-users mailing list',
  },
  {
    source: 'list',
    from: 'Anselm Vogt <anselm@lists.example>',
    subject: '[birding-nw] Re: waxwings in town',
    text: '> seen at the retail park this morning?\nStill there at 3pm, about thirty birds in the rowan trees by the car park.',
  },
  {
    source: 'dev',
    from: 'Issue Tracker <tracker@werkhal-office.example>',
    subject: '[OPS-{n}] Disk usage alert acknowledged',
    text: 'Declan Moss changed the status to In Progress. Priority: Medium.',
  },
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
    const template = TEMPLATES[i % TEMPLATES.length]!
    const at = start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 3_599_000)
    const values = { n: numeric(rng, rng.int(2, 4)), d: `${rng.int(3, 27)} Nov` }
    put(
      part,
      {
        id: `n27-h-ord-${i}`,
        at,
        from: template.from,
        to: person.address,
        subject: fill(template.subject, values),
        text: fill(template.text, values),
        full: rng.chance(0.34),
      },
      { label: 'ham', lang: 'en', source: `ordinary:${template.source}` },
    )
  }
  return part
}
