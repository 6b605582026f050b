// About sixty ordinary mails of a quiet inbox written for this set: developer notifications,
// calendar invitations, forum digests and mailing-list replies.
import type { Random } from '../prng.ts'
import type { Mail } from './records.ts'

const REPOS = ['tidewater/parser', 'ada-w/dotfiles', 'quietbox/infra', 'loomkit/loom']
const PRS = [
  'Fix flaky timezone test',
  'Bump lockfile',
  'Add retry to uploader',
  'Docs: clarify setup',
]
const TOPICS = [
  'Best soldering iron under 50?',
  'Sourdough starter too runny',
  'Winter tyres or all-season?',
]
const LISTS = ['gardening', 'rust-users', 'allotment-north', 'photo-club']
const THREADS = [
  'Meeting notes from Thursday',
  'Seed swap in spring',
  'Lens recommendations',
  'Release 0.9 planning',
]

export interface Ordinary {
  mail: Omit<Mail, 'id' | 'at' | 'to'>
  source: string
}

export function ordinaryMail(rng: Random, i: number): Ordinary {
  switch (i % 4) {
    case 0: {
      const repo = rng.pick(REPOS)
      const n = rng.int(12, 980)
      const title = rng.pick(PRS)
      return {
        source: 'ordinary:developer',
        mail: {
          from: `${rng.pick(['mkoval', 'jpeng', 'sara-dev'])} <notifications@codehost.example>`,
          subject: `Re: [${repo}] ${title} (PR #${n})`,
          body: `@ada-w approved this pull request.\n\nLooks good, merging after CI.\n\nReply to this email directly or view it on the web.\nYou are receiving this because you were mentioned.`,
        },
      }
    }
    case 1:
      return {
        source: 'ordinary:calendar',
        mail: {
          from: `${rng.pick(['Nils Ahrens', 'Tess Hart', 'Omar Said'])} <calendar-notify@quietbox.example>`,
          subject: `Invitation: ${rng.pick(['1:1', 'Quarterly review', 'Dentist run', 'Book club'])} @ ${rng.pick(['Mon', 'Wed', 'Fri'])} ${rng.int(9, 17)}:00`,
          body: 'You have been invited to the following event.\nJoining: video call link in the invitation.\nGoing? Yes - Maybe - No',
        },
      }
    case 2:
      return {
        source: 'ordinary:forum',
        mail: {
          from: 'Makers Forum <digest@makersforum.example>',
          subject: `Daily digest: ${rng.int(3, 14)} new posts in topics you follow`,
          body: `Popular today:\n- ${rng.pick(TOPICS)}\n- ${rng.pick(TOPICS)}\n\nChange digest frequency in your profile.`,
        },
      }
    default: {
      const list = rng.pick(LISTS)
      return {
        source: 'ordinary:list',
        mail: {
          from: `${rng.pick(['Ben Carver', 'Ilse Noor', 'Pat Quinn'])} <${rng.pick(['ben', 'ilse', 'pat'])}@${rng.pick(['fastpost.example', 'homenet.example'])}>`,
          subject: `[${list}] Re: ${rng.pick(THREADS)}`,
          body: `> I think we should move it to the 14th.\n\nAgreed, the 14th works for me too.\n\n--\n${list} mailing list\nUnsubscribe: https://lists.example/${list}`,
        },
      }
    }
  }
}
