// About sixty ordinary mails of a quiet inbox written for this set: developer notifications,
// calendar invitations, forum digests and `[list] Re:` mailing-list replies (label `ham`).
import type { Random } from '../prng.ts'
import { DAY } from './clock.ts'
import type { Person } from './people.ts'
import { emptyPart, numeric, put, type Part } from './records.ts'

const REPOS = ['yarnball/cli', 'zestline/docs', 'wobbly/parser', 'kitefold/web']
const TOPICS = [
  'Release 2.3 planning',
  'Flaky test on CI',
  'Proposal: drop Node 18',
  'Docs typo in install guide',
  'Winter meetup venue',
]
const LISTS = ['yarnball-dev', 'zestline-users', 'kitefold-announce']
const PEOPLE = ['Ada Kowalczyk', 'Bruno Saldanha', 'Chen Wei', 'Dora Lindqvist', 'Emeka Obi']

type Kind = 'dev' | 'calendar' | 'forum' | 'list'

function write(
  rng: Random,
  kind: Kind,
  person: Person,
): { from: string; subject: string; body: string } {
  const who = rng.pick(PEOPLE)
  const topic = rng.pick(TOPICS)
  switch (kind) {
    case 'dev': {
      const repo = rng.pick(REPOS)
      const n = numeric(rng, 3)
      return rng.chance(0.5)
        ? {
            from: `${who} <notifications@zyphub.dev>`,
            subject: `Re: [${repo}] ${topic} (#${n})`,
            body: `${who.split(' ')[0]} left a comment:\nI can reproduce this on main, looking into it.\n\nReply to this email directly or view it on Zyphub.`,
          }
        : {
            from: 'Zyphub <noreply@zyphub.dev>',
            subject: `[${repo}] Run failed: CI - main (${n})`,
            body: `The workflow "CI" failed on main. 1 failing job: test (20.x).`,
          }
    }
    case 'calendar':
      return {
        from: `${who} <${who.split(' ')[0]!.toLowerCase()}@kitefold.example>`,
        subject: `Invitation: ${topic} @ Thu ${rng.int(9, 16)}:00 - ${rng.int(17, 18)}:00 (${person.address})`,
        body: `You have been invited to the following event.\n${topic}\nJoining info: video call link\nGoing? Yes - Maybe - No`,
      }
    case 'forum':
      return {
        from: 'Wobbly Forum <digest@forum.wobbly.example>',
        subject: `[Wobbly Forum] Summary: ${rng.int(3, 12)} new topics`,
        body: `Here is what you missed this week:\n- ${topic} (${rng.int(2, 40)} replies)\n- ${rng.pick(TOPICS)}\nYou are receiving this because you enabled the weekly summary.`,
      }
    case 'list': {
      const list = rng.pick(LISTS)
      return {
        from: `${who} <${who.split(' ')[0]!.toLowerCase()}@lists.example>`,
        subject: `[${list}] Re: ${topic}`,
        body: `> what does everyone think?\n\n+1 from me, as long as we keep the old flag for one release.\n-- \n${who}\n_______________________________________________\n${list} mailing list`,
      }
    }
  }
}

export function ordinaryPart(
  rng: Random,
  person: Person,
  from: number,
  days: number,
  count = 60,
): Part {
  const part = emptyPart()
  const kinds: Kind[] = ['dev', 'calendar', 'forum', 'list']
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!
    const at = from + Math.floor(rng.next() * days * DAY)
    put(
      part,
      { id: `n31-q-ord-${i}`, at, to: person.address, ...write(rng, kind, person) },
      { label: 'ham', source: `ordinary:${kind}` },
    )
  }
  return part
}
