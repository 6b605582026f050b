// One look-alike mail (and, for threads, the person's own earlier sent mail it answers): out-of-
// office replies and ticket replies answer a sent mail hours or days before; people write either
// replies in a thread the person started or first mails.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { brandDomain, PLATFORMS } from '../companies.ts'
import { DAY, HOUR } from '../clock.ts'
import { dress } from '../dress.ts'
import type { Person } from '../people.ts'
import { fill, put, split, type Part } from '../records.ts'
import { LOOK_LABEL, LOOK_TEXT, type LookClassName } from './classes.ts'
import { PEOPLE_REPLY, REPLY_PREFIX, SENT_SUBJECTS } from './people.ts'
import type { PlatformText } from './platform.ts'
import { friendName, lookValues } from './values.ts'

const OPENING: Record<Lang, readonly string[]> = {
  en: ['Hello,', 'Hi,', 'Dear all,', 'Good morning,'],
  de: ['Hallo,', 'Guten Tag,', 'Liebe Grüße vorab,', 'Moin,'],
  fr: ['Bonjour,', 'Salut,', 'Madame, Monsieur,', 'Bonsoir,'],
  es: ['Hola:', 'Buenos días:', 'Buenas,', 'Estimados:'],
  pt: ['Olá,', 'Bom dia,', 'Oi,', 'Caros,'],
  it: ['Ciao,', 'Buongiorno,', 'Salve,', 'Gentili,'],
  nl: ['Hoi,', 'Hallo,', 'Beste,', 'Goedemorgen,'],
}

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

export interface LookSender {
  brand: string
  from: string
  address: string
  domain: string
}

const LOCAL: Partial<Record<LookClassName, string>> = {
  newsletter: 'news',
  codes: 'no-reply',
  'ticket-reply': 'support',
  'bank-alert': 'alerts',
  receipt: 'receipts',
  order: 'orders',
  travel: 'bookings',
  notice: 'office',
}

export function lookSender(
  rng: Random,
  cls: LookClassName,
  stem: string,
  lang: Lang,
  person: Person,
): LookSender {
  if (cls === 'people' || cls === 'ooo') {
    const c = rng.chance(0.5) ? rng.pick(person.contacts) : null
    const name = c?.name ?? friendName(rng, lang)
    const address = c?.address ?? `${name.toLowerCase().replace(/[^a-z]+/gu, '.')}@mail.example`
    return { brand: name, from: `${name} <${address}>`, address, domain: 'mail.example' }
  }
  const domain = brandDomain(stem, lang)
  const address = `${LOCAL[cls] ?? rng.pick(['hello', 'no-reply', 'info'])}@${domain}`
  const brand = cls === 'bank-alert' ? `${stem} Bank` : stem
  return { brand, from: `${brand} <${address}>`, address, domain }
}

export function platformSender(p: PlatformText): LookSender {
  const info = PLATFORMS[p.key]
  return {
    brand: info.name,
    from: `${info.name} <${info.from}>`,
    address: info.from,
    domain: info.domain,
  }
}

export interface LookOptions {
  cls: LookClassName
  lang: Lang
  person: Person
  sender: LookSender
  at: number
  id: string
  where: LookWhere
  waveId?: string
  platform?: PlatformText
}

export function lookLabel(o: LookOptions): MailLabel {
  const base: MailLabel = {
    label: LOOK_LABEL[o.cls],
    lang: o.lang,
    source: `lookalike:${o.where}:${o.cls}`,
  }
  return o.waveId ? { ...base, waveId: o.waveId } : base
}

function sent(rng: Random, part: Part, o: LookOptions, subject: string, before: number): void {
  put(
    part,
    {
      id: `${o.id}-sent`,
      at: o.at - before,
      from: `${o.person.name} <${o.person.address}>`,
      subject,
      body: `${rng.pick(OPENING[o.lang])}\n${subject}.\n${o.person.first}`,
      to: o.sender.address,
      sent: true,
    },
    { label: 'ham', lang: o.lang, source: 'person-sent' },
  )
}

export function addLook(rng: Random, part: Part, o: LookOptions): void {
  const values = lookValues(rng, o.lang, o.at, {
    brand: o.sender.brand,
    name: o.person.first,
    domain: o.sender.domain,
  })
  let text: { subject: string; body: string }
  const topic = rng.pick(SENT_SUBJECTS[o.lang])
  if (o.platform) text = split(fill(o.platform.texts[o.lang], values))
  else if (o.cls === 'people' && rng.chance(0.5)) {
    sent(rng, part, o, topic, rng.int(1, 30) * HOUR)
    const body = fill(rng.pick(PEOPLE_REPLY[o.lang]), { ...values, friend: o.sender.brand })
    text = { subject: `${rng.pick(REPLY_PREFIX[o.lang])} ${topic}`, body }
  } else {
    const extra: Record<string, string> =
      o.cls === 'ooo' ? { subject: topic, friend: o.sender.brand } : { subject: topic }
    text = split(fill(rng.pick(LOOK_TEXT[o.cls][o.lang]), { ...values, ...extra }))
    if (o.cls === 'ooo') sent(rng, part, o, topic, rng.int(1, 40) * HOUR)
    if (o.cls === 'ticket-reply') sent(rng, part, o, topic, rng.int(2, 9) * DAY)
  }
  put(
    part,
    {
      id: o.id,
      at: o.at,
      from: o.sender.from,
      subject: text.subject,
      body: dress(rng, text.body, o.sender.brand, o.lang),
      to: o.person.address,
    },
    lookLabel(o),
  )
}
