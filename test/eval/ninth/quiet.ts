// Ordinary automated and personal mail of a quiet inbox, written for this set on top of the real
// SpamAssassin ham: GitHub and GitLab notifications, calendar invitations, newsletters the person
// already reads, shipping notices, forum digests, `[list] Re:` replies, and a genuine ticket the
// person opened through a web form, with its later replies and its solved notice.
import type { Random } from '../prng.ts'
import type { MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE, NINTH_WINDOW } from './clock.ts'
import type { Person } from './people.ts'
import { add, digits, emptyPart, record, type Part } from './records.ts'

type Daily = (
  rng: Random,
  day: number,
) => { from: string; subject: string; body: string; source: string }

const REPOS = ['tessellate/rowan', 'quillmap/cli', 'owl-labs/hydra-parse']
const LISTS = ['[sqlite-users]', '[nix-dev]', '[r-help]']
const TOPICS = ['WAL checkpoint stalls on NFS', 'flake inputs follow', 'lm() with weights']

const DAILY: readonly Daily[] = [
  (rng) => {
    const repo = rng.pick(REPOS)
    const n = rng.int(100, 2400)
    return {
      from: 'notifications@github.com',
      subject: `Re: [${repo}] Fix off-by-one in range parser (PR #${n})`,
      body: `@jpr-dev approved these changes.\n\nLooks good to me, thanks!\n\n— Reply to this email directly or view it on GitHub.`,
      source: 'github',
    }
  },
  (rng) => ({
    from: 'GitLab <gitlab@gitlab.com>',
    subject: `quillmap | Pipeline #${digits(rng, 9)} has failed for main`,
    body: 'Pipeline #… triggered by Casimir Ostrander. Job test:unit failed. View pipeline.',
    source: 'gitlab',
  }),
  (rng) => {
    const i = rng.int(0, LISTS.length - 1)
    return {
      from: `${rng.pick(['Dan Kessler', 'Ruth Almeida', 'Ivo Brandt'])} <list-user${rng.int(1, 40)}@lists.example.org>`,
      subject: `${LISTS[i]} Re: ${TOPICS[i]}`,
      body: `> I see the same thing on 3.45.\n\nSetting the busy timeout fixed it here; see the thread from March.`,
      source: 'list reply',
    }
  },
  (_rng, day) => ({
    from: 'Hemlock Weekly <editor@hemlockweekly.com>',
    subject: `Hemlock Weekly #${120 + day}: the slow web, revisited`,
    body: 'This week: why small sites load faster, a reader letter, and three links. Unsubscribe any time.',
    source: 'newsletter',
  }),
  (rng) => ({
    from: 'Tillgate Forum <digest@forum.tillgate.org>',
    subject: `Tillgate Forum daily digest: ${rng.int(4, 19)} new posts`,
    body: 'Popular today: "Replacing a dead SSD in the T14", "Best low-profile keyboard?". Manage digest settings.',
    source: 'forum digest',
  }),
  (rng) => ({
    from: 'Google Calendar <calendar-notification@google.com>',
    subject: `Invitation: Sprint review @ ${['Mon', 'Tue', 'Thu'][rng.int(0, 2)]} 14:00 - 14:45 (casimir@ostrander.net)`,
    body: 'Ada Ruiz has invited you to Sprint review. Join with Google Meet. Going? Yes - Maybe - No',
    source: 'calendar',
  }),
  (rng) => ({
    from: 'Parcelwing <tracking@parcelwing.eu>',
    subject: `Shipment ${digits(rng, 10)} is on its way`,
    body: 'Your parcel left our hub in Venlo and should arrive in 2-3 days.',
    source: 'shipping',
  }),
]

function label(source: string, kind: MailLabel['label'] = 'ham'): MailLabel {
  return { label: kind, lang: 'en', source }
}

/** The ticket the person opened on a web form: its acknowledgement, two replies, solved. */
function ticketThread(rng: Random, person: Person, part: Part): void {
  const ref = digits(rng, 5)
  const at = NINTH_WINDOW.start + 6 * DAY + 10 * HOUR
  const from = 'Norrbeck Support <support@norrbeck.com>'
  const subject = `[Norrbeck #${ref}] Router drops Wi-Fi every evening`
  const steps: [number, string, string, MailLabel][] = [
    [
      0,
      subject,
      'We received your request and will get back to you within one business day.',
      label('ticket', 'own'),
    ],
    [
      20 * HOUR,
      `Re: ${subject}`,
      'Hi Casimir, could you send us the log from Settings > Diagnostics?',
      label('ticket'),
    ],
    [
      2 * DAY,
      `Re: ${subject}`,
      'Thanks for the log. A firmware update (4.2.1) fixes this; please install it.',
      label('ticket'),
    ],
    [
      5 * DAY,
      `Solved: ${subject}`,
      'Your request has been marked as solved. Reply to this email to reopen it.',
      label('ticket'),
    ],
  ]
  steps.forEach(([offset, s, body, l], i) =>
    add(
      part,
      record(
        `ninth-h-ticket-${i}`,
        at + offset + rng.int(0, 30) * MINUTE,
        from,
        s,
        body,
        person.address,
      ),
      l,
    ),
  )
}

export function everydayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  let n = 0
  for (let day = 0; day < NINTH_WINDOW.days; day++) {
    const count = day % 7 >= 5 ? rng.int(1, 3) : rng.int(3, 7)
    for (let i = 0; i < count; i++) {
      const mail = rng.pick(DAILY)(rng, day)
      const at = NINTH_WINDOW.start + day * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
      add(
        part,
        record(`ninth-h-daily-${n++}`, at, mail.from, mail.subject, mail.body, person.address),
        label(mail.source),
      )
    }
  }
  ticketThread(rng, person, part)
  return part
}
