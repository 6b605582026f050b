// The fourteen look-alike classes, and how one look-alike mail is made: its sender (a brand, a
// person, a colleague, a share sent by a service, a helpdesk), its text, and for out-of-office
// replies and ticket replies the person's own earlier mail in the sent folder.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { DAY, HOUR } from '../clock.ts'
import { someone, type Person } from '../people.ts'
import { capital, fill, type Mail } from '../records.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS } from '../senders.ts'
import { APP_NOTICE } from './app-notice.ts'
import { APPOINTMENT } from './appointment.ts'
import { BANK } from './bank.ts'
import { CODES } from './codes.ts'
import { NEWSLETTER } from './newsletter.ts'
import { NOTICE } from './notice.ts'
import { OUT_OF_OFFICE } from './ooo.ts'
import { ORDER } from './order.ts'
import { PERSON_MAIL } from './person-mail.ts'
import { RECEIPT } from './receipt.ts'
import { NOTES, REQUESTS } from './sent.ts'
import { SHARED } from './shared.ts'
import { SOCIAL } from './social.ts'
import { TICKET_REPLY } from './ticket-reply.ts'
import { TRAVEL } from './travel.ts'
import type { LookClass, LookWhere } from './types.ts'
import { lookValues } from './values.ts'

export const LOOK_CLASSES: readonly LookClass[] = [
  NEWSLETTER,
  SOCIAL,
  OUT_OF_OFFICE,
  CODES,
  TICKET_REPLY,
  SHARED,
  APPOINTMENT,
  NOTICE,
  APP_NOTICE,
  PERSON_MAIL,
  RECEIPT,
  BANK,
  ORDER,
  TRAVEL,
]

const TLD: Record<Lang, string> = {
  en: 'co.uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
  pt: 'pt',
  it: 'it',
  nl: 'nl',
}

export interface LookSender {
  from: string
  brand: string
  domain: string
  /** The other person in the mail: friend, colleague, agent, sharer. */
  sender: string
  senderaddr: string
  /** Where the person writes to (out-of-office and ticket replies). */
  address: string
}

export function lookSender(rng: Random, cls: LookClass, stem: string, lang: Lang): LookSender {
  const domain = `${stem}.${rng.chance(0.5) ? 'com' : TLD[lang]}`
  const brand = cls.brands.length ? rng.pick(cls.brands).replace('{Stem}', capital(stem)) : ''
  const local = cls.locals.length ? rng.pick(cls.locals) : 'info'
  const other = someone(rng, lang, cls.sender === 'colleague' ? domain : undefined)
  const full = `${other.first} ${other.last}`
  const base = { brand, domain, senderaddr: other.address }
  switch (cls.sender) {
    case 'person':
    case 'colleague':
      return {
        ...base,
        from: `${full} <${other.address}>`,
        sender: other.first,
        address: other.address,
      }
    case 'via':
      return {
        ...base,
        from: `${full} (via ${brand}) <${local}@${domain}>`,
        sender: full,
        address: other.address,
      }
    case 'support': {
      const host = rng.chance(0.4) ? `${stem}.${rng.pick(HELPDESK_HOSTS)}` : domain
      return {
        ...base,
        from: `${brand} Support <${local}@${host}>`,
        sender: other.first,
        address: `${local}@${domain}`,
      }
    }
    case 'brand': {
      const u = rng.next()
      const host =
        cls.name === 'newsletter' && u < 0.3 ? `${stem}.${rng.pick(MAILING_HOSTS)}` : domain
      const from = u > 0.9 ? brand : `${brand} <${local}@${host}>`
      return { ...base, from, sender: full, address: `${local}@${host}` }
    }
  }
}

export interface LookMails {
  main: Mail
  /** The person's own earlier mail the main one answers. */
  sent?: Mail
}

export function lookMail(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  snd: LookSender,
  at: number,
  id: string,
  textIndex?: number,
): LookMails {
  const context = { lang, name: person.first, ...snd, at }
  let sent: Mail | undefined
  if (cls.answers) {
    const [subject, body] = rng.pick((cls.answers === 'ooo' ? NOTES : REQUESTS)[lang])
    const sentAt =
      cls.answers === 'ooo'
        ? at - rng.int(1, 70) * HOUR
        : at - rng.int(2, 9) * DAY - rng.int(0, 20) * HOUR
    const v = lookValues(rng, { ...context, at: sentAt })
    sent = {
      id: `${id}-sent`,
      at: sentAt,
      from: `${person.first} ${person.last} <${person.address}>`,
      to: snd.address,
      subject: fill(subject, v),
      body: fill(body, v),
      sent: true,
    }
  }
  const texts = cls.texts[lang]
  const [subject, body] =
    textIndex === undefined ? rng.pick(texts) : texts[textIndex % texts.length]!
  const v = lookValues(rng, { ...context, subject: sent?.subject })
  const main = {
    id,
    at,
    from: snd.from,
    to: person.address,
    subject: fill(subject, v),
    body: fill(body, v),
  }
  return sent ? { main, sent } : { main }
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label: MailLabel = { label: cls.label, lang, source: `lookalike:${where}:${cls.name}` }
  return waveId ? { ...label, waveId } : label
}

export function sentLabel(cls: LookClass, lang: Lang): MailLabel {
  return { label: 'ham', lang, source: `sent:${cls.name}` }
}
