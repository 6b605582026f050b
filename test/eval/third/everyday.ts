// Everyday automated and list mail that must stay clean: code-hosting and tracker notifications
// (issue keys, "Re:" subjects), calendar invitations, shipping updates of orders the person
// placed, newsletters they read (each sends "thanks for subscribing" once, weeks apart from the
// other), forum digests, school and club mail, a support ticket they opened (acknowledgement,
// agent replies, solved, days apart) and mailing-list threads in several languages with
// `[list] Re:`, `AW:`, `RE :`, `R:` and `Antw:` prefixes. Written for this set.
import type { Random } from '../prng.ts'
import type { EvalRecord, Lang, MailLabel } from '../types.ts'
import { github, gitlab, jira, linear } from './everyday-dev.ts'
import type { Mail } from './everyday-dev.ts'
import {
  calendar,
  CLUB,
  forumDigest,
  listMail,
  NEWSLETTERS,
  SHIP,
  SHOPS,
  WELCOME,
} from './everyday-life.ts'
import type { Person } from './people.ts'
import { record, ticketOf } from './render.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export interface Everyday {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

/**
 * About `perDay` mails a day for `days` days from `start`, plus (when `withThread`) one support
 * ticket thread and the newsletters' welcome mails weeks apart.
 */
export function everyday(
  rng: Random,
  person: Person,
  langs: readonly Lang[],
  start: number,
  days: number,
  prefix: string,
  perDay = 15,
  withThread = true,
): Everyday {
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  const push = (mail: Mail, at: number, lang?: Lang) => {
    const id = `${prefix}-day-${records.length}`
    records.push(
      record(
        id,
        at,
        mail.from,
        mail.subject,
        mail.body,
        mail.to ?? person.address,
        mail.folder ?? 'inbox',
      ),
    )
    labels.set(
      id,
      lang ? { label: 'ham', lang, source: mail.source } : { label: 'ham', source: mail.source },
    )
  }
  const total = Math.max(1, Math.round(perDay * days))
  for (let i = 0; i < total; i++) {
    const day = Math.floor((i * days) / total)
    const at = start + day * DAY + rng.int(7, 22) * HOUR + rng.int(0, 3599) * 1000
    const lang = rng.pick(langs)
    const roll = rng.int(0, 99)
    if (roll < 20) push(github(rng, person), at)
    else if (roll < 27) push(gitlab(rng), at)
    else if (roll < 39) push(jira(rng), at)
    else if (roll < 45) push(linear(rng), at)
    else if (roll < 53) push(calendar(rng, person, lang, at), at, lang)
    else if (roll < 59) {
      const [subject, body] = SHIP[lang](ticketOf(rng, '#######'))
      push({ from: rng.pick(SHOPS), subject, body, source: 'shipping' }, at, lang)
    } else if (roll < 69) {
      const n = rng.pick(NEWSLETTERS)
      push(
        {
          from: n.from,
          subject: `${n.name} #${rng.int(40, 160)}: ${rng.pick(['spring reading', 'what we loved', 'Neuheiten', 'semis d’avril', 'de beste routes'])}`,
          body: `This week in ${n.name}… Unsubscribe · View in browser`,
          source: 'newsletter',
        },
        at,
        n.lang,
      )
    } else if (roll < 73) push(forumDigest(rng), at)
    else if (roll < 79) push(rng.pick(CLUB), at)
    else push(listMail(rng), at)
  }
  if (withThread) {
    // Welcome mails of the newsletters, weeks apart.
    NEWSLETTERS.forEach((n, i) => {
      const [subject, body] = WELCOME[n.lang](n.name)
      push(
        { from: n.from, subject, body, source: 'newsletter welcome' },
        start + Math.floor((i * days * DAY) / NEWSLETTERS.length) + 9 * HOUR + i * 600_000,
        n.lang,
      )
    })
    // A ticket the person opened, answered over days.
    const t0 = start + Math.floor(days / 3) * DAY + 10 * HOUR
    const ref = ticketOf(rng, '#####')
    const desk = 'Ravensworth Hosting Support <support@ravensworthhosting.io>'
    const subj = 'Website down after DNS change'
    push(
      {
        from: `${person.name} <${person.address}>`,
        subject: subj,
        body: 'Hi, since changing the nameservers yesterday my site shows a 502. Can you help?',
        source: 'support thread',
        folder: 'sent',
        to: 'support@ravensworthhosting.io',
      },
      t0,
    )
    push(
      {
        from: desk,
        subject: `[#${ref}] ${subj}`,
        body: `Hi ${person.first},\n\nthanks for contacting Ravensworth Hosting. We've received your request #${ref} and will reply within 4 hours.`,
        source: 'support thread',
      },
      t0 + 2 * 60_000,
    )
    push(
      {
        from: 'Marta at Ravensworth <support@ravensworthhosting.io>',
        subject: `Re: [#${ref}] ${subj}`,
        body: `Hi ${person.first}, the A record still points to the old server. I've corrected it; please allow an hour for propagation.`,
        source: 'support thread',
      },
      t0 + 5 * HOUR,
    )
    push(
      {
        from: `${person.name} <${person.address}>`,
        subject: `Re: [#${ref}] ${subj}`,
        body: 'Works now, thank you!',
        source: 'support thread',
        folder: 'sent',
        to: 'support@ravensworthhosting.io',
      },
      t0 + DAY,
    )
    push(
      {
        from: desk,
        subject: `[#${ref}] ${subj} - solved`,
        body: `Your request #${ref} has been marked as solved. Reply to this email to reopen it.\n\nHow would you rate our support? Good / Bad`,
        source: 'support thread',
      },
      t0 + 3 * DAY,
    )
  }
  return { records, labels }
}
