// The quiet inbox of four weeks: SpamAssassin ham and the real corpus redated into the window,
// about sixty ordinary mails (developer notifications, calendar invitations, forum digests,
// mailing-list replies) and the quiet look-alikes, every class in every language.
import type { Random } from '../prng.ts'
import type { RealMail } from '../real-corpus.ts'
import { redate } from '../redate.ts'
import type { HamMail } from '../spam-assassin.ts'
import { LANGUAGES } from '../types.ts'
import { DAY, HOUR, TWENTY_FIFTH_WINDOW } from './clock.ts'
import { LOOK_STEMS } from './companies.ts'
import { LOOK_TEXT } from './look-text/index.ts'
import { LOOK_CLASSES, lookLabel, lookSender, putLookalike } from './lookalike.ts'
import { PEOPLE, type Person } from './people.ts'
import { emptyPart, numeric, put, type Part } from './records.ts'

const W = TWENTY_FIFTH_WINDOW

export function corpusPart(
  rng: Random,
  ham: readonly HamMail[],
  real: readonly RealMail[],
  person: Person,
): Part {
  const part = emptyPart()
  const hamDates = redate(
    ham.map((m) => m.date),
    W,
  )
  ham.forEach((m, i) => {
    const source = m.listId ? `spamassassin-list/${m.group}` : `spamassassin/${m.group}`
    put(
      part,
      {
        id: `t25-q-sa-${i}`,
        at: hamDates[i]!,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source },
    )
  })
  const dated = real.filter((m) => m.date !== null)
  const realDates = redate(
    dated.map((m) => m.date!),
    W,
  )
  real.forEach((m, i) => {
    const k = dated.indexOf(m)
    const at =
      k >= 0 ? realDates[k]! : W.start + rng.int(0, W.days - 1) * DAY + rng.int(7, 22) * HOUR
    put(
      part,
      {
        id: `t25-q-real-${i}`,
        at,
        from: m.from,
        subject: m.subject,
        body: m.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: `real/${m.source}` },
    )
  })
  return part
}

const ORDINARY: readonly (readonly [string, string, string])[] = [
  ['notifications@github.com', '[quarrytools/lathe] Fix off-by-one in tokenizer (PR #{n})', 'merged this pull request into main. You are receiving this because you were mentioned.'],
  ['builds@ci.example.org', '[quarrytools] Build #{n} passed on main', 'All 412 checks passed in 6m 12s.'],
  ['calendar-noreply@cal.example', 'Invitation: Sprint review @ Thu 14:00 - 15:00', 'You have been invited. Join with video. Yes / No / Maybe'],
  ['digest@forum.fermenters.example', 'Forum digest: 12 new topics this week', 'Top topics: sourdough hydration, kombucha SCOBY care, kimchi jar sizes.'],
  ['list@lists.rsync-users.example', '[rsync-users] Re: --partial-dir and hard links', 'On Tue, someone wrote: > does this still hold? Yes, since 3.2 it does.'],
  ['gitlab@gitlab.example.com', 'Re: Issue #{n}: flaky timeout in ingest job', 'New comment: I could reproduce it with a cold cache, patch coming.'],
  ['announce@lists.debian.example', '[debian-announce] Point release {n} published', 'This point release mainly adds corrections for security problems.'],
  ['events@meetup.example', 'Reminder: Rust & Coffee on Tuesday', 'You RSVP’d yes. 23 going. Location: the library café.'],
] // prettier-ignore

export function everydayPart(rng: Random, person: Person): Part {
  const part = emptyPart()
  for (let i = 0; i < 60; i++) {
    const [from, subject, body] = rng.pick(ORDINARY)
    const at =
      W.start + rng.int(0, W.days - 1) * DAY + rng.int(6, 23) * HOUR + rng.int(0, 59) * 60_000
    const n = numeric(rng, 4)
    put(
      part,
      {
        id: `t25-q-ord-${i}`,
        at,
        from,
        subject: subject.replace('{n}', n),
        body,
        to: person.address,
      },
      { label: 'ham', source: 'ordinary' },
    )
  }
  let k = 0
  for (const lang of LANGUAGES)
    for (const cls of LOOK_CLASSES) {
      const person = PEOPLE[lang]
      const texts = LOOK_TEXT[lang].texts[cls.name]
      for (let j = 0; j < rng.int(2, 3); j++) {
        const from = lookSender(rng, cls, rng.pick(LOOK_STEMS), person)
        const at = W.start + rng.int(1, W.days - 1) * DAY + rng.int(6, 22) * HOUR
        putLookalike(
          rng,
          part,
          cls,
          lang,
          person,
          from,
          at,
          `t25-q-look-${k++}`,
          lookLabel(cls, lang, 'quiet'),
          texts[j % texts.length],
        )
      }
    }
  return part
}
