// Ordinary mail of a quiet inbox, written for this set: developer notifications, calendar
// invitations, forum digests and mailing-list replies.
import type { Random } from '../prng.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import type { Person } from './people.ts'
import { digits, emptyPart, put, token, type Part } from './records.ts'

const REPOS = ['ashdown/garden-planner', 'tidewater/tiles', 'ferrous/lintkit'] as const
const LISTS = ['allotment-society', 'pgusers-local', 'ukulele-club'] as const

type Maker = (
  rng: Random,
  p: Person,
) => [from: string, subject: string, body: string, source: string]

const MAKERS: readonly Maker[] = [
  (rng) => {
    const repo = rng.pick(REPOS)
    const n = rng.int(12, 480)
    return [
      `Build Bot <notifications@forgehub.example>`,
      `Re: [${repo}] Fix date parsing on leap years (PR #${n})`,
      `@rowan approved these changes.\n\nView it on ForgeHub: https://forgehub.example/${repo}/pull/${n}\nYou are receiving this because you authored the thread.`,
      'ordinary:dev',
    ]
  },
  (rng) => {
    const repo = rng.pick(REPOS)
    return [
      `CI <ci@pipelines.example>`,
      `[${repo}] Pipeline #${digits(rng, 5)} failed on main`,
      `Job "test" failed after 3 min 12 s.\nhttps://pipelines.example/${repo}/-/jobs/${digits(rng, 7)}`,
      'ordinary:dev',
    ]
  },
  (rng, p) => [
    `${p.colleague.name} <${p.colleague.address}>`,
    `Invitation: Sprint review @ Thu ${rng.int(9, 16)}:00 - ${rng.int(9, 16)}:30 (${p.address})`,
    `You have been invited to the following event.\nSprint review\nJoin: https://meet.example/${token(rng, 10)}\nGoing (${p.address})? Yes - Maybe - No`,
    'ordinary:calendar',
  ],
  (rng) => [
    `Allotment Forum <digest@forum.allotment.example>`,
    `Forum digest: ${rng.int(3, 14)} new posts this week`,
    `Top topics: "Blight on the tomatoes again", "Shared water butt rota", "Seed swap in March".\nChange your digest settings in your profile.`,
    'ordinary:forum',
  ],
  (rng) => {
    const list = rng.pick(LISTS)
    return [
      `${rng.pick(['Gwen Tallis', 'Piotr Nowak', 'Aled Rhys'])} <member@lists.example>`,
      `[${list}] Re: ${rng.pick(['meeting room for March', 'vacuum settings on 16', 'tuning for the concert'])}`,
      `> Does anyone know?\n\nYes - it worked for me last time. Cheers.\n\n--\n${list} mailing list\nhttps://lists.example/${list}`,
      `ordinary:list/${list}`,
    ]
  },
]

export function ordinaryPart(
  rng: Random,
  person: Person,
  start: number,
  days: number,
  count: number,
): Part {
  const part = emptyPart()
  for (let i = 0; i < count; i++) {
    const [from, subject, body, source] = MAKERS[i % MAKERS.length]!(rng, person)
    const at = start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
    put(
      part,
      { id: `n29-q-ord-${i}`, at, from, subject, body, to: person.address },
      { label: 'ham', source },
    )
  }
  return part
}
