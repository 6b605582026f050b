// Ordinary automated mail of a quiet inbox, written for this set: code-hosting notifications,
// calendar invitations, forum digests and mailing-list replies (label ham).
import type { Random } from '../prng.ts'
import { numeric, type Mail } from './records.ts'
import type { Person } from './people.ts'

type Maker = (rng: Random, person: Person) => Omit<Mail, 'id' | 'at' | 'to'>

const MAKERS: readonly Maker[] = [
  (rng) => {
    const n = numeric(rng, 4)
    return {
      from: 'orbitkit-dev <notifications@github.com>',
      subject: `Re: [orbitkit/core] Flaky test in scheduler (#${n})`,
      body: `@mcastellvi I could reproduce it on main; the fix is in #${Number(n) + 3}.\n\nReply to this email directly, view it on GitHub, or unsubscribe.`,
    }
  },
  (rng) => ({
    from: 'GitLab <gitlab@gitlab.com>',
    subject: `Pipeline #${numeric(rng, 7)} has failed for main`,
    body: 'Pipeline failed in stage test. You are receiving this email because of your account on gitlab.com. Manage all notifications.',
  }),
  () => ({
    from: 'Rosa Elvira <rosa.elvira@studio-nord.example>',
    subject: 'Invitation: Quarterly planning @ Thu 10:00 - 11:30 (CEST)',
    body: 'You have been invited to the following event. Join with video link. Going? Yes - Maybe - No. Invitation from Google Calendar.',
  }),
  () => ({
    from: 'Birders Forum <digest@birders-forum.example>',
    subject: 'Daily digest: 14 new posts in your followed topics',
    body: 'Top topics: "Kingfisher at the canal", "Which binoculars under 300?". You are receiving this because you follow these topics. Change email settings.',
  }),
  (rng) => ({
    from: 'Ansel Pryor <ansel@lists.cyclingclub.example>',
    subject: `[ridecrew] Re: Sunday route ${rng.pick(['north loop', 'coast road', 'hills'])}`,
    body: '> Meeting at 8 at the bridge?\n\nYes, and bring a spare tube this time.\n\n_______________________________________________\nridecrew mailing list\nUnsubscribe: https://lists.cyclingclub.example/options/ridecrew',
  }),
]

export function ordinaryMail(rng: Random, person: Person): Omit<Mail, 'id' | 'at' | 'to'> {
  return rng.pick(MAKERS)(rng, person)
}
