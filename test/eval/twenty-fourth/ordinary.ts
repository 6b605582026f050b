// About sixty ordinary mails of a quiet inbox, written for this set: developer notifications,
// calendar invitations, forum digests and mailing-list replies.
import type { Random } from '../prng.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import type { Person } from './people.ts'
import { emptyPart, numeric, put, type Part } from './records.ts'

const REPOS = ['tidewater/ledger-sync', 'pebblepath/router', 'mossline/docs-site']
const ISSUES = [
  'Flaky test in date parsing on Windows',
  'Add retry to the upload client',
  'Docs: clarify the config precedence',
  'Bump lodash from 4.17.20 to 4.17.21',
]
const LISTS = [
  '[rust-embedded] Re: DMA on the STM32H7',
  '[pgsql-general] Re: vacuum after bulk delete',
  '[allotments] Re: water butt order',
  '[choir-altos] Re: Christmas concert rota',
]

type Maker = (
  rng: Random,
  person: Person,
) => { from: string; subject: string; body: string; source: string }

const MAKERS: readonly Maker[] = [
  (rng) => {
    const repo = rng.pick(REPOS)
    const n = numeric(rng, 3)
    return {
      from: `${rng.pick(['kasia-w', 'dtrenholm', 'rbx'])} <notifications@github.com>`,
      subject: `Re: [${repo}] ${rng.pick(ISSUES)} (#${n})`,
      body: `@${rng.pick(['kasia-w', 'dtrenholm'])} commented on this pull request.\n\nLooks good once CI passes.\n\nReply to this email directly or view it on GitHub.`,
      source: 'ordinary:developer',
    }
  },
  (rng) => ({
    from: 'GitLab <gitlab@gitlab.example>',
    subject: `Pipeline #${numeric(rng, 6)} has failed for main`,
    body: 'Job test:unit failed in stage test. View pipeline for details.',
    source: 'ordinary:developer',
  }),
  (rng, person) => ({
    from: `Dana Kowalczyk <dana.k@harbourline.example>`,
    subject: `Invitation: Quarterly planning @ ${rng.pick(['Tue', 'Wed', 'Thu'])} ${rng.int(9, 15)}:00 (${person.address})`,
    body: 'You have been invited to the following event.\nWhen: 1 hour\nJoining info: meet link\nGoing? Yes - Maybe - No',
    source: 'ordinary:calendar',
  }),
  (rng) => ({
    from: 'Home Brewers Forum <forum@homebrewers.example>',
    subject: `Summary of the last ${rng.int(3, 9)} days`,
    body: 'Popular topics: Wild yeast from apples; Kegging for beginners; Show us your labels.\n\nUnsubscribe from these digests in your preferences.',
    source: 'ordinary:forum-digest',
  }),
  (rng) => {
    const s = rng.pick(LISTS)
    return {
      from: `${rng.pick(['Piet Aalders', 'Morag Kerr', 'J. Hollis'])} <${rng.pick(['piet', 'morag', 'jhollis'])}@lists.example>`,
      subject: s,
      body: `On Monday, someone wrote:\n> has anyone tried this?\n\nYes, works for me after the second attempt.`,
      source: 'ordinary:list-reply',
    }
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
    const m = MAKERS[i % MAKERS.length]!(rng, person)
    const at = start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
    put(
      part,
      {
        id: `n24-q-ord-${i}`,
        at,
        from: m.from,
        to: person.address,
        subject: m.subject,
        body: m.body,
      },
      { label: 'ham', source: m.source },
    )
  }
  return part
}
