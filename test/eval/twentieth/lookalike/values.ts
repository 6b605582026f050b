// The values look-alike texts are filled with, per language: amounts, places, shops, devices,
// files, flights, references. Slots: name, brand, domain, sender, senderaddr, amount, code, link,
// date (days ahead), today, earlier (days before), time, ticket, order, subject, last4, city, shop, flight, gate, seat, device, file, count,
// ref, track, minutes.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { dayText } from '../dates.ts'
import { digits, token } from '../records.ts'

const CITIES: Record<Lang, readonly string[]> = {
  en: ['Leeds', 'Bristol', 'Dublin', 'Edinburgh', 'Boston'],
  de: ['Leipzig', 'Freiburg', 'Graz', 'Bremen', 'Kassel'],
  fr: ['Nantes', 'Lyon', 'Lille', 'Rennes', 'Liège'],
  es: ['Valencia', 'Bilbao', 'Sevilla', 'Zaragoza', 'Málaga'],
  pt: ['Porto', 'Braga', 'Coimbra', 'Faro', 'Aveiro'],
  it: ['Bologna', 'Torino', 'Verona', 'Bari', 'Trieste'],
  nl: ['Utrecht', 'Groningen', 'Haarlem', 'Gent', 'Zwolle'],
}
const SHOPS: Record<Lang, readonly string[]> = {
  en: ['Tesco Express', 'Shell Forecourt', 'Boots', 'Trainline'],
  de: ['REWE', 'dm-drogerie markt', 'Aral Tankstelle', 'Thalia'],
  fr: ['Carrefour City', 'Fnac', 'SNCF Connect', 'Monoprix'],
  es: ['Mercadona', 'El Corte Inglés', 'Repsol', 'Renfe'],
  pt: ['Continente', 'Pingo Doce', 'Galp', 'Fnac'],
  it: ['Esselunga', 'Coop', 'Trenitalia', 'Feltrinelli'],
  nl: ['Albert Heijn', 'Jumbo', 'NS', 'HEMA'],
}
const FILES: Record<Lang, readonly string[]> = {
  en: ['Q4 budget.xlsx', 'Trip plan', 'Minutes 12 Oct.docx'],
  de: ['Budget 2027.xlsx', 'Urlaubsplanung', 'Protokoll Oktober.docx'],
  fr: ['Budget 2027.xlsx', 'Planning vacances', 'CR réunion.docx'],
  es: ['Presupuesto 2027.xlsx', 'Plan del viaje', 'Acta reunión.docx'],
  pt: ['Orçamento 2027.xlsx', 'Plano da viagem', 'Ata da reunião.docx'],
  it: ['Budget 2027.xlsx', 'Piano viaggio', 'Verbale riunione.docx'],
  nl: ['Begroting 2027.xlsx', 'Reisplanning', 'Notulen oktober.docx'],
}
const DEVICES = [
  'Chrome on Windows',
  'iPhone 15',
  'Firefox on Linux',
  'Galaxy S24',
  'Safari on macOS',
]

function amount(rng: Random, lang: Lang): string {
  const whole = rng.int(4, 480)
  const cents = String(rng.int(0, 99)).padStart(2, '0')
  return lang === 'en' ? `£${whole}.${cents}` : `${whole},${cents} €`
}

function letters(rng: Random, n: number): string {
  let out = ''
  while (out.length < n) out += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[rng.int(0, 23)]
  return out
}

export interface LookContext {
  lang: Lang
  name: string
  brand: string
  domain: string
  sender: string
  senderaddr: string
  at: number
  subject?: string
}

export function lookValues(rng: Random, c: LookContext): Record<string, string> {
  const later = c.at + rng.int(1, 12) * 86_400_000
  return {
    name: c.name,
    brand: c.brand,
    domain: c.domain,
    sender: c.sender,
    senderaddr: c.senderaddr,
    subject: c.subject ?? '',
    amount: amount(rng, c.lang),
    code: digits(rng, 6),
    link: `https://${c.domain}/${rng.pick(['a', 'r', 'go', 'm'])}/${token(rng, 18)}`,
    date: dayText(c.lang, later),
    today: dayText(c.lang, c.at),
    earlier: dayText(c.lang, c.at - rng.int(1, 3) * 86_400_000),
    time: `${String(rng.int(8, 19)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`,
    ticket: digits(rng, rng.int(5, 7)),
    order: `${digits(rng, 3)}-${digits(rng, 7)}`,
    last4: String(rng.int(1000, 9999)),
    city: rng.pick(CITIES[c.lang]),
    shop: rng.pick(SHOPS[c.lang]),
    flight: `${letters(rng, 2)} ${rng.int(100, 9899)}`,
    gate: `${letters(rng, 1)}${rng.int(2, 48)}`,
    seat: `${rng.int(2, 38)}${'ABCDEF'[rng.int(0, 5)]}`,
    device: rng.pick(DEVICES),
    file: rng.pick(FILES[c.lang]),
    count: String(rng.int(2, 6)),
    ref: letters(rng, 6),
    track: `${letters(rng, 2)}${digits(rng, 9)}${letters(rng, 2)}`,
    minutes: rng.pick(['10', '15', '20']),
  }
}
