// Newsletters the person subscribed to long ago, shop and carrier shipping notices, and app
// notifications, in the languages they read.
import type { Random } from '../../prng.ts'
import { dayTime, type Everyday } from './item.ts'

const LETTERS = [
  [
    'De Taalpost <redactie@taalpost.example>',
    'De Taalpost – week {n}: nieuwe woorden in het woordenboek',
    'Deze week: 40 nieuwe woorden, een interview met een tolk en de agenda.',
  ],
  [
    'Translation Weekly <hello@translationweekly.example>',
    'Translation Weekly #{n}: machine translation post-editing rates',
    'This week: MTPE rates, a new style guide and three job posts.',
  ],
  [
    'Le Courrier des Lettres <lettre@courrierlettres.example>',
    'Le Courrier des Lettres n° {n}',
    'Au sommaire : la réforme de l’orthographe, un dossier sur la traduction littéraire.',
  ],
  [
    'Sprachraum Newsletter <news@sprachraum.example>',
    'Sprachraum-Newsletter {n}/2027',
    'Themen: Gendern in Fachtexten, neue Normen, Veranstaltungen.',
  ],
] as const
const SHIPPING = [
  [
    'Boekenhuis Scheldt <bestelling@boekenhuis.example>',
    'Je bestelling 8812{n} is verzonden',
    'Goed nieuws: je bestelling is onderweg. Track & trace: 3SXB{n}.',
  ],
  [
    'PostNord Benelux <noreply@track.example>',
    'Your parcel is on its way',
    'Parcel 3SXB{n} will be delivered on Friday between 9:00 and 13:00.',
  ],
  [
    'Papeterie Lumen <commandes@lumen.example>',
    'Votre commande {n} a été expédiée',
    'Votre colis est en route. Numéro de suivi : LM{n}.',
  ],
] as const
const APPS = [
  [
    'Strava <no-reply@strava.example>',
    'Your weekly summary',
    'You ran 21.4 km this week. Nice work!',
  ],
  [
    'Duolingo <hello@duolingo.example>',
    'Keep your streak going!',
    'You have a 112-day streak. A quick lesson keeps it alive.',
  ],
  [
    'Ville de Gand – Stad Gent <info@stad.gent.example>',
    'Afvalkalender: volgende week papier en karton',
    'Zet je container dinsdag vóór 6 uur buiten.',
  ],
] as const

export function newsMail(rng: Random, start: number, days: number): Everyday[] {
  const make = (
    table: readonly (readonly [string, string, string])[],
    count: number,
    source: string,
  ) =>
    Array.from({ length: count }, () => {
      const [from, subject, body] = rng.pick(table)
      const n = String(rng.int(10, 99))
      return {
        at: dayTime(rng, start, rng.int(0, days - 1)),
        from,
        subject: subject.replace('{n}', n),
        body: body.replace('{n}', n),
        source,
      }
    })
  return [
    ...make(LETTERS, 14, 'newsletter'),
    ...make(SHIPPING, 10, 'shipping'),
    ...make(APPS, 12, 'app'),
  ]
}
