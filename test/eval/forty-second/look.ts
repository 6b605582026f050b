// Look-alike mail as it lands: a newsletter the person subscribed to, a friend's reply, a
// mailing-list reply, a calendar invitation, a shared document, and a vendor's reply or solved
// notice on a ticket the person opened (their first mail sits in the sent folder days before).
import type { Random } from '../prng.ts'
import type { Lang, LabelClass } from '../types.ts'
import { capital, companyDomain, MAILBOX_STEM, TLD } from './companies.ts'
import { EN, DE, FR, ES } from './look-texts-a.ts'
import { PT, IT, NL } from './look-texts-b.ts'
import { TICKET_TOPICS, TOPICS, type Texts } from './look-words.ts'
import { ascii, type Person } from './people.ts'
import { fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, iso } from '../nineteenth/clock.ts'
import type { FortySecondLabel, LookClass, Placement } from './types.ts'

export const LOOK_TEXTS: Record<Lang, Texts> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

export const LOOK_LABEL: Record<LookClass, LabelClass> = {
  newsletter: 'ham',
  reply: 'ham',
  list: 'ham',
  calendar: 'ham',
  document: 'ham',
  'ticket-reply': 'own',
  'ticket-solved': 'own',
}

const FRIENDS: Record<Lang, readonly string[]> = {
  en: ['Tom Ashby', 'Priya Shah', 'Gemma Lloyd'],
  de: ['Katrin Seidel', 'Jonas Wolf', 'Miriam Lang'],
  fr: ['Élodie Perrin', 'Hugo Masson', 'Claire Benoît'],
  es: ['Sergio Cano', 'Elena Ruiz', 'Nuria Vidal'],
  pt: ['João Pinto', 'Ana Lopes', 'Marta Reis'],
  it: ['Luca Fontana', 'Sara Riva', 'Paolo Conti'],
  nl: ['Pieter Smit', 'Lotte Mulder', 'Daan de Boer'],
}

/** A look-alike sender: its row and the values its texts name. */
export interface LookSender {
  cls: LookClass
  from: string
  brand: string
  writer: string
  list: string
}

export function lookSender(rng: Random, cls: LookClass, stem: string, lang: Lang): LookSender {
  const brand = capital(stem)
  const domain = companyDomain(stem, lang)
  const writer = rng.pick(FRIENDS[lang])
  const personal = `${ascii(writer.split(' ')[0]!)}@${MAILBOX_STEM}.${TLD[lang]}`
  const rows: Record<LookClass, string> = {
    newsletter: `${brand} <news@${domain}>`,
    reply: `${writer} <${personal}>`,
    list: `${writer} <${personal}>`,
    calendar: `${writer} <${ascii(writer)}@${domain}>`,
    document: `${writer} (via ${brand} Docs) <share-noreply@${domain}>`,
    'ticket-reply': `${writer} (${brand} Support) <support@${domain}>`,
    'ticket-solved': `${brand} Support <support@${domain}>`,
  }
  return { cls, from: rows[cls], brand, writer, list: `${stem}-users` }
}

export interface LookPlace {
  placement: Placement
  waveId?: string
}

export function lookLabel(cls: LookClass, lang: Lang, place: LookPlace): FortySecondLabel {
  return {
    label: LOOK_LABEL[cls],
    lang,
    lookClass: cls,
    placement: place.placement,
    source: `lookalike:${place.placement}:${cls}`,
    ...(place.waveId ? { waveId: place.waveId } : {}),
  }
}

/** One look-alike mail; a ticket class brings the person's own first mail days before it. */
export function putLook(
  rng: Random,
  part: Part,
  sender: LookSender,
  person: Person,
  at: number,
  id: string,
  place: LookPlace,
): void {
  const texts = LOOK_TEXTS[person.lang]
  const ticket = sender.cls.startsWith('ticket')
  const values = {
    first: person.first,
    sender: ticket ? sender.writer.split(' ')[0]! : sender.writer,
    brand: sender.brand,
    list: sender.list,
    topic: rng.pick((ticket ? TICKET_TOPICS : TOPICS)[person.lang]),
    ref: numeric(rng, 6),
    date: iso(at + rng.int(1, 9) * DAY).slice(0, 10),
    link: `https://${sender.from.split('@')[1]?.replace('>', '') ?? 'example.org'}/l/${token(rng, 16)}`,
  }
  const text = texts[sender.cls]
  const mail = { id, at, from: sender.from, to: person.address }
  put(
    part,
    { ...mail, subject: fill(text.subject, values), body: fill(text.body, values) },
    lookLabel(sender.cls, person.lang, place),
  )
  if (!ticket) return
  const address = sender.from.split('<')[1]!.replace('>', '')
  const sentAt = at - rng.int(2, 9) * DAY - rng.int(0, 8) * HOUR
  put(
    part,
    {
      id: `${id}-sent`,
      at: sentAt,
      from: `${person.first} ${person.last} <${person.address}>`,
      to: address,
      subject: fill(texts.sent.subject, values),
      body: fill(texts.sent.body, values),
      sent: true,
    },
    sentLabel(sender.cls, person.lang),
  )
}

/** The person's own first mail on a ticket: theirs, so `own`, outside every placement. */
function sentLabel(cls: LookClass, lang: Lang): FortySecondLabel {
  return { label: 'own', lang, lookClass: cls, source: `lookalike:sent:${cls}` }
}
