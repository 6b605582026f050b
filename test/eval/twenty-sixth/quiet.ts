// The quiet inbox (h-quiet): SpamAssassin ham and the real corpus redated into the window by the
// shared helper, about 60 ordinary mails written here (developer notifications, calendar
// invitations, forum digests, mailing-list replies), and every look-alike text once.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { DAY, digits, emptyPart, HOUR, MINUTE, put, WINDOW, type Part } from './base.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_CLASS_NAMES, LOOK_TEXT, lookLabel, lookMail, lookSender } from './look/index.ts'
import type { Person } from './people.ts'

export const QUIET_HAM = 300

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const chosen = rng.shuffle(ham).slice(0, QUIET_HAM)
  const dates = redate(
    chosen.map((m) => m.date),
    WINDOW,
  )
  chosen.forEach((m, i) =>
    put(
      part,
      {
        id: `n26-q-sa-${i}`,
        at: dates[i]!,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      {
        label: 'ham',
        source: m.listId ? `spamassassin-list/${m.group}` : `spamassassin/${m.group}`,
      },
    ),
  )
  const known = real.map((m) => m.date ?? WINDOW.start)
  const realDates = redate(known, WINDOW)
  real.forEach((m, i) =>
    put(
      part,
      {
        id: `n26-q-real-${i}`,
        at: m.date === null ? WINDOW.start + rng.int(1, 27) * DAY : realDates[i]!,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 4_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    ),
  )
  return part
}

const REPOS = ['tidewater/ingest', 'lumen-ops/charts', 'quarry/cli']
const ORDINARY: readonly ((rng: Random) => readonly [string, string, string])[] = [
  (r) => [
    `${r.pick(REPOS)} <notifications@codehub.example>`,
    `[${r.pick(REPOS)}] Fix retry loop on timeout (PR #${digits(r, 3)})`,
    '@marit requested your review on this pull request. 3 files changed.',
  ],
  (r) => [
    'CI <builds@ci.codehub.example>',
    `Build #${digits(r, 4)} passed on main`,
    'All 412 tests passed in 6m 12s.',
  ],
  (r) => [
    'Ada Kwiatek <ada@work-mailnest.example>',
    `Invitation: Sprint review @ ${r.int(1, 28)}/11 ${r.int(9, 16)}:00`,
    'Ada Kwiatek has invited you to Sprint review. Join with the link in the calendar entry.',
  ],
  () => [
    'Hikers Forum <digest@trailtalk.example>',
    'Your weekly digest: 14 new topics',
    'Popular this week: boots for wet winters; a new hut on the ridge path.',
  ],
  (r) => [
    `Piet Zwart <piet@lists.example>`,
    `[gardening] Re: ${r.pick(['overwintering dahlias', 'slug traps', 'compost too wet'])}`,
    'I had the same problem last year; more cardboard helped.\n\n> Any tips?',
  ],
  (r) => [
    'Dev Mailing List <dev@lists.quarry.example>',
    `[quarry-dev] Re: release ${r.int(2, 4)}.${r.int(0, 9)} plan`,
    'Fine with me, but let’s freeze on Friday.',
  ],
]

export function ordinaryPart(rng: Random, person: Person, count = 60): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const [from, subject, body] = ORDINARY[i % ORDINARY.length]!(rng)
    const at = WINDOW.start + rng.int(0, 27) * DAY + rng.int(7, 21) * HOUR + rng.int(0, 59) * MINUTE
    put(
      part,
      { id: `n26-q-ord-${i}`, at, from, subject, body, to: person.address },
      { label: 'ham', source: 'ordinary' },
    )
  }
  return part
}

/** Every look-alike text once, in every language, spread over the four weeks. */
export function quietLookalikes(rng: Random, person: Person): Part {
  const part = emptyPart()
  let i = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASS_NAMES)
      LOOK_TEXT[lang].texts[cls].forEach((_, t) => {
        const brand = LOOK_STEMS[(i * 5 + t) % LOOK_STEMS.length]!
        const at =
          WINDOW.start +
          3 * DAY +
          rng.int(0, 24) * DAY +
          rng.int(7, 22) * HOUR +
          rng.int(0, 59) * MINUTE
        const from = lookSender(rng, cls, brand, lang, person)
        lookMail(rng, cls, lang, person, from, brand, at, `n26-q-look-${i}`, t).forEach((m, j) =>
          put(part, m, lookLabel(cls, lang, j === 0 ? 'quiet' : 'history')),
        )
        i++
      })
  return part
}
