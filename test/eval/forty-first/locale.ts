// Per-language details the texts are filled with: money and dates as each language writes them,
// devices, places, delivery addresses, items, and the phrases some alerts need.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export function money(lang: Lang, value: number): string {
  const [whole, cents] = value.toFixed(2).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/gu, lang === 'en' ? ',' : '.')
  return lang === 'en' ? `£${grouped}.${cents}` : `${grouped},${cents} €`
}

const two = (n: number) => String(n).padStart(2, '0')

export function day(lang: Lang, at: number): string {
  const d = new Date(at)
  const [dd, mm, yy] = [two(d.getUTCDate()), two(d.getUTCMonth() + 1), d.getUTCFullYear()]
  if (lang === 'de') return `${dd}.${mm}.${yy}`
  if (lang === 'nl') return `${dd}-${mm}-${yy}`
  return `${dd}/${mm}/${yy}`
}

export function when(lang: Lang, at: number): string {
  const d = new Date(at)
  return `${day(lang, at)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** The window spans December and January; statements are for the month before. */
export const MONTHS: Record<Lang, readonly [string, string]> = {
  en: ['November', 'December'],
  de: ['November', 'Dezember'],
  fr: ['novembre', 'décembre'],
  es: ['noviembre', 'diciembre'],
  pt: ['novembro', 'dezembro'],
  it: ['novembre', 'dicembre'],
  nl: ['november', 'december'],
}

export const FRAUD_DEVICES = [
  'Windows 10, Chrome 131',
  'Linux, Firefox 133',
  'iPhone 15',
  'Android 14, Samsung SM-A546B',
]
export const FRAUD_PLACES = [
  'Lagos, Nigeria',
  'Bucharest, Romania',
  'Jakarta, Indonesia',
  'Dhaka, Bangladesh',
  'Kyiv, Ukraine',
]
export const OWN_DEVICES = ['iPhone 16 Pro', 'Pixel 9', 'Galaxy S25', 'MacBook Air, Safari']
export const ABROAD = [
  'Lisbon, Portugal',
  'Tokyo, Japan',
  'New York, United States',
  'Marrakesh, Morocco',
]
export const HOME: Record<Lang, string> = {
  en: 'Leeds, United Kingdom',
  de: 'Köln, Deutschland',
  fr: 'Nantes, France',
  es: 'Valencia, España',
  pt: 'Porto, Portugal',
  it: 'Bologna, Italia',
  nl: 'Utrecht, Nederland',
}

/** [mobile number, e-mail address] as the contact-change alert names them. */
export const DETAIL: Record<Lang, readonly [string, string]> = {
  en: ['mobile number', 'email address'],
  de: ['Mobilnummer', 'E-Mail-Adresse'],
  fr: ['numéro de mobile', 'courriel'],
  es: ['número de móvil', 'correo electrónico'],
  pt: ['número de telemóvel', 'endereço de email'],
  it: ['numero di cellulare', 'indirizzo email'],
  nl: ['mobiele nummer', 'e-mailadres'],
}

/** [two-step turned off, new authenticator added]. */
export const CHANGE: Record<Lang, readonly [string, string]> = {
  en: ['Two-step verification was turned off', 'A new authenticator app was added'],
  de: [
    'Die Zwei-Faktor-Authentifizierung wurde deaktiviert',
    'Eine neue Authenticator-App wurde hinzugefügt',
  ],
  fr: [
    'La validation en deux étapes a été désactivée',
    'Une nouvelle application d’authentification a été ajoutée',
  ],
  es: [
    'Se ha desactivado la verificación en dos pasos',
    'Se ha añadido una nueva app de autenticación',
  ],
  pt: [
    'A verificação em dois passos foi desativada',
    'Foi adicionada uma nova app de autenticação',
  ],
  it: [
    'La verifica in due passaggi è stata disattivata',
    'È stata aggiunta una nuova app di autenticazione',
  ],
  nl: ['Tweestapsverificatie is uitgeschakeld', 'Er is een nieuwe authenticator-app toegevoegd'],
}

export const DROP_ADDRESS: Record<Lang, string> = {
  en: 'Unit 4, 17 Mill Lane, Croydon CR0 2XX',
  de: 'Packstation 118, 12055 Berlin',
  fr: '12 rue des Entrepôts, 93200 Saint-Denis',
  es: 'C/ del Almacén 8, bajo, 28021 Madrid',
  pt: 'Rua do Armazém 40, 2700-010 Amadora',
  it: 'Via dei Magazzini 22, 20138 Milano',
  nl: 'Havenweg 9, unit 3, 3089 Rotterdam',
}

export const ITEMS: Record<Lang, readonly string[]> = {
  en: ['2 × laptop 16" 1 TB', 'Wireless headphones (black)', 'Ceramic teapot, hand-made'],
  de: ['2 × Notebook 16" 1 TB', 'Kabellose Kopfhörer (schwarz)', 'Keramik-Teekanne, handgemacht'],
  fr: [
    '2 × ordinateur portable 16" 1 To',
    'Casque sans fil (noir)',
    'Théière en céramique, faite main',
  ],
  es: ['2 × portátil 16" 1 TB', 'Auriculares inalámbricos (negro)', 'Tetera de cerámica artesanal'],
  pt: ['2 × portátil 16" 1 TB', 'Auscultadores sem fios (preto)', 'Bule de cerâmica artesanal'],
  it: ['2 × notebook 16" 1 TB', 'Cuffie wireless (nere)', 'Teiera in ceramica fatta a mano'],
  nl: ['2 × laptop 16" 1 TB', 'Draadloze koptelefoon (zwart)', 'Keramische theepot, handgemaakt'],
}

export const FRAUD_PAYEES = [
  'M. Petrovan Trading',
  'J. Okonkwo',
  'Delta Capital Holdings',
  'R. Vasquez',
]
export const ROUTES = ['LHR – LIS', 'FRA – NRT', 'CDG – JFK', 'MAD – RAK', 'AMS – LIS']
export const DOCS = [
  'Budget 2027',
  'Holiday rota',
  'Minutes – residents’ meeting',
  'Family recipes',
]
export const LISTS = ['home-heating', 'garden-club', 'photo-circle']

export function pickOf<T>(rng: Random, list: readonly T[]): T {
  return rng.pick(list)
}
