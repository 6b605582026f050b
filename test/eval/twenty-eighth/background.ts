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

function colleagueThread(rng: Random, w: InsideWave, at: number): Part {
  const part = emptyPart()
  const c = w.person.colleague
  const subject = rng.pick(['Re: slides for Thursday', 'Re: budget draft v3', 'Re: travel dates'])
  put(
    part,
    {
      id: `${w.waveId}-col-sent`,
      at,
      name: w.person.name,
      address: w.person.address,
      subject,
      body: `Looks good to me, one change on slide 4.\n\n${w.person.first}`,
      to: c.address,
      sent: true,
    },
    { label: 'ham', lang: w.lang, source: 'sent:colleague' },
  )
  put(
    part,
    {
      id: `${w.waveId}-col-reply`,
      at: at + rng.int(2, 9) * MINUTE,
      name: c.name,
      address: c.address,
      subject: subject.startsWith('Re:') ? subject : `Re: ${subject}`,
      body: `Done, thanks! Updated version in the shared folder.\n\n${c.name.split(' ')[0]}`,
      to: w.person.address,
      outlook: rng.chance(0.4),
    },
    { label: 'ham', lang: w.lang, source: 'colleague-thread' },
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
