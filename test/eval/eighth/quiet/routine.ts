// Recurring everyday automated mail of the quiet inbox's owner (a translator in Turin who works in
// seven languages): code-forge notifications, calendar invitations, newsletters she subscribed to
// long ago, shipping notices, forum digests and mailing-list replies. Written for this set.
import type { Random } from '../../prng.ts'

export interface Everyday {
  source: string
  from: string
  subject: string
  body: string
}

type Maker = (rng: Random, n: number) => Everyday

const REPOS = ['termbase-tools/tmx-merge', 'okapi-contrib/segmenter', 'wout-v/glossary-lint']
const ISSUES = [
  'Crash when a TMX file has no header',
  'Support SRX 2.0 rules',
  'Wrong plural in Dutch UI',
  'Add --dry-run flag',
]

const github: Maker = (rng, n) => {
  const repo = rng.pick(REPOS)
  const title = rng.pick(ISSUES)
  return {
    source: 'github',
    from: `${rng.pick(['marta-k', 'jdelaunay', 'p-okonkwo'])} <notifications@github.com>`,
    subject: `Re: [${repo}] ${title} (#${40 + n})`,
    body: `${rng.pick(['I can reproduce this on 2.3.1.', 'Fixed in the linked PR, please test.', 'Closing as duplicate of an older issue.'])}\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you were mentioned.`,
  }
}

const gitlab: Maker = (rng, n) => ({
  source: 'gitlab',
  from: 'GitLab <gitlab@gitlab.com>',
  subject: `${rng.pick(['Pipeline failed', 'Pipeline fixed', 'Merge request !' + (12 + n) + ' was merged'])} for lexi-pipeline | main`,
  body: `Project: lexi-pipeline\nBranch: main\nCommit: ${rng.int(1e6, 9e6).toString(16)} "Update glossary export"\nView it on GitLab.`,
})

const CALENDAR = [
  [
    'Invitation: Terminology review @ Tue 10:00 - 11:00 (CET)',
    'Einladung: Abstimmung Übersetzung Handbuch @ Do 14:00',
    'Invitation : Point projet manuel @ mer. 9h30',
    'Invitación: Revisión de glosario @ lun 16:00',
    'Convite: Reunião de revisão @ sex 11:00',
    'Invito: Riunione condominio @ gio 21:00',
    'Uitnodiging: Overleg vertaalbureau @ vr 15:00',
  ],
  [
    'Updated invitation: Terminology review',
    'Accepted: Project kick-off',
    'Declined: Friday drinks',
    'Aceptado: Revisión de glosario',
    'Aggiornamento invito: Riunione condominio',
    'Geaccepteerd: Overleg vertaalbureau',
    'Angenommen: Abstimmung Übersetzung',
  ],
] as const

const calendar: Maker = (rng) => ({
  source: 'calendar',
  from: `${rng.pick(['Ilse Maertens', 'Giorgio Pavan', 'Agnès Roux', 'Lukas Feld'])} <calendar-notification@google.com>`,
  subject: rng.pick(rng.pick(CALENDAR)),
  body: 'Join with Google Meet\nWhen: see event details\nGuests: 4\nReply for this event: Yes - Maybe - No\nInvitation from Google Calendar',
})

const NEWSLETTERS = [
  [
    'Slator Weekly <newsletter@slator-weekly.example>',
    'Language industry weekly: MT pricing, new LSP mergers',
  ],
  ['Torino Musei <newsletter@torinomusei.example>', 'Le mostre di questo mese ai Musei di Torino'],
  [
    'De Taalbrief <redactie@taalbrief.example>',
    'Taalbrief: is het "gebruikersvriendelijk" of "gebruiksvriendelijk"?',
  ],
  ['Le Mot Juste <lettre@lemotjuste.example>', 'La lettre du mois : anglicismes et néologismes'],
  ['Fundéu Boletín <boletin@fundeu-boletin.example>', 'Recomendaciones de la semana'],
] as const

const newsletter: Maker = (rng) => {
  const [from, subject] = rng.pick(NEWSLETTERS)
  return {
    source: 'newsletter',
    from,
    subject,
    body: `${subject}\n\nRead online | Unsubscribe | Manage preferences`,
  }
}

const shipping: Maker = (rng) => ({
  source: 'shipping',
  from: rng.pick([
    'Poste Rapide <tracking@posterapide.example>',
    'Bolt Parcel <noreply@boltparcel.example>',
  ]),
  subject: rng.pick([
    'La tua spedizione è in transito',
    'Your parcel has been dispatched',
    'Pakket onderweg naar afhaalpunt',
  ]),
  body: `Tracking number ${rng.int(1e9, 9e9)}. Estimated delivery in 2-3 working days.`,
})

const forum: Maker = (rng) => ({
  source: 'forum-digest',
  from: 'ProZ-like Forum Digest <digest@translatorsforum.example>',
  subject: `Daily digest: ${rng.int(3, 14)} new posts in Legal translation, CAT tools`,
  body: 'Top topics: "Rates for sworn translation in Italy", "Trados vs. memoQ segment locking". Change your digest settings.',
})

const LIST_THREADS = [
  '[okapi-users] Re: SRX rules for Dutch abbreviations',
  '[tmx-dev] Re: Release 2.4 candidate',
  '[okapi-users] RE: Re: Segmenter ignores ellipsis',
  '[tmx-dev] AW: Re: UTF-16 input',
]

const listReply: Maker = (rng) => ({
  source: 'list',
  from: `${rng.pick(['Hugo Brandt', 'Lena Sørlie', 'Rafael Quintas'])} <${rng.pick(['hugo', 'lena', 'rafa'])}@users.example>`,
  subject: rng.pick(LIST_THREADS),
  body: `> On Monday someone wrote:\n> does the segmenter handle this?\n\n${rng.pick(['Yes, with the latest rules file.', 'Not yet, see the open ticket.', 'Works here on 2.3.'])}\n\n_______________________________________________\nmailing list\nlistinfo page`,
})

export const ROUTINE: readonly [Maker, number][] = [
  [github, 26],
  [gitlab, 12],
  [calendar, 16],
  [newsletter, 15],
  [shipping, 8],
  [forum, 12],
  [listReply, 26],
]
