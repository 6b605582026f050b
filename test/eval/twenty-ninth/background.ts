// What surrounds a wave: SpamAssassin ham over the days around it; earlier everyday mail from a
// few of the abused companies (the person was already their customer); and what arrives during
// the wave: important mail, look-alikes from known and new senders, decorated marketing,
// invitations to sign up or log in, and the person living on (a code they asked for, a reply to
// a colleague and the colleague's answer).
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { LOOK_STEMS, type Company } from './companies.ts'
import { fillText, LOOK_TEXT, slots } from './look/index.ts'
import { BRIEF_CLASSES, IMPORTANT_CLASSES } from './look/types.ts'
import { placeLookalike, type AnyClass, type Where } from './lookalike.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

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
        source: `${mail.listId ? 'spamassassin-list' : 'spamassassin'}/${mail.group}`,
      },
    )
  }
  return part
}

/** Earlier everyday mail (newsletters, receipts, notices) from a few of the abused companies. */
export function priorCustomer(
  rng: Random,
  companies: readonly Company[],
  start: number,
  prefix: string,
  person: Person,
): Part {
  const part = emptyPart()
  rng
    .shuffle(companies)
    .slice(0, rng.int(3, 5))
    .forEach((c, i) => {
      for (let j = rng.int(1, 2); j > 0; j--) {
        const cls = rng.pick(['newsletter', 'receipt', 'app-notice', 'order'] as const)
        const text = rng.pick(LOOK_TEXT[c.lang][cls])
        const filled = fillText(
          text,
          slots(rng, c.lang, c.stem, person, start, {
            b: c.name,
            link: `https://${c.domain}/${cls}`,
          }),
        )
        const at = start - rng.int(2, 26) * DAY - rng.int(0, 12) * HOUR
        put(
          part,
          {
            id: `${prefix}-prior-${i}-${j}`,
            at,
            from: `${c.name} <${rng.pick(['news', 'orders', 'hello'])}@${c.domain}>`,
            subject: filled.subject,
            body: filled.body,
            to: person.address,
          },
          { label: 'ham', lang: c.lang, source: 'lookalike:history:prior-customer' },
        )
      }
    })
  return part
}

export interface InsideWave {
  waveId: string
  /** The wave's position among its language's waves, for rotating classes. */
  turn: number
  lang: Lang
  person: Person
  first: number
  end: number
}

const EVERYDAY = BRIEF_CLASSES.filter((c) => !IMPORTANT_CLASSES.includes(c))

export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const brands = rng.shuffle(LOOK_STEMS)
  let n = 0
  const at = () => w.first + Math.floor(rng.next() * Math.max(MINUTE, w.end - w.first))
  const place = (cls: AnyClass, where: Where, variant: number) =>
    placeLookalike(rng, part, cls, {
      where,
      lang: w.lang,
      person: w.person,
      at: at(),
      brand: brands[n % brands.length]!,
      id: `${w.waveId}-in-${n++}`,
      waveId: w.waveId,
      variant,
    })
  const important = rng.int(3, 6)
  for (let j = 0; j < important; j++) {
    const s = w.turn * 3 + j
    place(
      IMPORTANT_CLASSES[s % IMPORTANT_CLASSES.length]!,
      Math.floor(s / IMPORTANT_CLASSES.length) % 2 === 0 ? 'wave-known' : 'wave-new',
      s,
    )
  }
  for (let j = 0; j < 3; j++) {
    place(EVERYDAY[(w.turn * 3 + j) % EVERYDAY.length]!, 'wave-known', w.turn + j)
    place(EVERYDAY[(w.turn * 3 + j + 5) % EVERYDAY.length]!, 'wave-new', w.turn + j + 1)
  }
  for (let j = 0; j < 2; j++) {
    place('decorated', 'wave-known', w.turn * 2 + j)
    place('decorated', 'wave-new', w.turn * 2 + j + 1)
  }
  place('invite', w.turn % 2 === 0 ? 'wave-new' : 'wave-known', w.turn)
  if (rng.chance(0.5)) place('invite', 'wave-new', w.turn + 1)
  if (w.turn % 3 === 0) place('confirm', 'wave-new', w.turn)
  if (w.turn % 2 === 1) place('scripts', 'wave-new', w.turn)
  place('own-code', rng.chance(0.5) ? 'wave-new' : 'wave-known', w.turn + 2)
  living(rng, part, w, at())
  return part
}

const REPLIES: Record<Lang, readonly [string, string]> = {
  en: ['Re: figures for the board pack', 'Thanks - I’ve put them in. Can you check tab 2?'],
  de: ['AW: Zahlen für die Vorstandsvorlage', 'Danke, eingefügt. Schaust du bitte auf Tab 2?'],
  fr: ['RE: chiffres pour le comité', 'Merci, c’est intégré. Tu peux vérifier l’onglet 2 ?'],
  es: ['RE: cifras para el comité', 'Gracias, ya están. ¿Revisas la pestaña 2?'],
  pt: ['RE: números para a diretoria', 'Obrigada, já entraram. Pode ver a aba 2?'],
  it: ['R: numeri per il consiglio', 'Grazie, inseriti. Controlli la scheda 2?'],
  nl: ['RE: cijfers voor het bestuur', 'Dank, staat erin. Kijk je even naar tab 2?'],
}

/** The person replies to a colleague during the wave and gets the answer. */
function living(rng: Random, part: Part, w: InsideWave, at: number): void {
  const [subject, text] = REPLIES[w.lang]
  const me = `${w.person.first} ${w.person.last} <${w.person.address}>`
  const colleague = `${w.person.colleague.name} <${w.person.colleague.address}>`
  put(
    part,
    {
      id: `${w.waveId}-live-sent`,
      at,
      from: me,
      subject,
      body: text,
      to: w.person.colleague.address,
      sent: true,
    },
    { label: 'own', lang: w.lang, source: 'living:sent' },
  )
  put(
    part,
    {
      id: `${w.waveId}-live-answer`,
      at: at + rng.int(4, 25) * MINUTE,
      from: colleague,
      subject: subject.replace(/^[^:]+:/u, 'Re:'),
      body: `👍 ${w.person.first}\n\n> ${text}`,
      to: w.person.address,
    },
    { label: 'ham', lang: w.lang, source: 'living:colleague' },
  )
}
