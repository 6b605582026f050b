// The quiet inbox's hand-written everyday mail (about 300 mails over three weeks), each labelled
// `ham` with its kind as `source`.
import type { Random } from '../../prng.ts'
import { LANGUAGES } from '../../types.ts'
import type { Person } from '../people.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { appMail } from './apps.ts'
import { calendarMail } from './calendar.ts'
import { codeMail } from './codes.ts'
import { forgeMail } from './forge.ts'
import { healthMail } from './health.ts'
import { homeMail } from './home.ts'
import { jobMail } from './job.ts'
import { during, type QuietMail } from './kit.ts'
import { libraryMail } from './library.ts'
import { listMail } from './lists.ts'
import { municipalMail } from './municipal.ts'
import { newsletterMail } from './newsletters.ts'
import { notesFor } from './personal.ts'
import { shoppingMail } from './shopping.ts'
import { sportsMail } from './sports.ts'
import { ticketMail } from './ticket.ts'
import { travelMail } from './travel.ts'
import { workMail } from './work.ts'

/** Her friends' and family's notes in all seven languages, spread over the weeks. */
function personalMail(rng: Random, person: Person): QuietMail[] {
  return LANGUAGES.flatMap((lang) =>
    notesFor(lang, person.first)
      .filter((note) => !note.family)
      .map((note) => ({
        ...note,
        at: during(rng, rng.int(0, 20), 7, 23),
        source: 'personal',
        lang,
      })),
  )
}

export function everydayMail(rng: Random, person: Person): QuietMail[] {
  return [
    ...homeMail(rng),
    ...libraryMail(rng),
    ...sportsMail(rng),
    ...municipalMail(rng),
    ...jobMail(rng),
    ...codeMail(),
    ...healthMail(),
    ...shoppingMail(rng),
    ...listMail(rng),
    ...forgeMail(rng),
    ...calendarMail(rng),
    ...ticketMail(),
    ...newsletterMail(rng),
    ...workMail(rng),
    ...appMail(rng),
    ...travelMail(),
    ...personalMail(rng, person),
  ]
}

export function everydayPart(mails: readonly QuietMail[], person: Person, prefix: string): Part {
  const part = emptyPart()
  mails.forEach((m, i) => {
    const id = `${prefix}-day-${i}`
    const rec = record(
      id,
      m.at,
      m.from,
      m.subject,
      m.body,
      m.to ?? person.address,
      m.folder ?? 'inbox',
    )
    add(
      part,
      rec,
      m.lang
        ? { label: 'ham', lang: m.lang, source: m.source }
        : { label: 'ham', source: m.source },
    )
  })
  return part
}
