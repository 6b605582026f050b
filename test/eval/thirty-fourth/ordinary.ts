// About 60 ordinary mails of the quiet inbox, written for this set: code-hosting notifications,
// calendar invitations, forum digests and mailing-list replies.
import type { Random } from '../prng.ts'
import { emptyPart, numeric, put, type Part } from '../nineteenth/records.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { SERVICES } from './companies.ts'
import type { Person } from './people.ts'

const REPOS = ['lindqvist/portfolio', 'lindqvist/invoice-tool', 'studio/site']
const TOPICS = [
  'Build fails on Node 22',
  'Dark mode for the gallery',
  'Typo in README',
  'Bump esbuild',
]
const LISTS = ['typo-nerds', 'darkroom', 'cycling-stockholm']

export function ordinaryPart(
  rng: Random,
  person: Person,
  start: number,
  days: number,
  count = 60,
): Part {
  const part = emptyPart()
  const code = SERVICES.code
  for (let i = 0; i < count; i++) {
    const at = start + rng.int(0, days - 1) * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
    const kind = i % 4
    const repo = rng.pick(REPOS)
    const topic = rng.pick(TOPICS)
    const n = rng.int(10, 240)
    const mail =
      kind === 0
        ? {
            from: `${rng.pick(['eriksson', 'noor-k', 'pbaker'])} <notifications@${code.toLowerCase()}.com>`,
            subject: `Re: [${repo}] ${topic} (#${n})`,
            body: `@${person.first.toLowerCase()} I pushed a fix, can you take another look? Reply to this email directly or view it on ${code}.`,
          }
        : kind === 1
          ? {
              from: `Anna Berg <anna.berg@${SERVICES.calendar.toLowerCase()}.com>`,
              subject: `Invitation: Design review @ ${rng.pick(['Tue', 'Wed', 'Thu'])} ${rng.int(9, 16)}:00 (${person.address})`,
              body: `Anna Berg has invited you to Design review. Join with ${SERVICES.calendar}: meet.${SERVICES.calendar.toLowerCase()}.com/${numeric(rng, 9)}. Going? Yes - Maybe - No`,
            }
          : kind === 2
            ? {
                from: `${SERVICES.forum} <digest@${SERVICES.forum.toLowerCase()}.org>`,
                subject: `${SERVICES.forum} weekly digest: ${n} new posts`,
                body: `Popular this week: "Film scanners in 2026", "Best matte paper?". Unsubscribe from digests in your preferences.`,
              }
            : {
                from: `${rng.pick(['Ola Nilsson', 'Priya Raman', 'Tomasz Wilk'])} <${rng.pick(['ola', 'priya', 'tw'])}@${rng.pick(['posteo.de', 'fastmail.com', 'kth.se'])}>`,
                subject: `[${rng.pick(LISTS)}] Re: ${rng.pick(['meetup in January?', 'scanner settings', 'route for Sunday'])}`,
                body: `> Anyone up for it?\nCount me in, I can bring coffee.`,
              }
    put(
      part,
      { id: `q34-ord-${i}`, at, ...mail, to: person.address },
      {
        label: 'ham',
        lang: 'en',
        source: ['ordinary:code', 'ordinary:calendar', 'ordinary:forum', 'ordinary:list'][kind]!,
      },
    )
  }
  return part
}
