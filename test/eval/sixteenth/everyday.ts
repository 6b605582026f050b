// Ordinary automated and personal mail of a quiet inbox, written for this set: code-hosting
// notifications, calendar invites, newsletters the person reads, shipping notices, forum digests,
// list replies, surveys and statements — and a ticket the person really opened through a web
// form, with its acknowledgement (own), the company's real answer and the solved notice (ham).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, put, type Part } from './records.ts'

type Mail = readonly [lang: Lang, from: string, subject: string, body: string]

const EVERYDAY: readonly Mail[] = [
  [
    'en',
    'GitHub <notifications@github.com>',
    'Re: [octo-tools/parser] Handle empty frames (PR #412)',
    '@kimr approved these changes. LGTM once CI is green.',
  ],
  [
    'en',
    'GitLab <gitlab@mg.gitlab.com>',
    'infra | Pipeline #88213 has failed',
    'Pipeline #88213 triggered by Kim R. failed on job lint.',
  ],
  [
    'en',
    'Google Calendar <calendar-notification@google.com>',
    'Invitation: Sprint review @ Thu 14:00 - 15:00',
    'You have been invited to Sprint review. Join with Google Meet.',
  ],
  [
    'en',
    'Hacker Newsletter <kale@hackernewsletter.com>',
    'Hacker Newsletter #712',
    'The best articles this week, picked by hand.',
  ],
  [
    'en',
    '"[rust-users] Re: lifetime of borrowed iterator" <users@lists.example.org>',
    '[rust-users] Re: lifetime of borrowed iterator',
    'You can collect into a Vec first; then the borrow ends.',
  ],
  [
    'en',
    'Meetup <info@meetup.com>',
    'Reminder: Bristol JS is tomorrow',
    'See you tomorrow at 18:30, The Engine Shed.',
  ],
  [
    'de',
    'Fahrrad-Forum <forum@radforum.example.de>',
    'Tägliche Zusammenfassung: 7 neue Beiträge',
    'Neue Themen: Nabendynamo tauschen, Kettenpflege im Winter …',
  ],
  [
    'de',
    'Hermes <noreply@hermesworld.com>',
    'Ihre Sendung wurde zugestellt',
    'Die Sendung H1002938475 wurde an den Nachbarn übergeben.',
  ],
  [
    'fr',
    'Le Monde <newsletter@lemonde.fr>',
    'La Matinale du Monde',
    'Les informations à retenir ce matin.',
  ],
  [
    'fr',
    'SNCF Connect <noreply@sncf-connect.com>',
    'Rappel : votre voyage Paris → Lyon demain',
    'Départ 08:04, voiture 12, place 45.',
  ],
  [
    'es',
    'Strava <no-reply@strava.com>',
    'Tu resumen semanal',
    'Esta semana: 3 actividades, 42 km.',
  ],
  ['pt', 'Público <newsletter@publico.pt>', 'Resumo do dia', 'As notícias que marcaram o dia.'],
  [
    'it',
    'Trenitalia <noreply@trenitalia.it>',
    'Promemoria viaggio',
    'Il tuo treno Frecciarossa 9541 parte domani alle 07:35.',
  ],
  ['nl', 'NS <noreply@ns.nl>', 'Je maandoverzicht', 'Bekijk je reizen en kosten van augustus.'],
  [
    'en',
    'Coop Bank <statements@coop-bank.example.co.uk>',
    'Your September statement is ready',
    'Your statement is available in online banking.',
  ],
  [
    'en',
    'Deliveroo <no-reply@deliveroo.co.uk>',
    'How did we do?',
    'Rate your order from Pasta Bar. It takes 10 seconds.',
  ],
]

export function everydayPart(
  rng: Random,
  part: Part,
  start: number,
  days: number,
  count: number,
): void {
  for (let i = 0; i < count; i++) {
    const [lang, from, subject, body] = rng.pick(EVERYDAY)
    const at = start + Math.floor(rng.next() * days * DAY)
    put(
      part,
      `quiet-day-${i}`,
      { at, from, subject, body },
      { label: 'ham', lang, source: 'everyday' },
    )
  }
}

/** A ticket the person opened via a web form: acknowledgement (own), answer and solved (ham). */
export function genuineTicket(part: Part, at: number): void {
  const from = 'Vellowdesk Care <care@vellowdesk.example.com>'
  const mails = [
    [
      'Request received: Laptop stand arrived scratched',
      'Hi Kim, we got your request #55120 and will reply within a day.',
      'own',
    ],
    [
      'Re: Laptop stand arrived scratched [#55120]',
      'Hi Kim, sorry about that! A replacement ships today, no need to return the old one. — Priya',
      'ham',
    ],
    [
      '[#55120] Your request has been solved',
      'We marked your request as solved. Reply within 7 days to reopen it. How did we do? Rate us: ★★★★★',
      'ham',
    ],
  ] as const
  mails.forEach(([subject, body, label], i) =>
    put(
      part,
      `quiet-ticket-${i}`,
      { at: at + i * 20 * HOUR, from, subject, body },
      { label, lang: 'en', family: 'ack', source: 'genuine ticket' },
    ),
  )
}
