// Everyday look-alike mail: the texts per language, the sender row each class comes from, and
// the mail (with, for auto-replies and ticket replies, the person's own earlier sent mail).
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, digits, fill, HOUR, MINUTE, token, type Mail } from '../base.ts'
import { cap, MAILING_HOSTS, MAILING_PREFIXES } from '../companies.ts'
import type { Person } from '../people.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'
import { LOOK_CLASS_NAMES, LOOK_LABEL, type LangTexts, type LookClass } from './types.ts'

export const LOOK_TEXT: Record<Lang, LangTexts> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}
export { LOOK_CLASS_NAMES, LOOK_LABEL, type LookClass }
export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history'

const TLD: Record<Lang, string> = {
  en: 'com',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'com.br',
  it: 'it',
  nl: 'nl',
}
const LOCAL: Record<LookClass, string> = {
  newsletter: 'news',
  social: 'notify',
  autoreply: 'office',
  code: 'no-reply',
  'ticket-reply': 'support',
  shared: 'drive-shares-noreply',
  appointment: 'reminders',
  notice: 'info',
  app: 'account',
  person: '',
  receipt: 'receipts',
  bank: 'alerts',
  order: 'shipping',
  travel: 'checkin',
}

/** The sender row of a brand's mail of one class (a mailing-service subdomain for newsletters). */
export function lookSender(
  rng: Random,
  cls: LookClass,
  brand: string,
  lang: Lang,
  person: Person,
): string {
  if (cls === 'person')
    return rng.chance(0.5)
      ? `${person.colleague.name} <${person.colleague.address}>`
      : `${cap(brand)} Family <${brand}@mailhome.example>`
  if (cls === 'newsletter' && rng.chance(0.5))
    return `${cap(brand)} <${LOCAL[cls]}@${rng.pick(MAILING_PREFIXES)}${brand}.${rng.pick(MAILING_HOSTS)}>`
  if (cls === 'autoreply') return `${cap(brand)} Office <office@${brand}.${TLD[lang]}>`
  return `${cap(brand)} <${LOCAL[cls]}@${brand}.${TLD[lang]}>`
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label = where === 'history' && LOOK_LABEL[cls] === 'own' ? 'ham' : LOOK_LABEL[cls]
  const inWave = where === 'wave-known' || where === 'wave-new'
  return {
    label,
    lang,
    source: `lookalike:${where}:${cls}`,
    ...(inWave && waveId ? { waveId } : {}),
  }
}

function when(rng: Random, at: number): string {
  const d = new Date(at + rng.int(1, 9) * DAY)
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1} ${rng.int(8, 18)}:${rng.pick(['00', '15', '30', '45'])}`
}

const addressOf = (from: string) => /<([^>]+)>/u.exec(from)?.[1] ?? from

/** The look-alike (first) and, for replies, the person's earlier sent mail it answers. */
export function lookMail(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  from: string,
  brand: string,
  at: number,
  id: string,
  textIndex?: number,
): Mail[] {
  const t = LOOK_TEXT[lang]
  const list = t.texts[cls]
  const [subject, body] = textIndex === undefined ? rng.pick(list) : list[textIndex % list.length]!
  const sent = rng.pick(t.sent)
  const values = {
    brand: cap(brand),
    name: person.first,
    code: digits(rng, 6),
    n: digits(rng, 6),
    link: `https://${brand}.${TLD[lang]}/${token(rng, 16)}`,
    when: when(rng, at),
    colleague: person.colleague.name,
    sent,
  }
  const mail: Mail = {
    id,
    at,
    from,
    subject: fill(subject, values),
    body: fill(body, values),
    to: person.address,
  }
  if (cls !== 'autoreply' && cls !== 'ticket-reply') return [mail]
  const before = cls === 'autoreply' ? rng.int(1, 20) * HOUR : rng.int(2, 9) * DAY
  const own: Mail = {
    id: `${id}-sent`,
    at: at - before - rng.int(0, 59) * MINUTE,
    from: `${person.name} <${person.address}>`,
    to: addressOf(from),
    subject: sent,
    body: `${sent}\n\n${person.first}`,
    sent: true,
  }
  return [mail, own]
}
