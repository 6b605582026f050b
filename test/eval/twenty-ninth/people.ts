// The people whose inboxes the set fills (one per language) and the people around them:
// colleagues, friends, family, and people whose names are in Greek, Cyrillic, Arabic, Hebrew or
// Turkish script, or mix scripts legitimately.
import type { Lang } from '../types.ts'

export interface Person {
  first: string
  last: string
  address: string
  colleague: { name: string; address: string }
  friends: readonly string[]
}

const p = (
  first: string,
  last: string,
  address: string,
  colleague: [string, string],
  friends: string[],
): Person => ({
  first,
  last,
  address,
  colleague: { name: colleague[0], address: colleague[1] },
  friends,
})

export const PEOPLE: Record<Lang, Person> = {
  en: p(
    'Harriet',
    'Colborne',
    'harriet.colborne@postbox.example',
    ['Dev Raghunathan', 'dev.r@workplace-en.example'],
    ['Maisie Trent', 'Uncle Bertram', 'Ollie Fenwick'],
  ),
  de: p(
    'Lukas',
    'Brenninger',
    'l.brenninger@mailkiste.example',
    ['Svenja Oltmanns', 's.oltmanns@firma-de.example'],
    ['Oma Hilde', 'Timo Krause', 'Nele Vogt'],
  ),
  fr: p(
    'Solène',
    'Marchetti',
    'solene.marchetti@courriel.example',
    ['Bastien Ollivier', 'b.ollivier@bureau-fr.example'],
    ['Maman', 'Inès Belkacem', 'Paulo Ferrand'],
  ),
  es: p(
    'Itziar',
    'Montalbán',
    'itziar.montalban@correo.example',
    ['Rubén Quiroga', 'ruben.quiroga@oficina-es.example'],
    ['Mamá', 'Lucía Ferrer', 'Andrés Pizarro'],
  ),
  pt: p(
    'Joana',
    'Figueiredo',
    'joana.figueiredo@caixa.example',
    ['Thiago Nogueira', 'thiago.nogueira@empresa-br.example'],
    ['Mãe', 'Rita Lobato', 'Caio Mendes'],
  ),
  it: p(
    'Ludovica',
    'Serafini',
    'ludovica.serafini@posta.example',
    ['Matteo Guarnieri', 'm.guarnieri@ufficio-it.example'],
    ['Nonna Pina', 'Giacomo Rizzi', 'Chiara Fontana'],
  ),
  nl: p(
    'Femke',
    'Scholten',
    'femke.scholten@postvak.example',
    ['Joris van Dijk', 'joris.vandijk@kantoor-nl.example'],
    ['Mam', 'Sanne de Graaf', 'Bram Wouters'],
  ),
}

/** The person of the quiet inbox (English, with friends abroad). */
export const QUIET_PERSON: Person = p(
  'Rowan',
  'Ashdown',
  'rowan.ashdown@inbox.example',
  ['Eleni Karagianni', 'eleni.k@workplace-en.example'],
  ['Priya Bhandari', 'Tomasz Wielgosz', 'Aunt Margo'],
)

/** People and brands in other scripts, with the language they write the body in. */
export const SCRIPT_NAMES = [
  { name: 'Ελένη Καραγιάννη', address: 'eleni.karagianni@mail.gr.example', script: 'Greek' },
  { name: 'Олена Ковальчук', address: 'olena.k@poshta.ua.example', script: 'Cyrillic' },
  { name: 'Дмитрий Соколов', address: 'd.sokolov@pochta.example', script: 'Cyrillic' },
  { name: 'ليلى حداد', address: 'layla.haddad@bareed.example', script: 'Arabic' },
  { name: 'נועה לוי', address: 'noa.levi@doar.example', script: 'Hebrew' },
  { name: 'Çağrı Yıldız', address: 'cagri.yildiz@eposta.example', script: 'Turkish' },
  { name: 'Αλφα Bakery (Άλφα Αρτοποιείο)', address: 'hello@alfa-bakery.example', script: 'Greek' },
  { name: 'Студия Лён', address: 'info@studio-lyon.example', script: 'Cyrillic' },
] as const
