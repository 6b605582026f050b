// The values a look-alike's {slots} take: items people buy in the season, amounts, order and
// tracking numbers, postcodes and dates in each language's own format.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { numeric, token } from '../../nineteenth/records.ts'

const ITEMS: Record<Lang, readonly string[]> = {
  en: [
    'Merino wool jumper',
    'Noise-cancelling headphones',
    'Cast-iron casserole',
    'Trail running shoes',
    'Smart thermostat',
  ],
  de: [
    'Merino-Pullover',
    'Kopfhörer mit Geräuschunterdrückung',
    'Gusseisen-Bräter',
    'Trailschuhe',
    'Smartes Thermostat',
  ],
  fr: [
    'Pull en mérinos',
    'Casque à réduction de bruit',
    'Cocotte en fonte',
    'Chaussures de trail',
    'Thermostat connecté',
  ],
  es: [
    'Jersey de merino',
    'Auriculares con cancelación de ruido',
    'Cacerola de hierro fundido',
    'Zapatillas de trail',
    'Termostato inteligente',
  ],
  pt: [
    'Camisola de merino',
    'Auscultadores com cancelamento de ruído',
    'Tacho de ferro fundido',
    'Sapatilhas de trail',
    'Termóstato inteligente',
  ],
  it: [
    'Maglione in merino',
    'Cuffie con cancellazione del rumore',
    'Casseruola in ghisa',
    'Scarpe da trail',
    'Termostato smart',
  ],
  nl: [
    'Merino trui',
    'Koptelefoon met ruisonderdrukking',
    'Gietijzeren braadpan',
    'Trailschoenen',
    'Slimme thermostaat',
  ],
}

const LOCALE: Record<Lang, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  pt: 'pt-PT',
  it: 'it-IT',
  nl: 'nl-NL',
}

const FORMATS = new Map<Lang, Intl.DateTimeFormat>()

/** A date as the language writes it; one formatter per language (building one is slow). */
export function localDate(at: number, lang: Lang): string {
  let format = FORMATS.get(lang)
  if (!format) {
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const
    format = new Intl.DateTimeFormat(LOCALE[lang], options)
    FORMATS.set(lang, format)
  }
  return format.format(at)
}

function postcode(rng: Random, lang: Lang): string {
  const letters = () => String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25))
  switch (lang) {
    case 'en':
      return `LS${rng.int(1, 29)} ${rng.int(1, 9)}${letters()}`
    case 'pt':
      return `4${numeric(rng, 3)}-${numeric(rng, 3)}`
    case 'nl':
      return `3${numeric(rng, 3)} ${letters()}`
    default:
      return numeric(rng, 5)
  }
}

/** A price as the language writes it: 49.90 in English, 49,90 elsewhere. */
export function money(rng: Random, lang: Lang, min: number, max: number): string {
  const value = `${rng.int(min, max)}.${rng.pick(['00', '90', '95', '99', '50'])}`
  return lang === 'en' ? value : value.replace('.', ',')
}

export function itemOf(rng: Random, lang: Lang): string {
  return rng.pick(ITEMS[lang])
}

/** Every slot a look-alike text may use, filled for one mail. */
export function lookValues(
  rng: Random,
  lang: Lang,
  at: number,
  domain: string,
): Record<string, string> {
  return {
    item: itemOf(rng, lang),
    price: money(rng, lang, 19, 240),
    old: money(rng, lang, 250, 400),
    amount: money(rng, lang, 12, 380),
    balance: money(rng, lang, 400, 3200),
    pct: String(rng.pick([15, 20, 25, 30, 40])),
    points: String(rng.int(400, 5200)),
    last4: numeric(rng, 4),
    order: `${rng.pick(['', 'A', 'W', '10'])}${numeric(rng, rng.int(6, 8))}`,
    ticket: numeric(rng, rng.int(5, 6)),
    track: `${rng.pick(['JJ', 'ZP', 'TB', '3S'])}${numeric(rng, 10)}`,
    postcode: postcode(rng, lang),
    date: localDate(at + rng.int(1, 4) * 86_400_000, lang),
    today: localDate(at, lang),
    earlier: localDate(at - rng.int(3, 12) * 86_400_000, lang),
    link: `https://${domain}/${rng.pick(['l', 'c', 'go', 'account'])}/${token(rng, 20)}`,
  }
}
