// List and newsletter traffic the person is subscribed to: weekly newsletters, forum digests,
// mailing-list threads whose replies carry `Re:` and the list tag, and shipping notices of her
// orders. Senders and titles made up; shapes follow Discourse digests, Mailman lists and common
// shop notices.
import type { Random } from '../../prng.ts'
import type { Everyday } from './types.ts'

const NEWSLETTERS: readonly (readonly [string, string, string])[] = [
  [
    'The Margin Weekly <hello@marginweekly.example>',
    'Issue #{n}: false friends in legal English',
    'This week: five false friends that trip up legal translators, plus a new style guide.',
  ],
  [
    'Traduttori Oggi <redazione@traduttorioggi.example>',
    'Newsletter n. {n} - tariffe 2027 e nuove norme UNI',
    'In questo numero: le tariffe medie del 2027, la nuova norma UNI e un corso online.',
  ],
  [
    'Stadsmagazine Gent <nieuwsbrief@stadgent-nieuws.example>',
    'Weekbrief {n}: wat te doen dit weekend',
    'Markten, concerten en de nieuwe fietsstraat op de Coupure.',
  ],
  [
    'Sprachwerk Newsletter <news@sprachwerk.example>',
    'Ausgabe {n}: KI-Vorübersetzung richtig prüfen',
    'Diesmal: Checklisten für die Nachbearbeitung und ein Interview.',
  ],
]

const LISTS = [
  ['translators-it', 'glossario termini medici'],
  ['subkit-users', 'frame rate conversion question'],
  ['termbase-dev', 'TBX import roadmap'],
] as const

const REPLIERS = [
  'Marco Pellegrini <marco.p@rete.example>',
  'Jan Verhaegen <jan@verbaline.example>',
  'Ana Paula Reis <anapaula@legendas.example>',
  'Tobias Schulze <t.schulze@sprache.example>',
]

const SHIPPING: readonly (readonly [string, string, string])[] = [
  [
    'Libreria Paoline Online <ordini@libreriapaoline.example>',
    'Il tuo ordine 88213 è stato spedito',
    'Il tuo ordine è in viaggio con Corriere Lampo. Tracking: LP7731002.',
  ],
  [
    'Boekenbron <verzending@boekenbron.example>',
    'Je bestelling is onderweg',
    'Bestelling 44120 is verzonden. Verwachte levering: morgen.',
  ],
  [
    'Pixelhuis <shipping@pixelhuis.example>',
    'Your order has shipped',
    'Good news: order PX-22981 is on its way. Track it with Swiftline.',
  ],
  [
    'Papeterie Lune <expedition@papeterie-lune.example>',
    'Votre commande a été expédiée',
    'Votre commande n° 7781 a été remise au transporteur.',
  ],
]

export function listMail(rng: Random, at: () => number): Everyday[] {
  const out: Everyday[] = []
  NEWSLETTERS.forEach(([from, subject, body], k) => {
    for (let w = 0; w < 3; w++)
      out.push({
        at: at(),
        from,
        subject: subject.replace('{n}', String(140 + k * 7 + w)),
        body,
        source: 'newsletter',
      })
  })
  for (let d = 0; d < 6; d++)
    out.push({
      at: at(),
      from: 'Ghent Makers Forum <noreply@forum.ghentmakers.example>',
      subject: `[Ghent Makers] Summary since ${d * 3 + 11} Jan`,
      body: `Popular topics: laser cutter booking, repair café ${d + 1}, 3D printer filament swap. You are receiving this because you enabled activity summaries.`,
      source: 'digest',
    })
  for (const [list, topic] of LISTS)
    for (let r = 0; r < 7; r++)
      out.push({
        at: at(),
        from: rng.pick(REPLIERS),
        subject: `[${list}] ${r === 0 ? '' : 'Re: '}${topic}`,
        body: `${rng.pick(['I agree with the previous message.', 'See the attached notes from last year.', 'We solved this by converting first.', 'Grazie, utilissimo.'])}\n\n_______________________________________________\n${list} mailing list\n${list}@lists.example.org`,
        source: 'list',
      })
  for (const [from, subject, body] of SHIPPING)
    out.push({ at: at(), from, subject, body, source: 'shipping' })
  return out
}
