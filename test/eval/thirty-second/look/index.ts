// A look-alike mail (and, for auto-replies and ticket replies, the person's own earlier sent mail
// it answers) in one language, from a brand or a person, with its label.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel } from '../../types.ts'
import { fill, numeric, token, type Mail } from '../../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'
import type { Person } from '../people.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'
import { LOOK_CLASSES, type LookClass, type LookName, type LookTexts } from './types.ts'

export const LOOK_TEXT: Record<Lang, LookTexts> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}
export { LOOK_CLASSES }

/** Subjects the person wrote (answered by auto-replies, tickets and friends). */
export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Christmas party on the 19th',
    'Parcel never arrived',
    'Wrong size in my order',
    'Invoice for November',
  ],
  de: [
    'Weihnachtsfeier am 19.',
    'Paket nie angekommen',
    'Falsche Größe geliefert',
    'Rechnung November',
  ],
  fr: ['Fête de Noël le 19', 'Colis jamais arrivé', 'Mauvaise taille reçue', 'Facture de novembre'],
  es: [
    'Cena de Navidad del 19',
    'El paquete no ha llegado',
    'Talla equivocada',
    'Factura de noviembre',
  ],
  pt: ['Jantar de Natal dia 19', 'A encomenda não chegou', 'Tamanho errado', 'Fatura de novembro'],
  it: ['Festa di Natale del 19', 'Pacco mai arrivato', 'Taglia sbagliata', 'Fattura di novembre'],
  nl: [
    'Kerstborrel op de 19e',
    'Pakket nooit aangekomen',
    'Verkeerde maat ontvangen',
    'Factuur november',
  ],
}

const LOCAL: Partial<Record<LookName, string>> = {
  newsletter: 'news',
  social: 'notify',
  code: 'no-reply',
  'ticket-reply': 'support',
  shared: 'calendar',
  appointment: 'bookings',
  notice: 'office',
  app: 'hello',
  receipt: 'receipts',
  bank: 'alerts',
  order: 'orders',
  travel: 'booking',
}

const AMOUNT: Record<Lang, (n: number) => string> = {
  en: (n) => `£${n}.99`,
  de: (n) => `${n},90 €`,
  fr: (n) => `${n},90 €`,
  es: (n) => `${n},95 €`,
  pt: (n) => (n % 2 ? `R$ ${n * 5},00` : `${n},50 €`),
  it: (n) => `€ ${n},00`,
  nl: (n) => `€ ${n},95`,
}

export interface Brand {
  name: string
  domain: string
}

export interface LookMail {
  mail: Mail
  label: MailLabel
}

export function lookLabel(cls: LookClass, lang: Lang, where: string, waveId?: string): MailLabel {
  const label: MailLabel = { label: cls.label, lang, source: `lookalike:${where}:${cls.name}` }
  return cls.label === 'important' && waveId ? { ...label, waveId } : label
}

/** The class's mail (text `pick`, else a random one) and the sent mail it answers, if any. */
export function lookMails(
  rng: Random,
  cls: LookClass,
  lang: Lang,
  person: Person,
  brand: Brand,
  at: number,
  id: string,
  label: MailLabel,
  pick?: number,
): LookMail[] {
  const texts = LOOK_TEXT[lang][cls.name]
  const [subject, body] = pick === undefined ? rng.pick(texts) : texts[pick % texts.length]!
  const friend = rng.pick(person.friends)
  const values = {
    brand: brand.name,
    first: person.first,
    friend: friend.name.split(' ')[0]!,
    n: numeric(rng, 7),
    code: numeric(rng, 6),
    amount: AMOUNT[lang](rng.int(12, 240)),
    day: new Date(at + rng.int(1, 12) * DAY).toISOString().slice(0, 10),
    subj: rng.pick(SENT_SUBJECTS[lang]),
    ticket: numeric(rng, 6),
    link: `https://${brand.domain}/r/${token(rng, 20)}`,
  }
  const from =
    cls.name === 'people'
      ? `${friend.name} <${friend.address}>`
      : cls.name === 'autoreply'
        ? `${rng.pick(['Ines Halvorsen', 'Tobias Lindqvist', 'Marit Delacroix'])} <office@${brand.domain}>`
        : `${brand.name} <${LOCAL[cls.name] ?? 'info'}@${brand.domain}>`
  const out: LookMail[] = [
    {
      mail: {
        id,
        at,
        from,
        subject: fill(subject, values),
        body: fill(body, values),
        to: person.address,
      },
      label,
    },
  ]
  if (
    cls.name === 'autoreply' ||
    cls.name === 'ticket-reply' ||
    (cls.name === 'people' && subject.includes('{subj}'))
  ) {
    const before = cls.name === 'ticket-reply' ? rng.int(2, 9) * DAY : rng.int(1, 40) * HOUR
    const to =
      cls.name === 'people'
        ? friend.address
        : cls.name === 'autoreply'
          ? `office@${brand.domain}`
          : `support@${brand.domain}`
    out.push({
      mail: {
        id: `${id}-sent`,
        at: at - before - rng.int(0, 59) * MINUTE,
        from: `${person.name} <${person.address}>`,
        to,
        subject: values.subj,
        body: `${values.subj}\n\n${person.first}`,
        sent: true,
      },
      label: { label: 'own', lang, source: `lookalike:sent:${cls.name}` },
    })
  }
  return out
}
