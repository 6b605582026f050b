// What surrounds a wave: SpamAssassin ham over the days around it; the look-alikes arriving during
// it (known senders with their earlier mail, new senders, 3-6 important ones); one acknowledgement
// the person caused; an event registration in the mixed waves; and the person replying to a
// colleague and getting the answer.
import type { Random } from '../prng.ts'
import type { HamMail } from '../spam-assassin.ts'
import type { Lang } from '../types.ts'
import { slotsFor } from './assign.ts'
import { MINUTE } from './clock.ts'
import { lookMail } from './look/mail.ts'
import type { Person } from './people.ts'
import { emptyPart, merge, put, type Part } from './records.ts'

export function hamSource(mail: HamMail): string {
  return mail.listId ? `spamassassin-list/${mail.group}` : `spamassassin/${mail.group}`
}

export function hamPart(
  rng: Random,
  ham: readonly HamMail[],
  count: number,
  span: { from: number; to: number },
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
        at: span.from + Math.floor(rng.next() * (span.to - span.from)),
        name: '',
        address: mail.from,
        subject: mail.subject,
        body: mail.text.slice(0, 2_000),
        to: person.address,
      },
      { label: 'ham', source: hamSource(mail) },
    )
  }
  return part
}

export interface InsideWave {
  index: number
  waveId: string
  lang: Lang
  person: Person
  start: number
  end: number
  mixed: boolean
}

const THREAD: Record<Lang, readonly [string, string, string]> = {
  en: [
    'Re: slides for Thursday',
    'Looks good to me, one change on slide 4.',
    'Done, thanks! Updated version is in the shared folder.',
  ],
  de: [
    'AW: Folien für Donnerstag',
    'Passt für mich, nur Folie 4 würde ich ändern.',
    'Erledigt, danke! Die neue Version liegt im Teamordner.',
  ],
  fr: [
    'RE : slides pour jeudi',
    'Ça me va, juste un changement sur la slide 4.',
    'C’est fait, merci ! Nouvelle version dans le dossier partagé.',
  ],
  es: [
    'RE: diapositivas del jueves',
    'Me parece bien, solo cambiaría la diapositiva 4.',
    'Hecho, ¡gracias! La versión nueva está en la carpeta compartida.',
  ],
  pt: [
    'RE: slides de quinta',
    'Para mim está bom, só mudava o slide 4.',
    'Feito, obrigado! A versão nova está na pasta partilhada.',
  ],
  it: [
    'R: slide per giovedì',
    'Per me va bene, cambierei solo la slide 4.',
    'Fatto, grazie! La nuova versione è nella cartella condivisa.',
  ],
  nl: [
    'Re: slides voor donderdag',
    'Prima, alleen slide 4 zou ik aanpassen.',
    'Gedaan, dank je! De nieuwe versie staat in de gedeelde map.',
  ],
}

/** The person answers a colleague during the wave and gets the answer minutes later. */
function colleagueThread(rng: Random, w: InsideWave, at: number): Part {
  const part = emptyPart()
  const c = w.person.colleague
  const [subject, mine, theirs] = THREAD[w.lang]
  const label = { label: 'ham' as const, lang: w.lang }
  put(
    part,
    {
      id: `${w.waveId}-col-sent`,
      at,
      name: w.person.name,
      address: w.person.address,
      subject,
      body: `${mine}\n\n${w.person.first}`,
      to: c.address,
      sent: true,
    },
    { ...label, source: 'sent:colleague' },
  )
  put(
    part,
    {
      id: `${w.waveId}-col-reply`,
      at: at + rng.int(2, 9) * MINUTE,
      name: c.name,
      address: c.address,
      subject,
      body: `${theirs}\n\n${c.name.split(' ')[0]}`,
      to: w.person.address,
      outlook: rng.chance(0.4),
    },
    { ...label, source: 'colleague-thread' },
  )
  return part
}

export function insideWave(rng: Random, w: InsideWave): Part {
  const during = () => w.start + Math.floor((0.05 + 0.9 * rng.next()) * (w.end - w.start))
  const parts = slotsFor(w.index).map((slot, j) =>
    lookMail(rng, {
      ...slot,
      at: during(),
      person: w.person,
      id: `${w.waveId}-look-${j}`,
      waveId: w.waveId,
    }),
  )
  parts.push(
    lookMail(rng, {
      cls: 'own-ack',
      lang: w.lang,
      where: 'wave-new',
      text: w.index,
      at: during(),
      person: w.person,
      id: `${w.waveId}-ack`,
    }),
  )
  if (w.mixed)
    parts.push(
      lookMail(rng, {
        cls: 'own-event',
        lang: w.lang,
        where: 'wave-new',
        text: w.index,
        at: during(),
        person: w.person,
        id: `${w.waveId}-event`,
      }),
    )
  parts.push(colleagueThread(rng, w, during()))
  return merge(parts)
}
