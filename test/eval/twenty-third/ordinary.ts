// About 60 ordinary mails of a quiet inbox, written for this set: developer notifications,
// calendar invitations, forum digests and mailing-list replies.
import type { Random } from '../prng.ts'
import { DAY, HOUR } from './clock.ts'
import type { Person } from './people.ts'
import { digits, emptyPart, put, type Part } from './records.ts'

const REPOS = ['tidewater/parser', 'moss-lab/plotkit', 'quillon/cli', 'fernhouse/docs']
const PRS = [
  'Fix flaky date test',
  'Bump eslint to 9.14',
  'Add --json flag',
  'Docs: clarify install',
]
const LISTS = ['[rsync-users]', '[postgres-novice]', '[openbsd-misc]', '[gardening-club]']
const THREADS = [
  'slow transfer over ssh',
  'vacuum not freeing space',
  'wifi drops after resume',
  'tomatoes in November?',
]

export function ordinaryPart(rng: Random, person: Person, start: number, days: number): Part {
  const part = emptyPart()
  const at = () =>
    start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 3_599_999)
  for (let i = 0; i < 60; i++) {
    const kind = i % 4
    const id = `q23-ord-${i}`
    const to = person.address
    if (kind === 0) {
      const repo = rng.pick(REPOS)
      const n = digits(rng, 3)
      put(
        part,
        {
          id,
          at: at(),
          to,
          from: `${rng.pick(person.colleagues)} <notifications@codehub.example>`,
          subject: `Re: [${repo}] ${rng.pick(PRS)} (PR #${n})`,
          body: `@${person.first.toLowerCase()} approved these changes.\n\nReply to this email directly or view it on CodeHub:\nhttps://codehub.example/${repo}/pull/${n}`,
        },
        { label: 'ham', source: 'ordinary:developer' },
      )
    } else if (kind === 1) {
      const who = rng.pick(person.colleagues)
      put(
        part,
        {
          id,
          at: at(),
          to,
          from: `${who} <calendar@workcal.example>`,
          subject: `Invitation: ${rng.pick(['1:1', 'Sprint review', 'Budget check', 'Coffee'])} @ ${rng.pick(['Mon', 'Tue', 'Wed', 'Thu'])} ${rng.int(9, 16)}:00 (${person.first})`,
          body: `${who} has invited you to this event.\nJoin: https://meet.workcal.example/${digits(rng, 9)}\nGoing? Yes - Maybe - No`,
        },
        { label: 'ham', source: 'ordinary:calendar' },
      )
    } else if (kind === 2) {
      put(
        part,
        {
          id,
          at: at(),
          to,
          from: 'Makers Forum <digest@makersforum.example>',
          subject: `Makers Forum daily digest: ${rng.int(4, 19)} new topics`,
          body: `Popular today:\n- ${rng.pick(THREADS)}\n- ${rng.pick(THREADS)}\nYou are subscribed to the daily summary. Change settings: https://makersforum.example/u/prefs`,
        },
        { label: 'ham', source: 'ordinary:forum' },
      )
    } else {
      const list = rng.pick(LISTS)
      put(
        part,
        {
          id,
          at: at(),
          to,
          from: `${rng.pick(['Tom Akers', 'Lin Wei', 'Hugo Marx'])} <member${digits(rng, 3)}@lists.example>`,
          subject: `${list} Re: ${rng.pick(THREADS)}`,
          body: `> did you try the other setting?\nYes, and it made no difference here. Logs below.\n--\n${list.slice(1, -1)} mailing list`,
        },
        { label: 'ham', source: 'ordinary:list' },
      )
    }
  }
  return part
}
