// Attacker payloads written for this set (plain and personalised with the victim's name, city or
// employer), and the disguises companies echo: bold mathematical letters, fullwidth forms,
// Cyrillic/Greek look-alikes, zero-width characters and combining marks.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { Person } from './people.ts'

export const PAYLOAD_KINDS = [
  'takedown',
  'police',
  'giveaway',
  'crypto',
  'invoice',
  'court',
] as const
export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const PLAIN: Record<(typeof PAYLOAD_KINDS)[number], Record<Lang, string>> = {
  takedown: {
    en: 'TAKE DOWN ORDER 7731 ISSUED',
    de: 'SPERRVERFÜGUNG 7731 ERLASSEN',
    fr: 'ORDRE DE SUPPRESSION 7731',
    es: 'ORDEN DE RETIRADA 7731',
    pt: 'ORDEM DE REMOÇÃO 7731',
    it: 'ORDINE DI RIMOZIONE 7731',
    nl: 'VERWIJDERBEVEL 7731',
  },
  police: {
    en: 'Cyber Police notice: your devices are seized',
    de: 'Cyberpolizei: Ihre Geräte werden beschlagnahmt',
    fr: 'Police cyber : vos appareils sont saisis',
    es: 'Policía cibernética: sus equipos serán incautados',
    pt: 'Polícia cibernética: os seus aparelhos serão apreendidos',
    it: 'Polizia postale: i tuoi dispositivi sono sotto sequestro',
    nl: 'Cyberpolitie: uw apparaten worden in beslag genomen',
  },
  giveaway: {
    en: 'FREE NITRO 12 MONTHS claim now',
    de: 'GRATIS NITRO 12 MONATE jetzt holen',
    fr: 'NITRO GRATUIT 12 MOIS à réclamer',
    es: 'NITRO GRATIS 12 MESES reclama ya',
    pt: 'NITRO GRÁTIS 12 MESES resgate já',
    it: 'NITRO GRATIS 12 MESI riscatta ora',
    nl: 'GRATIS NITRO 12 MAANDEN claim nu',
  },
  crypto: {
    en: '0.42 BTC waiting in your wallet',
    de: '0,42 BTC warten in Ihrer Wallet',
    fr: '0,42 BTC vous attendent',
    es: '0,42 BTC esperan en tu monedero',
    pt: '0,42 BTC à sua espera',
    it: '0,42 BTC ti aspettano nel wallet',
    nl: '0,42 BTC staan klaar in je wallet',
  },
  invoice: {
    en: 'Invoice 88-204 overdue: pay 1,490 EUR today',
    de: 'Rechnung 88-204 überfällig: 1.490 EUR heute zahlen',
    fr: 'Facture 88-204 impayée : 1 490 EUR à régler',
    es: 'Factura 88-204 vencida: pague 1.490 EUR hoy',
    pt: 'Fatura 88-204 em atraso: pague 1.490 EUR hoje',
    it: 'Fattura 88-204 scaduta: paga 1.490 EUR oggi',
    nl: 'Factuur 88-204 verlopen: betaal vandaag 1.490 EUR',
  },
  court: {
    en: 'FINAL COURT WARNING case 5519',
    de: 'LETZTE GERICHTLICHE MAHNUNG Az. 5519',
    fr: 'DERNIER AVERTISSEMENT JUDICIAIRE 5519',
    es: 'ÚLTIMO AVISO JUDICIAL 5519',
    pt: 'ÚLTIMO AVISO JUDICIAL 5519',
    it: 'ULTIMO AVVISO GIUDIZIARIO 5519',
    nl: 'LAATSTE GERECHTELIJKE WAARSCHUWING 5519',
  },
}

/** Personalised payloads: {name}, {city}, {employer} of the victim. */
const PERSONAL: Record<Lang, string[]> = {
  en: [
    '{name}, your account at {employer} will be closed',
    '{name} from {city}: court summons',
    '{name} WE KNOW WHERE YOU WORK ({employer})',
  ],
  de: [
    '{name}, Ihr Zugang bei {employer} wird gesperrt',
    '{name} aus {city}: Vorladung zum Gericht',
    '{name}, {employer} erfährt alles',
  ],
  fr: [
    '{name}, votre compte chez {employer} sera fermé',
    '{name} de {city} : convocation au tribunal',
    '{name}, on sait tout ({employer})',
  ],
  es: [
    '{name}, tu cuenta en {employer} será cerrada',
    '{name} de {city}: citación judicial',
    '{name}, {employer} lo sabrá todo',
  ],
  pt: [
    '{name}, a sua conta na {employer} será encerrada',
    '{name} de {city}: intimação judicial',
    '{name}, a {employer} vai saber tudo',
  ],
  it: [
    '{name}, il tuo account presso {employer} sarà chiuso',
    '{name} di {city}: citazione in tribunale',
    '{name}, {employer} saprà tutto',
  ],
  nl: [
    '{name}, je account bij {employer} wordt gesloten',
    '{name} uit {city}: dagvaarding',
    '{name}, {employer} komt alles te weten',
  ],
}

const BLAND: Record<Lang, string[]> = {
  en: ['Question about my order', 'hello', 'Help please'],
  de: ['Frage zu meiner Bestellung', 'hallo', 'Bitte um Hilfe'],
  fr: ['Question sur ma commande', 'bonjour', 'Besoin d’aide'],
  es: ['Consulta sobre mi pedido', 'hola', 'Ayuda por favor'],
  pt: ['Dúvida sobre a minha encomenda', 'olá', 'Ajuda por favor'],
  it: ['Domanda sul mio ordine', 'ciao', 'Aiuto per favore'],
  nl: ['Vraag over mijn bestelling', 'hallo', 'Graag hulp'],
}

const HOMO: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  A: 'Α',
  E: 'Ε',
  O: 'Ο',
  T: 'Τ',
  K: 'Κ',
  M: 'Μ',
  H: 'Η',
}

function bold(ch: string): string {
  const c = ch.codePointAt(0)!
  if (c >= 65 && c <= 90) return String.fromCodePoint(0x1d400 + c - 65)
  if (c >= 97 && c <= 122) return String.fromCodePoint(0x1d41a + c - 97)
  if (c >= 48 && c <= 57) return String.fromCodePoint(0x1d7ce + c - 48)
  return ch
}

export function disguise(text: string, how: Disguise): string {
  const chars = [...text]
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return chars.map(bold).join('')
    case 'fullwidth':
      return chars
        .map((ch) =>
          ch > ' ' && ch <= '~' ? String.fromCodePoint(ch.codePointAt(0)! + 0xfee0) : ch,
        )
        .join('')
    case 'homoglyph':
      return chars.map((ch) => HOMO[ch] ?? ch).join('')
    case 'zerowidth':
      return chars.map((ch, i) => (i % 2 === 1 && ch !== ' ' ? `\u200b${ch}` : ch)).join('')
    case 'combining':
      return chars.map((ch) => (/\p{L}/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface Payload {
  /** What the companies echo. */
  text: string
  /** Label: `<kind>/<disguise>`, `personal-<kind>/<disguise>` or `none`. */
  label: string
  personal: boolean
}

export function pickPayload(
  rng: Random,
  lang: Lang,
  person: Person,
  mode: 'none' | 'plain' | 'personal',
): Payload {
  if (mode === 'none') return { text: rng.pick(BLAND[lang]), label: 'none', personal: false }
  const how = rng.pick(DISGUISES)
  if (mode === 'personal') {
    const i = rng.int(0, PERSONAL[lang].length - 1)
    const raw = PERSONAL[lang][i]!.replace('{name}', `${person.first} ${person.last}`)
      .replace('{city}', person.city)
      .replace('{employer}', person.employer)
    const kind = i === 1 ? 'court' : 'threat'
    return { text: disguise(raw, how), label: `personal-${kind}/${how}`, personal: true }
  }
  const kind = rng.pick(PAYLOAD_KINDS)
  return { text: disguise(PLAIN[kind][lang], how), label: `${kind}/${how}`, personal: false }
}
