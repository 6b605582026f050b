// Everything of the person's life inside and around one wave: important mail (3-6, from real
// senders), everyday look-alikes from senders the inbox knows (their earlier mail days or weeks
// before) and from new ones, a code the person asked for, a colleague's reply to the person's mail
// sent during the wave, and, for some waves, earlier everyday mail from a few abused companies.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { lookBrand, type Company } from './companies.ts'
import { putLook } from './look/make.ts'
import { EVERYDAY_CLASSES, IMPORTANT_CLASSES, type LookClass } from './look/types.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

export interface InsideWave {
  waveId: string
  /** Kind index, so the classes rotate over a language's five waves. */
  k: number
  lang: Lang
  person: Person
  start: number
  end: number
  companies: readonly Company[]
  priorCustomers: boolean
}

const PRIOR: Record<Lang, readonly [string, string]> = {
  en: [
    'Your monthly update from {c}',
    'Hello, here is what is new at {c} this month. Manage preferences or unsubscribe.',
  ],
  de: ['Ihr Monatsupdate von {c}', 'Hallo, das gibt es Neues bei {c}. Abmelden | Einstellungen'],
  fr: ['Les nouveautés {c} du mois', 'Bonjour, voici les nouveautés de {c}. Se désabonner'],
  es: ['Novedades de {c} este mes', 'Hola, esto es lo nuevo en {c}. Darse de baja'],
  pt: ['Novidades {c} deste mês', 'Olá, veja o que há de novo na {c}. Cancelar subscrição'],
  it: ['Le novità di {c} del mese', 'Ciao, ecco le novità di {c}. Disiscriviti'],
  nl: ['Nieuws van {c} deze maand', 'Hallo, dit is er nieuw bij {c}. Afmelden'],
}

const REPLY: Record<Lang, readonly [string, string, string]> = {
  en: [
    'Figures for Thursday',
    'Owen, can you check the totals before I send them? Thanks',
    'Checked, two typos fixed. Send it.',
  ],
  de: [
    'Zahlen für Donnerstag',
    'Katrin, schaust du bitte kurz über die Summen? Danke',
    'Passt, zwei Tippfehler korrigiert.',
  ],
  fr: [
    'Chiffres pour jeudi',
    'Bastien, tu peux vérifier les totaux ? Merci',
    'Vérifié, c’est bon.',
  ],
  es: [
    'Cifras para el jueves',
    'Iker, ¿puedes revisar los totales? Gracias',
    'Revisado, todo bien.',
  ],
  pt: [
    'Números para quinta',
    'Thiago, podes rever os totais? Obrigada',
    'Revisto, está tudo certo.',
  ],
  it: ['Numeri per giovedì', 'Matteo, controlli i totali? Grazie', 'Controllato, tutto ok.'],
  nl: ['Cijfers voor donderdag', 'Ruben, kun je de totalen checken? Dank', 'Gecheckt, klopt.'],
}

export function insideWave(rng: Random, w: InsideWave): Part {
  const part = emptyPart()
  const used = new Set<string>()
  let n = 0
  const id = () => `${w.waveId}-x${n++}`
  const during = () => w.start + 1 + Math.floor(rng.next() * Math.max(1, w.end - w.start - 2))
  const look = (cls: LookClass, where: 'wave-known' | 'wave-new') => {
    const brand = lookBrand(rng, w.lang, used)
    if (where === 'wave-known')
      for (let h = rng.int(1, 2); h > 0; h--)
        putLook(part, rng, {
          text: h,
          cls,
          lang: w.lang,
          person: w.person,
          brand,
          at: w.start - rng.int(2, 26) * DAY - rng.int(0, 10) * HOUR,
          id: id(),
          where: 'history',
        })
    putLook(part, rng, {
      cls,
      lang: w.lang,
      person: w.person,
      brand,
      at: during(),
      id: id(),
      where,
      waveId: w.waveId,
    })
  }
  IMPORTANT_CLASSES.forEach((cls, j) => look(cls, (j + w.k) % 2 === 0 ? 'wave-known' : 'wave-new'))
  for (let j = 0; j < 3; j++)
    look(EVERYDAY_CLASSES[(w.k * 3 + j) % EVERYDAY_CLASSES.length]!, 'wave-known')
  for (let j = 0; j < 2; j++)
    look(EVERYDAY_CLASSES[(w.k * 2 + j + 5) % EVERYDAY_CLASSES.length]!, 'wave-new')
  // the person asks for a code at a service with no mail in the inbox before, during the wave
  look('own-code', 'wave-new')
  // the person writes to a colleague during the wave and gets an answer
  const c = w.person.colleague
  const [subject, mine, theirs] = REPLY[w.lang]
  const sentAt = during()
  put(
    part,
    {
      id: id(),
      at: w.start - rng.int(5, 15) * DAY,
      from: `${c.name} <${c.address}>`,
      to: w.person.address,
      subject: `${subject.split(' ')[0]} ?`,
      body: theirs,
    },
    { label: 'ham', lang: w.lang, source: 'lookalike:history:people' },
  )
  put(
    part,
    {
      id: id(),
      at: sentAt,
      from: `${w.person.name} <${w.person.address}>`,
      to: c.address,
      subject,
      body: mine,
      sent: true,
    },
    { label: 'ham', lang: w.lang, source: 'sent:colleague' },
  )
  put(
    part,
    {
      id: id(),
      at: Math.min(w.end - 1, sentAt + rng.int(2, 20) * MINUTE),
      from: `${c.name} <${c.address}>`,
      to: w.person.address,
      subject: `Re: ${subject}`,
      body: `${theirs}\n\n> ${mine}`,
    },
    { label: 'ham', lang: w.lang, source: 'lookalike:wave-known:people' },
  )
  if (w.priorCustomers)
    for (const company of rng.shuffle(w.companies).slice(0, rng.int(2, 4))) {
      const [s, b] = PRIOR[company.lang]
      for (let h = rng.int(1, 3); h > 0; h--)
        put(
          part,
          {
            id: id(),
            at: w.start - rng.int(3, 27) * DAY - rng.int(0, 12) * HOUR,
            from: `${company.name} <news@${company.domain}>`,
            to: w.person.address,
            subject: s.replace('{c}', company.name),
            body: b.replace('{c}', company.name),
          },
          { label: 'ham', lang: company.lang, source: 'lookalike:history:prior-customer' },
        )
    }
  return part
}
