// One look-alike mail, with what comes with it: the person's own earlier mail in the sent folder
// (out-of-office and ticket replies answer it), and for senders known to the inbox their earlier
// mail days or weeks before (source lookalike:history:<class>).
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import { cap, LOOK_STEMS } from '../companies.ts'
import type { Person } from '../people.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../records.ts'
import { labelOf, LOOK_TEXT, type LookClass, type LookWhere } from './index.ts'
import { ACK_SENT, SENT_SUBJECTS } from './text-e.ts'

export interface LookRequest {
  cls: LookClass
  lang: Lang
  where: LookWhere
  at: number
  person: Person
  id: string
  waveId?: string
  /** Which of the class's texts (taken modulo their number). */
  text: number
}

const CURRENCY: Record<Lang, readonly string[]> = {
  en: ['£', '$'],
  de: ['€', 'CHF '],
  fr: ['€', 'CHF '],
  es: ['€', 'US$'],
  pt: ['€', 'R$'],
  it: ['€'],
  nl: ['€'],
}

const LOCAL: Partial<Record<LookClass, string>> = {
  newsletter: 'news',
  social: 'notify',
  'own-code': 'no-reply',
  'ticket-reply': 'support',
  shared: 'drive-shares-noreply',
  'app-notice': 'hello',
  receipt: 'receipts',
  'bank-alert': 'alerts',
  order: 'shipping',
  travel: 'booking',
  bills: 'service',
}

function values(rng: Random, r: LookRequest, brand: string, domain: string, subject: string) {
  const cur = rng.pick(CURRENCY[r.lang])
  const amount = `${rng.int(3, 480)},${String(rng.int(0, 99)).padStart(2, '0')}`
  return {
    first: r.person.first,
    sender: rng.chance(0.5) ? r.person.friend.name : r.person.colleague.name,
    brand,
    n: numeric(rng, rng.int(4, 7)),
    amount: cur.endsWith(' ') || cur.length === 1 ? `${cur}${amount}` : `${cur} ${amount}`,
    code: numeric(rng, 6),
    date: `${rng.int(3, 28)}/${rng.pick(['11', '12'])}`,
    time: `${rng.int(8, 18)}:${rng.pick(['00', '15', '30', '45'])}`,
    link: `https://${domain}/${token(rng, 16)}`,
    subject,
  }
}

function senderOf(
  r: LookRequest,
  brand: string,
  domain: string,
): { name: string; address: string } {
  if (r.cls === 'people') return r.text % 3 === 2 ? r.person.colleague : r.person.friend
  if (r.cls === 'out-of-office') return { name: `${brand} Office`, address: `office@${domain}` }
  return { name: brand, address: `${LOCAL[r.cls] ?? 'info'}@${domain}` }
}

export function lookMail(rng: Random, r: LookRequest): Part {
  const part = emptyPart()
  const stem = rng.pick(LOOK_STEMS)
  const brand = cap(stem)
  const domain = `${stem}.${rng.pick(['com', 'eu', 'net'])}`
  const list = LOOK_TEXT[r.cls][r.lang]
  const [subjectText, bodyText] = list[r.text % list.length]!.split('|') as [string, string]
  const sentSubject = rng.pick((r.cls === 'own-ack' ? ACK_SENT : SENT_SUBJECTS)[r.lang])
  const v = values(rng, r, brand, domain, sentSubject)
  const from = senderOf(r, brand, domain)
  const outlook = rng.chance(0.5)
  const label: MailLabel = {
    label: labelOf(r.cls),
    lang: r.lang,
    source: `lookalike:${r.where}:${r.cls}`,
    ...(labelOf(r.cls) === 'important' && r.waveId ? { waveId: r.waveId } : {}),
  }
  const base = { to: r.person.address, outlook }
  put(
    part,
    {
      ...base,
      id: r.id,
      at: r.at,
      ...from,
      subject: fill(subjectText, v),
      body: fill(bodyText, v),
    },
    label,
  )
  const wrote = r.cls === 'own-ack' && r.text % 3 === 0
  if (r.cls === 'out-of-office' || r.cls === 'ticket-reply' || wrote) {
    const earlier =
      r.cls === 'out-of-office'
        ? rng.int(1, 20) * HOUR
        : wrote
          ? rng.int(2, 50) * MINUTE
          : rng.int(2, 9) * DAY
    put(
      part,
      {
        id: `${r.id}-sent`,
        at: r.at - earlier,
        name: r.person.name,
        address: r.person.address,
        subject: sentSubject,
        body: `${sentSubject}\n\n${r.person.first}`,
        to: from.address,
        sent: true,
      },
      { label: 'ham', lang: r.lang, source: `sent:${r.cls}` },
    )
  }
  if (r.where === 'wave-known') {
    const alt = list[(r.text + 1) % list.length]!.split('|') as [string, string]
    const hv = values(rng, r, brand, domain, sentSubject)
    put(
      part,
      {
        ...base,
        id: `${r.id}-history`,
        at: r.at - rng.int(3, 25) * DAY - rng.int(0, 600) * MINUTE,
        ...from,
        subject: fill(alt[0], hv),
        body: fill(alt[1], hv),
      },
      { label: 'ham', lang: r.lang, source: `lookalike:history:${r.cls}` },
    )
  }
  return part
}
