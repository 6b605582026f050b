// Everyday automated mail a person reads and expects, written for this set: code-hosting
// notifications, calendar invitations, shipping updates of their own orders, newsletters they
// subscribed to long ago, forum digests, and a support ticket they opened themselves (their sent
// mail, the acknowledgement and later updates). None of it may be marked.
import type { Random } from '../prng.ts'
import type { EvalRecord, Lang, MailLabel } from '../types.ts'
import { CALENDAR, FORUM, NEWSLETTERS, SHIPPING } from './everyday-texts.ts'
import type { Person } from './people.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export interface Built {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

interface Item {
  from: string
  subject: string
  body: string
  source: string
  lang: Lang
  folder?: 'sent'
  to?: string
}

function githubItems(rng: Random, person: Person): Item[] {
  const repos = [
    'tidewater/pgsync',
    'openfold-labs/cartographer',
    'ellis-dev/dotfiles',
    'mapleleaf/ledger-cli-import',
  ]
  const titles = [
    'Fix race in connection pool shutdown',
    'Add --dry-run flag to import',
    'Bump vite from 8.3.7 to 8.3.8',
    'Docs: clarify retry semantics',
    'Crash when config file is empty',
  ]
  return Array.from({ length: 8 }, (_, i) => {
    const repo = rng.pick(repos)
    const n = rng.int(100, 2400)
    const title = rng.pick(titles)
    const kind = i % 3
    return {
      from: `${rng.pick(['hannah-k', 'dependabot[bot]', 'mtorres', 'liwei-dev'])} <notifications@github.com>`,
      subject:
        kind === 0
          ? `[${repo}] ${title} (PR #${n})`
          : kind === 1
            ? `Re: [${repo}] ${title} (Issue #${n})`
            : `[${repo}] Run failed: CI - main (${rng.int(1000000, 9999999).toString(16)})`,
      body:
        kind === 2
          ? `Run failed for main. CI: All jobs have failed. View results: https://github.com/${repo}/actions/runs/${rng.int(1e9, 9e9)}\n\nYou are receiving this because you are subscribed to this thread.`
          : `@${person.first.toLowerCase()} I pushed a change that should address the review comments.\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.\nYou are receiving this because you were mentioned.`,
      source: 'everyday/github',
      lang: 'en',
    }
  })
}

function gitlabItems(rng: Random): Item[] {
  return Array.from({ length: 3 }, () => {
    const n = rng.int(10, 400)
    return {
      from: 'GitLab <gitlab@mg.gitlab.com>',
      subject: rng.chance(0.5)
        ? `Re: infra/terraform-modules | Pin provider versions (!${n})`
        : `infra/terraform-modules | Pipeline #${rng.int(100000, 999999)} has failed for main`,
      body: 'Pipeline #1204411 triggered by a scheduled run has failed. Job "plan" failed after 2 minutes.\n\nYou\'re receiving this email because of your account on gitlab.com.',
      source: 'everyday/gitlab',
      lang: 'en',
    }
  })
}

/** A ticket the person opened: their mail, the helpdesk's acknowledgement and two updates. */
function ticketThread(rng: Random, person: Person, start: number): (Item & { at: number })[] {
  const n = rng.int(40000, 90000)
  const subject = 'Router keeps dropping the connection every evening'
  return [
    {
      at: start,
      from: `${person.name} <${person.address}>`,
      to: 'support@lumenfibre.net',
      folder: 'sent',
      subject,
      body: 'Hello, since last week my router loses the connection every evening around 8pm. I already restarted it. Customer number 5520913.',
      source: 'everyday/ticket-thread',
      lang: 'en',
    },
    {
      at: start + 4 * 60_000,
      from: 'Lumenfibre Support <support@lumenfibre.net>',
      subject: `[#${n}] ${subject}`,
      body: `Hi ${person.first},\n\nThanks for getting in touch. We've logged your request as ticket #${n} and an engineer will look at the line diagnostics.\n\nLumenfibre Support`,
      source: 'everyday/ticket-thread',
      lang: 'en',
    },
    {
      at: start + 1 * DAY + 3 * HOUR,
      from: 'Priya at Lumenfibre <support@lumenfibre.net>',
      subject: `Re: [#${n}] ${subject}`,
      body: `Hi ${person.first},\n\nI can see line errors on your connection between 19:50 and 21:10 for the past six days. I've booked a technician for Thursday morning. Could you confirm someone will be home?\n\nPriya`,
      source: 'everyday/ticket-thread',
      lang: 'en',
    },
    {
      at: start + 4 * DAY + 6 * HOUR,
      from: 'Lumenfibre Support <support@lumenfibre.net>',
      subject: `[#${n}] ${subject} - solved`,
      body: `Hi ${person.first},\n\nThe technician replaced the faulty splitter and we've marked ticket #${n} as solved. If the problem comes back, just reply to this email and the ticket will reopen.\n\nLumenfibre Support`,
      source: 'everyday/ticket-thread',
      lang: 'en',
    },
  ]
}

/**
 * Everyday mail of `person` spread over [start, start + days), in `langs` (the first one gets
 * the code-hosting mail and the ticket thread). Ids are prefixed with `prefix`.
 */
export function everyday(
  rng: Random,
  person: Person,
  langs: readonly Lang[],
  start: number,
  days: number,
  prefix: string,
): Built {
  const at = () => start + rng.int(0, days * 24 - 1) * HOUR + rng.int(0, 3_599_999)
  const items: (Item & { at: number })[] = []
  for (const item of [...githubItems(rng, person), ...gitlabItems(rng)])
    items.push({ ...item, at: at() })
  for (const lang of langs) {
    const [cal, calBody] = CALENDAR[lang]
    items.push({
      at: at(),
      from: `${rng.pick(['Martina Keller', 'Tom Havers', 'Aline Petit'])} <calendar-notification@google.com>`,
      subject: cal,
      body: calBody.replace('{address}', person.address),
      source: 'everyday/calendar',
      lang,
    })
    for (const [from, subject] of NEWSLETTERS[lang])
      for (let week = 0; week < Math.max(1, Math.floor(days / 7)); week++)
        items.push({
          at: start + week * 7 * DAY + rng.int(6, 9) * HOUR + rng.int(0, 3_599_999),
          from,
          subject,
          body: `${subject}\n\nRead online. You are receiving this because you subscribed with ${person.address}. Unsubscribe or manage your preferences.`,
          source: 'everyday/newsletter',
          lang,
        })
    const [shipFrom, shipSubject] = SHIPPING[lang]
    const shipAt = at()
    items.push({
      at: shipAt,
      from: shipFrom,
      subject: shipSubject,
      body: `${shipSubject}. Tracking: ${rng.int(1e9, 9e9)}. Expected delivery: tomorrow.`,
      source: 'everyday/shipping',
      lang,
    })
    const [forumFrom, forumSubject] = FORUM[lang]
    items.push({
      at: at(),
      from: forumFrom,
      subject: forumSubject,
      body: `${forumSubject}\n\nYou are receiving this because you are watching this topic.`,
      source: 'everyday/forum',
      lang,
    })
  }
  items.push(
    ...ticketThread(rng, person, start + rng.int(1, Math.max(1, days - 5)) * DAY + 10 * HOUR),
  )
  items.sort((a, b) => a.at - b.at)
  const records: EvalRecord[] = []
  const labels = new Map<string, MailLabel>()
  items.forEach((item, i) => {
    const id = `${prefix}-everyday-${i}`
    const body = item.body
    records.push({
      id,
      date: new Date(item.at).toISOString(),
      from: item.from,
      subject: item.subject,
      snippet: body.replace(/\s+/gu, ' ').slice(0, 160),
      body,
      folder: item.folder ?? 'inbox',
      to: item.to ?? person.address,
    })
    labels.set(id, { label: 'ham', lang: item.lang, source: item.source })
  })
  return { records, labels }
}
