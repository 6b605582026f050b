// The person keeps living during a wave: requests a code from a service they use (own), writes
// to a colleague and gets the answer; and earlier everyday mail from companies the wave abuses.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { makeCompany, type Company } from './companies.ts'
import { LOOK_CLASSES, lookMails, lookSender } from './lookalike.ts'
import type { Person } from './people.ts'
import { emptyPart, put, type Part } from './records.ts'

const ASK: Record<Lang, readonly [string, string, string]> = {
  en: [
    'Numbers for the board pack',
    'Could you send me the Q3 numbers before 4?',
    'Sure, attached. Shout if anything is off.',
  ],
  de: [
    'Zahlen für die Vorstandsmappe',
    'Kannst du mir die Q3-Zahlen vor 16 Uhr schicken?',
    'Klar, im Anhang. Sag Bescheid, wenn etwas fehlt.',
  ],
  fr: [
    'Chiffres pour le comité',
    'Tu peux m’envoyer les chiffres du T3 avant 16 h ?',
    'Bien sûr, en pièce jointe. Dis-moi si ça cloche.',
  ],
  es: [
    'Cifras para el consejo',
    '¿Me mandas las cifras del T3 antes de las 16?',
    'Claro, van adjuntas. Avísame si algo no cuadra.',
  ],
  pt: [
    'Números para a administração',
    'Podes enviar-me os números do T3 antes das 16h?',
    'Claro, seguem em anexo. Diz se faltar algo.',
  ],
  it: [
    'Numeri per il consiglio',
    'Mi mandi i numeri del Q3 prima delle 16?',
    'Certo, in allegato. Dimmi se qualcosa non torna.',
  ],
  nl: [
    'Cijfers voor het bestuur',
    'Kun je me de Q3-cijfers vóór 16 uur sturen?',
    'Tuurlijk, in de bijlage. Laat weten als er iets mist.',
  ],
}

const RE: Record<Lang, string> = {
  en: 'Re:',
  de: 'AW:',
  fr: 'RE:',
  es: 'RE:',
  pt: 'RE:',
  it: 'R:',
  nl: 'Re:',
}

export function livingDuringWave(
  rng: Random,
  w: { waveId: string; lang: Lang; person: Person; start: number; end: number; stem: string },
): Part {
  const part = emptyPart()
  const span = Math.max(MINUTE, w.end - w.start)
  const code = LOOK_CLASSES.find((c) => c.key === 'code')!
  const service = lookSender(rng, code, makeCompany(w.stem, w.lang, rng))
  const at = w.start + Math.floor(rng.next() * span)
  for (const m of lookMails(rng, code, w.lang, w.person, service, at, `${w.waveId}-live-code`))
    put(part, m.mail, { label: 'own', lang: w.lang, waveId: w.waveId, source: 'during-wave:code' })
  const [subject, ask, answer] = ASK[w.lang]
  const sentAt = w.start + Math.floor(rng.next() * span * 0.6)
  const c = w.person.colleague
  const me = `${w.person.name} <${w.person.address}>`
  const common = { lang: w.lang, waveId: w.waveId }
  put(
    part,
    {
      id: `${w.waveId}-live-sent`,
      at: sentAt,
      from: me,
      subject,
      body: ask,
      to: c.address,
      sent: true,
    },
    { label: 'ham', ...common, source: 'during-wave:sent' },
  )
  const replyAt = sentAt + rng.int(6, 40) * MINUTE
  put(
    part,
    {
      id: `${w.waveId}-live-reply`,
      at: replyAt,
      from: `${c.name} <${c.address}>`,
      subject: `${RE[w.lang]} ${subject}`,
      body: `${answer}\n\n> ${ask}`,
      to: w.person.address,
    },
    { label: 'ham', ...common, source: 'during-wave:colleague' },
  )
  return part
}

const PRIOR = ['newsletter', 'receipt', 'app', 'order'] as const

/** Everyday mail from companies the wave will abuse, days or weeks before it. */
export function priorCustomerMail(
  rng: Random,
  known: readonly Company[],
  person: Person,
  start: number,
  waveId: string,
): Part {
  const part = emptyPart()
  known.forEach((company, i) => {
    const key = rng.pick(PRIOR)
    const cls = LOOK_CLASSES.find((c) => c.key === key)!
    const sender = lookSender(rng, cls, company)
    const count = rng.int(1, 3)
    for (let h = 0; h < count; h++) {
      const at = start - rng.int(2, 25) * DAY - rng.int(0, 12) * HOUR
      for (const m of lookMails(
        rng,
        cls,
        company.lang,
        person,
        sender,
        at,
        `${waveId}-prior-${i}-${h}`,
      ))
        put(part, m.mail, {
          label: 'ham',
          lang: company.lang,
          source: 'lookalike:history:prior-customer',
        })
    }
  })
  return part
}
