// One look-alike mail where it is measured (quiet inbox, inside a wave from a sender seen before,
// inside a wave from a sender new to the inbox), with what a real inbox holds around it: the
// person's own earlier mail for auto-replies and ticket replies, and for known senders their
// earlier mail days or weeks ahead (source lookalike:history:<class>).
import type { Random } from '../prng.ts'
import type { Lang, MailLabel } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import type { Person } from './people.ts'
import { decorated } from './look/decor.ts'
import { fillText, LOOK_TEXT, lookFrom, scriptSender, slots } from './look/index.ts'
import { CONFIRM, INVITE, SENT_SUBJECTS } from './look/invite.ts'
import { SCRIPT_TEXTS } from './look/scripts.ts'
import { labelOf, type LookClass, type LookText } from './look/types.ts'
import { put, type Part } from './records.ts'

export type Where = 'quiet' | 'wave-known' | 'wave-new'
export type ExtraClass = 'decorated' | 'invite' | 'confirm' | 'scripts'
export type AnyClass = LookClass | ExtraClass

export interface Place {
  where: Where
  lang: Lang
  person: Person
  at: number
  brand: string
  id: string
  waveId?: string
  /** Which of the class's texts to use (so every text of a language is used). */
  variant: number
}

function labelFor(cls: AnyClass): MailLabel['label'] {
  if (cls === 'confirm') return 'own'
  if (cls === 'decorated' || cls === 'invite' || cls === 'scripts') return 'ham'
  return labelOf(cls)
}

function textFor(rng: Random, cls: AnyClass, p: Place): LookText {
  const pickV = (list: readonly LookText[]) => list[p.variant % list.length]!
  if (cls === 'decorated') return decorated(rng, p.lang, p.person.first, p.variant)
  if (cls === 'invite') return pickV(INVITE[p.lang])
  if (cls === 'confirm') return pickV(CONFIRM[p.lang])
  if (cls === 'scripts') return pickV(SCRIPT_TEXTS)
  return pickV(LOOK_TEXT[p.lang][cls])
}

const PERSONAL: readonly AnyClass[] = ['people', 'auto-reply', 'scripts']

export function placeLookalike(rng: Random, part: Part, cls: AnyClass, p: Place): void {
  const subj = rng.pick(SENT_SUBJECTS[p.lang])
  const who = cls === 'scripts' ? scriptSender(rng) : null
  const values = slots(rng, p.lang, p.brand, p.person, p.at, {
    subj,
    ...(who ? { who: who.name } : {}),
  })
  const from = who
    ? `${who.name} <${who.address}>`
    : lookFrom(rng, p.brand, p.lang, PERSONAL.includes(cls) ? values.who : undefined)
  const label = labelFor(cls)
  const base: MailLabel = { label, lang: p.lang, source: `lookalike:${p.where}:${cls}` }
  const filled = fillText(textFor(rng, cls, p), values)
  put(
    part,
    { id: p.id, at: p.at, from, subject: filled.subject, body: filled.body, to: p.person.address },
    label === 'important' && p.waveId ? { ...base, waveId: p.waveId } : base,
  )
  if (cls === 'auto-reply' || cls === 'ticket-reply') {
    const before = cls === 'auto-reply' ? rng.int(2, 30) * HOUR : rng.int(2, 9) * DAY
    const address = /<([^>]+)>/u.exec(from)?.[1] ?? from
    put(
      part,
      {
        id: `${p.id}-sent`,
        at: p.at - before,
        from: `${p.person.first} ${p.person.last} <${p.person.address}>`,
        subject: subj,
        body: `${subj}\n\n${p.person.first}`,
        to: address,
        sent: true,
      },
      { label: 'own', lang: p.lang, source: `lookalike:sent:${cls}` },
    )
  }
  if (p.where === 'wave-known') {
    const earlier = fillText(
      textFor(rng, cls === 'own-code' ? 'newsletter' : cls, { ...p, variant: p.variant + 1 }),
      slots(rng, p.lang, p.brand, p.person, p.at, { subj }),
    )
    const historyLabel = labelFor(cls) === 'own' ? 'ham' : labelFor(cls)
    put(
      part,
      {
        id: `${p.id}-hist`,
        at: p.at - rng.int(3, 27) * DAY - rng.int(0, 600) * MINUTE,
        from,
        subject: earlier.subject,
        body: earlier.body,
        to: p.person.address,
      },
      { label: historyLabel, lang: p.lang, source: `lookalike:history:${cls}` },
    )
  }
}
