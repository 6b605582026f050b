// What surrounds a wave: SpamAssassin ham over the days around it; everyday look-alikes inside
// it from senders seen before (their earlier mail is in the inbox) and from senders new to the
// inbox; earlier everyday mail from a few of the abused companies (prior customer); and the
// person living on: a reply to a colleague and the colleague's answer.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, emptyPart, HOUR, MINUTE, put, type Part } from './base.ts'
import { LOOK_STEMS, type Company } from './companies.ts'
import {
  LOOK_CLASS_NAMES,
  LOOK_LABEL,
  lookLabel,
  lookMail,
  lookSender,
  type LookClass,
} from './look/index.ts'
import type { Person } from './people.ts'

export const IMPORTANT = LOOK_CLASS_NAMES.filter((c) => LOOK_LABEL[c] === 'important')
export const EVERYDAY = LOOK_CLASS_NAMES.filter((c) => LOOK_LABEL[c] !== 'important')

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  from: number,
  to: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  if (ham.length === 0) return part
  for (let i = 0; i < count; i++) {
    const mail = rng.pick(ham)
    put(
      part,
      {
        id: `${prefix}-sa-${i}`,
        at: from + Math.floor(rng.next() * (to - from)),
        from: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      {
        label: 'ham',
        source: mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`,
      },
    )
  }
  return part
}

export interface InsideWave {
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  /** Which of the set's waves of this language (0-4), so every class lands in both placements. */
  slot: number
}

function one(
  rng: Random,
  part: Part,
  w: InsideWave,
  cls: LookClass,
  known: boolean,
  i: number,
): void {
  const brand = LOOK_STEMS[(w.slot * 7 + i * 3 + rng.int(0, 5)) % LOOK_STEMS.length]!
  const from = lookSender(rng, cls, brand, w.lang, w.person)
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const id = `${w.waveId}-look-${i}`
  const where = known ? 'wave-known' : 'wave-new'
  lookMail(rng, cls, w.lang, w.person, from, brand, at, id).forEach((m, j) =>
    put(
      part,
      m,
      j === 0 ? lookLabel(cls, w.lang, where, w.waveId) : lookLabel(cls, w.lang, 'history'),
    ),
  )
  if (!known) return
  const count = rng.int(1, 2)
  for (let h = 0; h < count; h++) {
    const before = w.start - rng.int(3, 25) * DAY - rng.int(0, 10) * HOUR
    const [m] = lookMail(rng, cls, w.lang, w.person, from, brand, before, `${id}-h${h}`)
    put(part, m!, lookLabel(cls, w.lang, 'history'))
  }
}

/** Look-alikes inside the wave: 3-6 important ones, every everyday class over a language's waves. */
export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const k = w.slot
  const plan: [LookClass, boolean][] = [
    [EVERYDAY[(2 * k) % 10]!, true],
    [EVERYDAY[(2 * k + 1) % 10]!, true],
    [EVERYDAY[(2 * k + 5) % 10]!, false],
    [EVERYDAY[(2 * k + 6) % 10]!, false],
    [IMPORTANT[k % 4]!, true],
    [IMPORTANT[(k + 2) % 4]!, false],
  ]
  for (let e = rng.int(1, 3); e > 0; e--) plan.push([rng.pick(EVERYDAY), rng.chance(0.5)])
  for (let e = rng.int(1, 4); e > 0; e--) plan.push([rng.pick(IMPORTANT), rng.chance(0.45)])
  plan.forEach(([cls, known], i) => one(rng, part, w, cls, known, i))
  return part
}

/** Earlier everyday mail from a few of the abused companies: the person is their customer. */
export function priorCustomer(rng: Random, companies: readonly Company[], w: InsideWave): Part {
  const part = emptyPart()
  rng
    .shuffle(companies)
    .slice(0, rng.int(2, 4))
    .forEach((c, i) => {
      const cls = rng.pick<LookClass>(['newsletter', 'receipt', 'app', 'order'])
      const from = `${c.name} <${rng.pick(['news', 'info', 'orders'])}@${c.domain}>`
      for (let h = 0; h < rng.int(1, 2); h++) {
        const at = w.start - rng.int(4, 26) * DAY - rng.int(0, 12) * HOUR
        const [m] = lookMail(
          rng,
          cls,
          c.lang,
          w.person,
          from,
          c.stem,
          at,
          `${w.waveId}-prior-${i}-${h}`,
        )
        put(part, m!, { label: 'ham', lang: c.lang, source: 'lookalike:history:prior-customer' })
      }
    })
  return part
}

const LIFE: Record<Lang, readonly [string, string, string]> = {
  en: [
    'Re: figures for Thursday',
    'Here are the updated numbers, let me know if anything looks off.',
    'Perfect, thanks – all good on my side.',
  ],
  de: [
    'AW: Zahlen für Donnerstag',
    'Anbei die aktualisierten Zahlen, sag Bescheid, falls etwas nicht stimmt.',
    'Passt, danke dir!',
  ],
  fr: [
    'RE: chiffres pour jeudi',
    'Voici les chiffres mis à jour, dis-moi si quelque chose cloche.',
    'Parfait, merci !',
  ],
  es: [
    'RE: cifras para el jueves',
    'Te paso las cifras actualizadas, avísame si ves algo raro.',
    'Perfecto, gracias.',
  ],
  pt: [
    'RE: números para quinta',
    'Seguem os números atualizados, avisa se algo estiver errado.',
    'Perfeito, obrigado!',
  ],
  it: [
    'R: numeri per giovedì',
    'Ecco i numeri aggiornati, dimmi se qualcosa non torna.',
    'Perfetto, grazie!',
  ],
  nl: [
    'Re: cijfers voor donderdag',
    'Hierbij de bijgewerkte cijfers, laat maar weten als er iets niet klopt.',
    'Top, dank je!',
  ],
}

/** The person replies to a colleague during the wave and gets the answer. */
export function lifeDuringWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const [subject, mine, theirs] = LIFE[w.lang]
  const at = w.start + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.start))
  const me = `${w.person.name} <${w.person.address}>`
  const them = `${w.person.colleague.name} <${w.person.colleague.address}>`
  put(
    part,
    {
      id: `${w.waveId}-life-sent`,
      at,
      from: me,
      to: w.person.colleague.address,
      subject,
      body: mine,
      sent: true,
    },
    { label: 'ham', lang: w.lang, source: 'life:sent' },
  )
  put(
    part,
    {
      id: `${w.waveId}-life-reply`,
      at: at + rng.int(3, 20) * MINUTE,
      from: them,
      to: w.person.address,
      subject,
      body: `${theirs}\n\n> ${mine}`,
    },
    { label: 'ham', lang: w.lang, source: 'life:colleague' },
  )
  return part
}
