// Look-alike mail: everyday mail the person wants, fourteen classes, each with its label (the
// person's own codes `own`; receipts, bank alerts, orders and travel `important`), its sender row,
// and for auto-replies and ticket replies the person's own earlier mail in the sent folder.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { cap } from './companies.ts'
import { LOOK_TEXT } from './look-text/index.ts'
import { LOOK_CLASS_NAMES, type LookClassName, type Text } from './look-text/types.ts'
import type { Person } from './people.ts'
import { fill, numeric, put, token, type Part } from './records.ts'

export interface LookClass {
  name: LookClassName
  label: MailLabel['label']
  local: readonly string[]
}

const LOCAL: Record<LookClassName, readonly string[]> = {
  newsletter: ['news', 'hello', 'deals'],
  social: ['notify', 'notifications', 'no-reply'],
  'auto-reply': ['contact'],
  codes: ['no-reply', 'security', 'account'],
  'ticket-reply': ['support', 'help', 'care'],
  shared: ['drive-shares', 'calendar', 'share'],
  booking: ['booking', 'reminders', 'termine'],
  notice: ['info', 'office', 'secretariat'],
  app: ['hello', 'team', 'billing'],
  people: ['contact'],
  receipt: ['receipts', 'billing', 'payments'],
  bank: ['alerts', 'security', 'service'],
  order: ['orders', 'shipping', 'delivery'],
  travel: ['checkin', 'booking', 'noreply'],
}

const IMPORTANT: ReadonlySet<LookClassName> = new Set(['receipt', 'bank', 'order', 'travel'])

export const LOOK_CLASSES: readonly LookClass[] = LOOK_CLASS_NAMES.map((name) => ({
  name,
  label: name === 'codes' ? 'own' : IMPORTANT.has(name) ? 'important' : 'ham',
  local: LOCAL[name],
}))

export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label: MailLabel = { label: cls.label, lang, source: `lookalike:${where}:${cls.name}` }
  return waveId && cls.label === 'important' ? { ...label, waveId } : label
}

/** A sender of this class for a brand stem: fixed, so history and later mail match. */
export function lookSender(rng: Random, cls: LookClass, stem: string, person: Person): string {
  if (cls.name === 'people' || cls.name === 'auto-reply') return rng.pick(person.contacts)
  const domain = `${stem}.${rng.pick(['com', 'eu', 'app', 'net'])}`
  return `${cap(stem)} <${rng.pick(cls.local)}@${domain}>`
}

const nameOf = (from: string) => from.replace(/\s*<.*$/u, '')
const addressOf = (from: string) => /<([^>]+)>/u.exec(from)?.[1] ?? from

export function lookValues(rng: Random, lang: Lang, person: Person, brand: string, at: number) {
  const day = new Date(at + rng.int(1, 12) * DAY)
  return {
    brand,
    first: person.first,
    other: nameOf(rng.pick(person.contacts)).split(' ')[0]!,
    code: numeric(rng, 6),
    amount: `${rng.int(4, 480)},${rng.int(10, 99)} €`,
    n: numeric(rng, 5),
    date: `${day.getUTCDate()}.${day.getUTCMonth() + 1}.`,
    time: `${rng.int(8, 20)}:${rng.pick(['00', '15', '30', '45'])}`,
    link: `https://${brand.toLowerCase()}.example/l/${token(rng, 16)}`,
    ticket: numeric(rng, 6),
    place: rng.pick(['Kiosk Marktplatz', 'Locker 14', 'Tabacchi Roma', 'Point Relais Gare']),
    subj: rng.pick(LOOK_TEXT[lang].sent),
    lang,
  }
}

/** One look-alike (and the person's earlier sent mail it answers, when it answers one). */
export function putLookalike(
  rng: Random,
  part: Part,
  cls: LookClass,
  lang: Lang,
  person: Person,
  from: string,
  at: number,
  id: string,
  label: MailLabel,
  text?: Text,
): void {
  const values = lookValues(rng, lang, person, nameOf(from), at)
  const chosen = text ?? rng.pick(LOOK_TEXT[lang].texts[cls.name])
  const subject = fill(chosen[0], values)
  put(part, { id, at, from, subject, body: fill(chosen[1], values), to: person.address }, label)
  if (cls.name !== 'auto-reply' && cls.name !== 'ticket-reply') return
  const earlier =
    cls.name === 'auto-reply'
      ? at - rng.int(1, 20) * MINUTE - rng.int(0, 5) * HOUR
      : at - rng.int(2, 9) * DAY
  put(
    part,
    {
      id: `${id}-sent`,
      at: earlier,
      from: `${person.first} <${person.address}>`,
      to: addressOf(from),
      subject: values.subj,
      body: rng.pick(LOOK_TEXT[lang].sentLine),
      sent: true,
    },
    { label: 'own', lang, source: `sent:${cls.name}` },
  )
}
