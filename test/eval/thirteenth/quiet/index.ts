// The quiet inbox: three weeks of SpamAssassin ham and the real helpdesk / reply corpus, moved
// into the window with this set's own dates and jitter, plus the everyday mail of everyday.ts,
// a few important notices, and a genuine ticket the person opened through a web form (its
// acknowledgement is own, the agent's reply and the solved notice are ham).
import type { Random } from '../../prng.ts'
import type { RealMail } from '../../real-corpus.ts'
import { redate } from '../../redate.ts'
import type { HamMail } from '../../spam-assassin.ts'
import { addHam } from '../background.ts'
import { DAY, HOUR, MINUTE, THIRTEENTH_WINDOW } from '../clock.ts'
import { importantMail } from '../important/index.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import {
  CALENDAR,
  DIGESTS,
  GITHUB,
  GITLAB,
  LIST_REPLIES,
  NEWSLETTERS,
  SHIPPING,
  type Everyday,
} from './everyday.ts'

export function saPart(rng: Random, ham: readonly HamMail[], person: Person, prefix: string): Part {
  const part = emptyPart()
  const dates = redate(
    ham.map((m) => m.date),
    THIRTEENTH_WINDOW,
  )
  ham.forEach((mail, i) => {
    addHam(part, `${prefix}-ham-${i}`, dates[i]! + rng.int(-9, 9) * MINUTE, mail, person)
  })
  return part
}

export function realPart(
  rng: Random,
  real: readonly RealMail[],
  person: Person,
  prefix: string,
): Part {
  const part = emptyPart()
  const known = real.map((m, i) => m.date ?? THIRTEENTH_WINDOW.start + i * HOUR)
  const dates = redate(known, THIRTEENTH_WINDOW)
  real.forEach((mail, i) => {
    const at = dates[i]! + rng.int(0, 30) * MINUTE
    add(
      part,
      record(
        `${prefix}-real-${i}`,
        at,
        mail.from,
        mail.subject,
        mail.text.slice(0, 2_000),
        person.address,
      ),
      {
        label: 'ham',
        source: `real/${mail.source}`,
      },
    )
  })
  return part
}

function spread(
  rng: Random,
  part: Part,
  list: readonly Everyday[],
  count: number,
  prefix: string,
  person: Person,
): void {
  for (let i = 0; i < count; i++) {
    const [from, subject, body, source] = list[i % list.length]!
    const at =
      THIRTEENTH_WINDOW.start +
      rng.int(0, THIRTEENTH_WINDOW.days * 24 - 1) * HOUR +
      rng.int(0, 59) * MINUTE
    add(part, record(`${prefix}-${source}-${i}`, at, from, subject, body, person.address), {
      label: 'ham',
      source,
    })
  }
}

function ticketThread(rng: Random, part: Part, person: Person, prefix: string): void {
  const opened = THIRTEENTH_WINDOW.start + 8 * DAY + 10 * HOUR + rng.int(0, 50) * MINUTE
  const subject = 'Refund for duplicate charge on 3 February'
  const from = 'Korvane Energy Customer Care <care@korvane-energy.example>'
  const thread: [number, string, string, MailKind][] = [
    [
      opened + 2 * MINUTE,
      `[Case 00482913] We've received your request: ${subject}`,
      'Thanks for getting in touch through our contact form. Your case number is 00482913. An advisor will reply within two working days.',
      'own',
    ],
    [
      opened + 5 * HOUR,
      `Re: [Case 00482913] ${subject}`,
      'Hello Rowan, I can see the two payments. I have refunded the second one; it will reach your account in 3-5 days. Kind regards, Amira (Customer Care)',
      'ham',
    ],
    [
      opened + 2 * DAY + 3 * HOUR,
      `[Case 00482913] Your case has been solved`,
      'We have marked your case as solved. If anything is still wrong, reply to this email within 7 days to reopen it. How did we do? Rate us with one click.',
      'ham',
    ],
  ]
  thread.forEach(([at, subj, body, label], i) =>
    add(part, record(`${prefix}-ticket-${i}`, at, from, subj, body, person.address), {
      label,
      lang: 'en',
      source: 'ticket-thread',
    }),
  )
}
type MailKind = 'own' | 'ham'

export function everydayPart(rng: Random, person: Person, prefix: string): Part {
  const part = emptyPart()
  spread(rng, part, GITHUB, 14, `${prefix}-gh`, person)
  spread(rng, part, GITLAB, 5, `${prefix}-gl`, person)
  spread(rng, part, CALENDAR, 3, `${prefix}-cal`, person)
  spread(rng, part, NEWSLETTERS, 9, `${prefix}-nl`, person)
  spread(rng, part, SHIPPING, 2, `${prefix}-ship`, person)
  spread(rng, part, DIGESTS, 10, `${prefix}-dig`, person)
  spread(rng, part, LIST_REPLIES, 12, `${prefix}-list`, person)
  ticketThread(rng, part, person, prefix)
  for (let i = 0; i < 6; i++) {
    const at =
      THIRTEENTH_WINDOW.start + rng.int(0, THIRTEENTH_WINDOW.days - 1) * DAY + rng.int(7, 22) * HOUR
    importantMail(rng, part, `${prefix}-imp-${i}`, at, 'en', person)
  }
  return part
}
