// The person keeps living during a wave: they ask for a sign-in code at a service they use (one
// that has sent nothing in the four weeks before, and sometimes one with earlier mail), reply to a
// colleague and get the answer; and some abused companies are ones the person already buys from
// (their newsletters, receipts and notices sit weeks earlier in the inbox).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import type { Company } from './companies.ts'
import { NEWSLETTER } from './look/newsletter.ts'
import { NOTICE } from './look/notice.ts'
import { RECEIPT } from './look/receipt.ts'
import { SERVICE } from './look/service.ts'
import { LOOK_CLASSES, lookPart, serviceFor } from './lookalike.ts'
import { amount } from './look-values.ts'
import type { Person } from './people.ts'
import { emptyPart, fill, merge, numeric, put, token, type Part } from './records.ts'

const CODE = LOOK_CLASSES.find((c) => c.id === 'code')!

const COLLEAGUE: Record<Lang, readonly [string, string, string]> = {
  en: [
    'Re: figures for the board pack',
    'Hi, I’ve checked the figures, the Q3 column was off by one row. Fixed now.',
    'Brilliant, thanks! I’ll send it on this afternoon.',
  ],
  de: [
    'AW: Zahlen für die Vorstandsvorlage',
    'Hallo, ich habe die Zahlen geprüft, die Q3-Spalte war um eine Zeile verrutscht. Ist korrigiert.',
    'Super, danke! Ich schicke es heute Nachmittag weiter.',
  ],
  fr: [
    'RE: chiffres pour le comité',
    'Bonjour, j’ai vérifié : la colonne T3 était décalée d’une ligne. C’est corrigé.',
    'Parfait, merci ! Je transmets cet après-midi.',
  ],
  es: [
    'RE: cifras para el comité',
    'Hola, he revisado las cifras: la columna del T3 estaba desplazada una fila. Ya está.',
    '¡Genial, gracias! Lo envío esta tarde.',
  ],
  pt: [
    'RE: números para a reunião',
    'Olá, verifiquei os números: a coluna do 3.º trimestre estava uma linha abaixo. Já corrigi.',
    'Ótimo, obrigado! Envio à tarde.',
  ],
  it: [
    'R: dati per il consiglio',
    'Ciao, ho controllato: la colonna del Q3 era sfasata di una riga. Sistemato.',
    'Perfetto, grazie! Lo inoltro nel pomeriggio.',
  ],
  nl: [
    'RE: cijfers voor het MT-stuk',
    'Hoi, ik heb de cijfers nagelopen: de Q3-kolom stond een rij verschoven. Is aangepast.',
    'Top, dank je! Ik stuur het vanmiddag door.',
  ],
}

export function livePart(
  rng: Random,
  waveId: string,
  lang: Lang,
  person: Person,
  start: number,
  end: number,
  knownCode: boolean,
  stems: readonly string[],
): Part {
  const span = Math.max(4 * MINUTE, end - start)
  const inside = () => start + MINUTE + Math.floor(rng.next() * (span - 2 * MINUTE))
  const parts: Part[] = []
  const fresh = serviceFor(rng, CODE, stems[0]!, lang)
  parts.push(
    lookPart(
      rng,
      CODE,
      lang,
      person,
      fresh,
      inside(),
      `${waveId}-live-code`,
      'wave-new',
      undefined,
      rng.int(0, 2),
    ),
  )
  relabel(parts[0]!, 'live:code-new')
  if (knownCode) {
    const known = serviceFor(rng, CODE, stems[1]!, lang)
    const p = lookPart(
      rng,
      CODE,
      lang,
      person,
      known,
      inside(),
      `${waveId}-live-code2`,
      'wave-known',
      undefined,
      rng.int(0, 2),
    )
    relabel(p, 'live:code-known')
    const before = lookPart(
      rng,
      CODE,
      lang,
      person,
      known,
      start - rng.int(5, 20) * DAY,
      `${waveId}-live-code2-h`,
      'history',
    )
    parts.push(p, before)
  }
  const [subject, mine, theirs] = COLLEAGUE[lang]
  const sentAt = inside()
  const thread = emptyPart()
  put(
    thread,
    {
      id: `${waveId}-live-sent`,
      at: sentAt,
      from: `${person.name} <${person.address}>`,
      to: person.colleague,
      subject,
      body: mine,
      sent: true,
    },
    { label: 'own', lang, source: 'live:sent' },
  )
  put(
    thread,
    {
      id: `${waveId}-live-reply`,
      at: sentAt + rng.int(4, 25) * MINUTE,
      from: person.colleague,
      to: person.address,
      subject,
      body: `${theirs}\n\n> ${mine}`,
    },
    { label: 'ham', lang, source: 'live:colleague' },
  )
  parts.push(thread)
  return merge(parts)
}

function relabel(part: Part, source: string): void {
  for (const [id, label] of part.labels) part.labels.set(id, { ...label, source })
}

const PRIOR = [NEWSLETTER, RECEIPT, NOTICE, SERVICE]

/** Earlier everyday mail from a few of the abused companies, days or weeks before the wave. */
export function priorCustomer(
  rng: Random,
  companies: readonly Company[],
  person: Person,
  start: number,
  waveId: string,
): Part {
  const part = emptyPart()
  rng
    .shuffle(companies)
    .slice(0, rng.int(2, 4))
    .forEach((c, i) => {
      for (let h = 0; h < rng.int(1, 3); h++) {
        const [subject, body] = rng.pick(rng.pick(PRIOR)[c.lang])
        const values = {
          brand: c.display,
          first: person.first,
          name: 'Alex',
          amount: amount(rng, c.lang),
          ref: numeric(rng, 6),
          date: '12/10',
          link: `https://${c.domain}/${token(rng, 16)}`,
          code: numeric(rng, 6),
          time: '10:30',
          place: c.display,
          device: 'Safari on iPhone',
          sent: '',
        }
        put(
          part,
          {
            id: `${waveId}-prior-${i}-${h}`,
            at: start - rng.int(4, 26) * DAY - rng.int(0, 12) * HOUR,
            from: `${c.display} <hello@${c.domain}>`,
            to: person.address,
            subject: fill(subject, values),
            body: fill(body, values),
          },
          { label: 'ham', lang: c.lang, source: 'lookalike:history:prior-customer' },
        )
      }
    })
  return part
}
