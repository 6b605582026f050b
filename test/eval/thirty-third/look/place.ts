// Puts one look-alike mail into a part: its sender (a look-alike brand), the person's earlier
// sent mail for the classes that answer one, and, for senders the inbox knows, their earlier
// mail days or weeks before (source lookalike:history:<class>).
import type { Random } from '../../prng.ts'
import { LANGUAGES, type MailLabel } from '../../types.ts'
import { put, type Part } from '../../nineteenth/records.ts'
import { DAY, HOUR } from '../clock.ts'
import { LOOK_STEMS } from '../companies.ts'
import { isOther, type AnyLang, type Person } from '../langs.ts'
import { renderLook } from './index.ts'
import { ANSWERS, labelOf, type LookClass } from './types.ts'

const ORIG = ['Question about my invoice', 'Saturday', 'Broken hinge', 'Photos', 'Contract 2027']

export interface Placement {
  where: 'quiet' | 'wave-known' | 'wave-new'
  waveId?: string
  /** Known senders get 1-2 earlier mails, this many days back at most. */
  historyDays?: number
}

function sourceOf(kind: string, cls: LookClass, lang: AnyLang): string {
  return `lookalike:${kind}:${cls}${isOther(lang) ? `:${lang}` : ''}`
}

function labelFor(cls: LookClass, lang: AnyLang, source: string, waveId?: string): MailLabel {
  const label: MailLabel = { label: labelOf(cls), source }
  if ((LANGUAGES as readonly string[]).includes(lang)) label.lang = lang as MailLabel['lang']
  if (waveId && label.label === 'important') label.waveId = waveId
  return label
}

export function placeLook(
  rng: Random,
  part: Part,
  id: string,
  cls: LookClass,
  lang: AnyLang,
  at: number,
  person: Person,
  place: Placement,
): void {
  const stem = rng.pick(LOOK_STEMS)
  const domain = `${stem.toLowerCase()}.example`
  const from = `${stem} <${cls === 'person' ? rng.pick(['ines', 'karol', 'bram']) : 'notify'}@${domain}>`
  const orig = rng.pick(ORIG)
  if (ANSWERS.includes(cls)) {
    const back = cls === 'ticket' ? rng.int(2, 9) * DAY : rng.int(2, 40) * HOUR
    const sent = { id: `${id}-sent`, at: at - back, from: `${person.name} <${person.address}>` }
    put(
      part,
      {
        ...sent,
        subject: orig,
        body: `${orig}.\n\n${person.first}`,
        to: `<contact@${domain}>`,
        sent: true,
      },
      { label: 'own', source: `sent:${cls}` },
    )
  }
  if (place.where === 'wave-known')
    for (let h = 0; h < rng.int(1, 2); h++) {
      const earlier = at - rng.int(3, place.historyDays ?? 20) * DAY - rng.int(0, 10) * HOUR
      const text = renderLook(rng, cls, lang, {
        brand: stem,
        first: person.first,
        orig,
        at: earlier,
      })
      const label = labelFor(cls, lang, sourceOf('history', cls, lang))
      put(part, { id: `${id}-h${h}`, at: earlier, from, ...text, to: person.address }, label)
    }
  const text = renderLook(rng, cls, lang, { brand: stem, first: person.first, orig, at })
  put(
    part,
    { id, at, from, ...text, to: person.address },
    labelFor(cls, lang, sourceOf(place.where, cls, lang), place.waveId),
  )
}
