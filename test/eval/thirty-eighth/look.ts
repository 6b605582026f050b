// Everyday look-alike mail for the public address: people writing for the first time, replies
// and forwards, newsletters, invitations, shared documents, list replies, a vendor's ticket reply
// (the person's first mail sits in the sent folder days before), receipts, invoices, bank alerts.
import type { Random } from '../prng.ts'
import type { LabelClass, Lang, MailLabel } from '../types.ts'
import { fill, numeric, token, type Mail } from '../nineteenth/records.ts'
import { capital } from './companies.ts'
import { FORWARD_PREFIX, PERSON_TEXTS, REPLY_PREFIX } from './look-texts-a.ts'
import { SERVICE_TEXTS } from './look-texts-b.ts'
import { SECOND_TEXTS } from './look-texts-c.ts'
import { splitText } from './org-types.ts'
import type { Org } from './orgs.ts'
import { fromLine, someone } from './people.ts'
import { DAY, HOUR } from './window.ts'

export const LOOK_CLASSES = [
  { key: 'enquiry', label: 'ham' },
  { key: 'application', label: 'ham' },
  { key: 'complaint', label: 'ham' },
  { key: 'reply', label: 'ham' },
  { key: 'forward', label: 'ham' },
  { key: 'newsletter', label: 'ham' },
  { key: 'calendar', label: 'ham' },
  { key: 'shared', label: 'ham' },
  { key: 'list', label: 'ham' },
  { key: 'ticket', label: 'ham' },
  { key: 'receipt', label: 'important' },
  { key: 'invoice', label: 'important' },
  { key: 'bank', label: 'important' },
] as const satisfies readonly { key: string; label: LabelClass }[]
export type LookClass = (typeof LOOK_CLASSES)[number]
export type LookWhere = 'quiet' | 'wave-known' | 'wave-new' | 'history' | 'sent'

const PERSONAL = new Set(['enquiry', 'application', 'complaint', 'reply', 'forward'])

/** The sender row of a class: a person, or a service named after a look-alike brand. */
export function lookSender(rng: Random, cls: LookClass, lang: Lang, stem: string): string {
  const who = someone(rng, lang)
  const brand = capital(stem)
  if (PERSONAL.has(cls.key)) return fromLine(who)
  const rows: Record<string, string> = {
    newsletter: `${brand} <news@${stem}.com>`,
    calendar: `${who.name} (${brand} Calendar) <calendar-notification@${stem}.com>`,
    shared: `${who.name} (via ${brand} Docs) <drive-shares-noreply@${stem}.com>`,
    list: `${who.name} via ${stem}-clubs <${stem}-clubs@lists.${stem}.org>`,
    ticket: `${brand} Support <support@${stem}.com>`,
    receipt: `${brand} <receipts@${stem}.com>`,
    invoice: `${brand} Accounts <accounts@${stem}.com>`,
    bank: `${brand} Bank <alerts@${stem}bank.com>`,
  }
  return rows[cls.key]!
}

function textOf(rng: Random, cls: LookClass, lang: Lang): string {
  if (cls.key === 'ticket') return SERVICE_TEXTS['ticket-reply']![lang]
  if (rng.chance(0.5)) return SECOND_TEXTS[cls.key]![lang]
  return (PERSONAL.has(cls.key) ? PERSON_TEXTS : SERVICE_TEXTS)[cls.key]![lang]
}

export interface LookContext {
  rng: Random
  org: Org
  lang: Lang
  from: string
  at: number
  id: string
  /** Ticket number shared by a vendor's reply and the person's first mail. */
  ref: string
}

function slotValues(c: LookContext) {
  const name = /^[^<(]+/u.exec(c.from)?.[0]?.trim() ?? ''
  const stem = /@(?:lists\.)?([a-z]+)/u.exec(c.from)?.[1] ?? 'x'
  return {
    name,
    first: c.org.reader.split(' ')[0]!,
    reader: c.org.reader,
    org: c.org.name,
    email: /<([^>]+)>/u.exec(c.from)?.[1] ?? '',
    address: c.org.address,
    brand: capital(stem.replace(/bank$/u, '')),
    list: `${stem}-clubs`,
    ref: c.ref,
    link: `https://${stem}.com/${token(c.rng, 16)}`,
    amount: `${c.rng.int(12, 900)},${numeric(c.rng, 2)} ${c.lang === 'en' ? 'GBP' : 'EUR'}`,
    date: new Date(c.at - c.rng.int(1, 6) * DAY).toISOString().slice(0, 10),
    prefix: '',
  }
}

export function lookMail(cls: LookClass, c: LookContext): Mail {
  const v = slotValues(c)
  if (cls.key === 'reply') v.prefix = REPLY_PREFIX[c.lang]
  if (cls.key === 'forward') v.prefix = FORWARD_PREFIX[c.lang]
  const text = splitText(textOf(c.rng, cls, c.lang))
  return {
    id: c.id,
    at: c.at,
    from: c.from,
    subject: fill(text.subject, v),
    body: fill(text.body, v),
    to: c.org.address,
  }
}

/** The person's first mail to a vendor, 2-9 days before the vendor's reply. */
export function ticketSent(c: LookContext): Mail {
  const v = slotValues(c)
  const text = splitText(SERVICE_TEXTS['ticket-sent']![c.lang])
  const vendor = /<([^>]+)>/u.exec(c.from)?.[1] ?? c.from
  return {
    id: `${c.id}-sent`,
    at: c.at - c.rng.int(2, 9) * DAY - c.rng.int(0, 8) * HOUR,
    from: `${c.org.reader} <${c.org.address}>`,
    subject: fill(text.subject, v),
    body: fill(text.body, v),
    to: vendor,
    sent: true,
  }
}

export function lookLabel(
  cls: LookClass,
  lang: Lang,
  where: LookWhere,
  waveId?: string,
): MailLabel {
  const label: MailLabel = { label: cls.label, lang, source: `look:${where}:${cls.key}` }
  return waveId !== undefined && cls.label === 'important' ? { ...label, waveId } : label
}
