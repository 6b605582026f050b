// Look-alike mail: one mail of a class in a language from a given sender, its label (placement
// and class in the source), and the vendor-ticket thread whose first mail is the person's own
// (folder `sent`), answered days later with the ticket number quoted.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { fill, numeric, token, type Mail } from '../../nineteenth/records.ts'
import { HOUR } from '../../nineteenth/clock.ts'
import { capital, MAILING_SERVICES } from '../companies.ts'
import type { Person } from '../people.ts'
import { AGENT_TEXTS } from '../work/agent-texts.ts'
import { list, money, slug } from '../work/common.ts'
import { wording } from '../wording.ts'
import { LOOK_DE, LOOK_EN } from './texts-a.ts'
import { LOOK_ES, LOOK_FR } from './texts-b.ts'
import { LOOK_IT, LOOK_NL, LOOK_PT } from './texts-c.ts'
import { IMPORTANT_CLASSES, type LookClass, type LookTexts, type Placement } from './types.ts'

export const LOOK: Record<Lang, LookTexts> = {
  en: LOOK_EN,
  de: LOOK_DE,
  fr: LOOK_FR,
  es: LOOK_ES,
  pt: LOOK_PT,
  it: LOOK_IT,
  nl: LOOK_NL,
}

/** What the person asked a vendor's support about (their sent first mail's subject). */
const ASKS: Record<Lang, string> = {
  en: 'Export to CSV fails for large reports | Duplicate charge on our account | API rate limit question',
  de: 'CSV-Export bricht bei großen Berichten ab | Doppelte Abbuchung auf unserem Konto | Frage zum API-Limit',
  fr: 'L’export CSV échoue pour les gros rapports | Double prélèvement sur notre compte | Question sur la limite d’API',
  es: 'La exportación a CSV falla con informes grandes | Cargo duplicado en nuestra cuenta | Duda sobre el límite de la API',
  pt: 'A exportação para CSV falha em relatórios grandes | Cobrança duplicada na nossa conta | Dúvida sobre o limite da API',
  it: 'L’export CSV non funziona con report grandi | Addebito doppio sul nostro account | Domanda sul limite API',
  nl: 'CSV-export mislukt bij grote rapporten | Dubbele afschrijving op ons account | Vraag over de API-limiet',
}

const MERCHANTS = ['Parking Centrum', 'Bakery 24', 'Fuel A7', 'Copy Shop Central', 'Station Kiosk']

export interface LookSender {
  from: string
  brand: string
  cname: string
}

const LOCAL: Partial<Record<LookClass, string>> = {
  newsletter: 'news',
  'vendor-ticket': 'support',
  receipt: 'receipts',
  invoice: 'billing',
  'bank-alert': 'alerts',
  'security-alert': 'security',
}

export function lookSender(rng: Random, cls: LookClass, stem: string, person: Person): LookSender {
  const brand = capital(stem)
  const cname = rng.pick(list(AGENT_TEXTS[person.lang].customers))
  const at = (domain: string) => `${slug(cname)}@${domain}`
  switch (cls) {
    case 'colleague':
    case 'forward':
    case 'calendar':
      return { from: `${cname} <${at(person.domain)}>`, brand, cname }
    case 'customer':
      return { from: `${cname} <${at(`${stem}.com`)}>`, brand, cname }
    case 'list-reply':
      return { from: `${cname} <${at(`${stem}.org`)}>`, brand, cname }
    case 'shared-doc':
      return { from: `${cname} (via ${brand} Docs) <drive-shares@${stem}.com>`, brand, cname }
    case 'newsletter':
      return rng.chance(0.4)
        ? { from: `${brand} <news@${stem}.${rng.pick(MAILING_SERVICES)}.net>`, brand, cname }
        : { from: `${brand} <news@${stem}.com>`, brand, cname }
    default:
      return { from: `${brand} <${LOCAL[cls]}@${stem}.com>`, brand, cname }
  }
}

/** Classes whose {date} lies ahead (a webinar, a due date, a meeting); the others report a day
 * that has come (a payment, a sign-in), which is the day the mail arrives. */
const AHEAD: ReadonlySet<LookClass> = new Set(['newsletter', 'invoice', 'calendar'])

function values(rng: Random, cls: LookClass, person: Person, sender: LookSender, at: number) {
  const date = new Date(at + (AHEAD.has(cls) ? 2 * 86_400_000 : 0))
  return {
    first: person.first,
    brand: sender.brand,
    cname: sender.cname,
    company: person.company,
    amount: money(rng, person.lang, 8, 2400),
    ref: `${rng.pick(['', 'INV-', 'R-'])}${numeric(rng, 7)}`,
    ticket: numeric(rng, 6),
    vsubject: rng.pick(list(ASKS[person.lang])),
    date: date.toISOString().slice(0, 10),
    time: `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    link: `https://${slug(sender.brand)}.com/${token(rng, 14)}`,
    merchant: rng.pick(MERCHANTS),
    last4: numeric(rng, 4),
    list: `${slug(sender.brand)}-users`,
    order: numeric(rng, 6),
  }
}

export function lookMail(
  rng: Random,
  cls: LookClass,
  person: Person,
  sender: LookSender,
  at: number,
  id: string,
  fixed: Readonly<Record<string, string>> = {},
): Mail {
  const text = wording(rng.pick(LOOK[person.lang][cls]))
  const v = { ...values(rng, cls, person, sender, at), ...fixed }
  return {
    id,
    at,
    from: sender.from,
    subject: fill(text.subject, v),
    body: fill(text.body, v),
    to: person.address,
  }
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: Placement,
  waveId?: string,
): MailLabel {
  const label = IMPORTANT_CLASSES.includes(cls) && where !== 'sent' ? 'important' : 'ham'
  return { label, lang, source: `lookalike:${where}:${cls}`, ...(waveId ? { waveId } : {}) }
}

/** The person's own first mail to a vendor's support, 2-9 days before the reply. */
export function vendorPrecursor(
  rng: Random,
  person: Person,
  sender: LookSender,
  replyAt: number,
  id: string,
): { sent: Mail; fixed: Record<string, string> } {
  const vsubject = rng.pick(list(ASKS[person.lang]))
  const at = replyAt - rng.int(2, 9) * 24 * HOUR - rng.int(0, 6) * HOUR
  const sent: Mail = {
    id,
    at,
    from: `${person.first} ${person.last} <${person.address}>`,
    subject: vsubject,
    body: `${vsubject}\n\n${person.first} ${person.last}\n${person.company}`,
    to: sender.from.replace(/^.*<|>$/gu, ''),
    sent: true,
  }
  return { sent, fixed: { vsubject, ticket: numeric(rng, 6) } }
}
