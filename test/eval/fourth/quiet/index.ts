// The hand-written everyday mail of the quiet inbox (~300 mails over the window), labelled ham
// with where each comes from.
import type { Random } from '../../prng.ts'
import { LANGUAGES, type EvalRecord, type MailLabel } from '../../types.ts'
import type { Part } from '../background.ts'
import type { Person } from '../people.ts'
import { record } from '../render.ts'
import { appDigests } from './app-digests.ts'
import { calendarMail } from './calendar.ts'
import { communityMail } from './community.ts'
import { deliveryMail } from './deliveries.ts'
import type { Everyday } from './everyday.ts'
import { forumMail } from './forum.ts'
import { healthMail } from './health.ts'
import { miscMail } from './misc.ts'
import { ossMail } from './oss-lists.ts'
import { personalMail } from './personal.ts'
import { schoolMail } from './school.ts'
import { shopNewsletters } from './shop-newsletters.ts'
import { signInMail } from './sign-in.ts'
import { sportsMail } from './sports-club.ts'
import { ticketThreads } from './ticket-thread.ts'
import { workMail } from './work.ts'

export function everydayMail(rng: Random, person: Person): Everyday[] {
  return [
    ...schoolMail(rng),
    ...sportsMail(rng),
    ...healthMail(rng),
    ...signInMail(rng),
    ...shopNewsletters(rng),
    ...appDigests(rng),
    ...ossMail(rng),
    ...forumMail(rng),
    ...ticketThreads(rng),
    ...deliveryMail(rng),
    ...calendarMail(rng),
    ...personalMail(rng, LANGUAGES, person.first),
    ...miscMail(rng),
    ...workMail(rng),
    ...communityMail(rng),
  ]
}

/** Everyday mail as labelled records (ids `${prefix}-day-<n>`). */
export function everydayPart(mails: readonly Everyday[], person: Person, prefix: string): Part {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  mails.forEach((mail, i) => {
    const id = `${prefix}-day-${i}`
    const to = mail.to ?? person.address
    records.push(
      record(id, mail.at, mail.from, mail.subject, mail.body, to, mail.folder ?? 'inbox'),
    )
    labels.set(id, { label: 'ham', source: mail.source })
  })
  return { records, labels }
}
