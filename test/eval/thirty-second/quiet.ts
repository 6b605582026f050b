// The quiet inbox (h-quiet): SpamAssassin ham and the real corpus redated into the window, about
// sixty ordinary mails (code-host notifications, calendar invitations, forum digests, list
// replies), the quiet look-alikes (every text of every class and language) and the season's mail.
import type { Random } from '../prng.ts'
import { redate } from '../redate.ts'
import type { RealMail } from '../real-corpus.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { emptyPart, numeric, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE, WINDOW } from './clock.ts'
import { LOOK_STEMS, SERVICES } from './companies.ts'
import { brandOf } from './background.ts'
import { LOOK_CLASSES, lookLabel, lookMails } from './look/index.ts'
import type { Person } from './people.ts'

export function corpusPart(
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const hamDates = redate(
    ham.map((m) => m.date),
    WINDOW,
  )
  ham.forEach((m, i) =>
    put(
      part,
      {
        id: `t32-q-sa-${i}`,
        at: hamDates[i]!,
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
  const dated = real.map((m, i) => m.date ?? Date.UTC(2024, 0, 1 + i))
  const realDates = redate(dated, WINDOW)
  real.forEach((m, i) =>
    put(
      part,
      {
        id: `t32-q-real-${i}`,
        at: realDates[i]!,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    ),
  )
  return part
}

const REPOS = ['tidewater-cli', 'lanternfish', 'quarry-ui', 'brackish']
const ORDINARY: readonly ((r: Random, n: string) => [string, string, string])[] = [
  (r, n) => [
    `${SERVICES.code} <notifications@rinzforge.dev>`,
    `[${r.pick(REPOS)}] Fix flaky date parsing (PR #${n.slice(0, 3)})`,
    'mirela-k requested your review on this pull request. View it on Rinzforge.',
  ],
  (r, n) => [
    `${SERVICES.code} <notifications@rinzforge.dev>`,
    `[${r.pick(REPOS)}] Run failed: nightly build (main)`,
    `Job test-linux failed after 4m 12s. Run ${n}.`,
  ],
  (r) => [
    `${SERVICES.code} <notifications@rinzforge.dev>`,
    `Re: [${r.pick(REPOS)}] Crash when the config file is empty (Issue #88)`,
    'I can reproduce this on 2.4.1. Stack trace attached. Reply to this email directly or view it on Rinzforge.',
  ],
  () => [
    `${SERVICES.calendar} <calendar@tolvcal.app>`,
    'Invitation: Sprint review @ Thu 10:00 - 11:00 (GMT)',
    'Organiser: lena.moss@worksite.example. Join with video. Going? Yes / No / Maybe',
  ],
  () => [
    `${SERVICES.calendar} <calendar@tolvcal.app>`,
    'Updated invitation: 1:1 Desmond / Lena',
    'This event has been moved to Wednesday 14:30.',
  ],
  (r) => [
    `${SERVICES.forum} <digest@dreffboard.org>`,
    `Weekly digest: ${r.int(5, 14)} new topics in Home Brewing`,
    'Popular this week: "Cold crash before bottling?" and "Mulled cider recipe".',
  ],
  (r) => [
    `Mira Osei <mira.osei@lists.example>`,
    `[${r.pick(['rust-users', 'pg-general', 'nixers'])}] Re: best way to cache builds in CI`,
    '> We tried sccache last year\nIt worked well once we pinned the toolchain. YMMV.',
  ],
  (r) => [
    `Jonas Weir <jweir@lists.example>`,
    `[${r.pick(['rust-users', 'pg-general', 'nixers'])}] Re: [ANN] release 0.9 is out`,
    'Thanks for the release! The changelog link is broken though.',
  ],
]

export function ordinaryPart(rng: Random, person: Person, count: number): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const [from, subject, body] = ORDINARY[i % ORDINARY.length]!(rng, numeric(rng, 6))
    const at =
      WINDOW.start +
      rng.int(0, WINDOW.days - 1) * DAY +
      rng.int(7, 23) * HOUR +
      rng.int(0, 59) * MINUTE
    put(
      part,
      { id: `t32-q-ord-${i}`, at, from, subject, body, to: person.address },
      { label: 'ham', lang: 'en', source: 'ordinary' },
    )
  }
  return part
}

/** Every look-alike text of every class and language once, from brands new to each other. */
export function quietLookalikes(rng: Random, person: Person): Part {
  const part = emptyPart()
  let i = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES)
      for (let pick = 0; pick < 3; pick++, i++) {
        const at =
          WINDOW.start +
          rng.int(1, WINDOW.days - 1) * DAY +
          rng.int(7, 22) * HOUR +
          rng.int(0, 59) * MINUTE
        const brand = brandOf(LOOK_STEMS[i % LOOK_STEMS.length]!, lang)
        for (const { mail, label } of lookMails(
          rng,
          cls,
          lang,
          person,
          brand,
          at,
          `t32-q-look-${i}`,
          lookLabel(cls, lang, 'quiet'),
          pick,
        ))
          put(part, mail, label)
      }
  return part
}
