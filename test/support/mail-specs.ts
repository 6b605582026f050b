// Synthetic mails for replica pages: a relay wave rendered with real helpdesk subject forms
// (docs/signals.md 1.2, 3) and reported wave payloads (test/corpus/real/reported), plus
// ordinary mail. Every value is made up; domains are the abused brands' shapes.
import type { MailRow } from '../../src/core/types.ts'

export interface MailSpec {
  /** Decimal Gmail thread id (thread-f:<id>); its hex form is the legacy id. */
  threadId: bigint
  senderName: string
  email: string
  subject: string
  snippet: string
  date: Date
  unread: boolean
  /** The inbox tab Gmail puts it in (consumer accounts); Primary when absent. */
  category?: 'primary' | 'promotions' | 'social' | 'updates'
}

const WAVE_BRANDS: readonly [string, string][] = [
  ['Discord', 'support@discord.zendesk.com'],
  ['Dropbox', 'support@dropbox.zendesk.com'],
  ['Tinder', 'help@tinder.zendesk.com'],
  ['NordVPN', 'support@nordvpn.zendesk.com'],
  ['2K Support', 'support@2k.zendesk.com'],
  ['Riot Games', 'support@riotgames.zendesk.com'],
  ['Kahoot', 'support@kahoot.freshdesk.com'],
  ['Headspace', 'help@headspace.zendesk.com'],
  ['Lime', 'support@li.me'],
  ['CompTIA', 'support@comptia.zendesk.com'],
  ['Bugcrowd', 'support@bugcrowd.zendesk.com'],
  ['GMAC', 'support@gmac.zendesk.com'],
]

const PAYLOADS: readonly string[] = [
  'TAKE DOWN ORDERS',
  'FREE DISCORD NITRO',
  '𝐅𝐑𝐄𝐄 𝐃𝐈𝐒𝐂𝐎𝐑𝐃 𝐍𝐈𝐓𝐑𝐎',
  'LAW ENFORCEMENT NOTICE: ACCOUNT SUSPENDED',
  'Activate your account',
]

const SUBJECT_FORMS: readonly ((payload: string, ticket: number) => string)[] = [
  (payload) => `[Request received] ${payload}`,
  (payload) => `Request received: ${payload}`,
  (payload) => `Ticket Received - ${payload}`,
]

/** `count` relay acknowledgements from rotating brands, one every `gapMs`, starting at `start`. */
export function waveMails(
  count: number,
  start: Date,
  gapMs = 20_000,
  firstId = 1_900_000_000_000_000_000n,
): MailSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const [senderName, email] = WAVE_BRANDS[i % WAVE_BRANDS.length]!
    const ticket = 40_000 + i * 7
    const form = SUBJECT_FORMS[i % SUBJECT_FORMS.length]!
    return {
      threadId: firstId + BigInt(i) * 1_048_576n,
      senderName,
      email,
      subject: form(PAYLOADS[i % PAYLOADS.length]!, ticket),
      snippet: `##- Please type your reply above this line -## Your request (${ticket}) has been received and is being reviewed by our support staff.`,
      date: new Date(start.getTime() + i * gapMs),
      unread: true,
    }
  })
}

/** Ordinary mail: colleagues and a newsletter, no helpdesk wording. */
export function ordinaryMails(
  count: number,
  start: Date,
  firstId = 1_800_000_000_000_000_000n,
): MailSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    threadId: firstId + BigInt(i) * 1_048_576n,
    senderName: `Colleague ${i + 1}`,
    email: `colleague${i + 1}@example.org`,
    subject: `Project notes, part ${i + 1}`,
    snippet: `Here are the notes from our meeting number ${i + 1}; see you next week.`,
    date: new Date(start.getTime() + i * 3_600_000),
    unread: i % 3 === 0,
  }))
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Gmail's en-US full date, as in the fixtures' date titles: "Tue, Apr 8, 2025, 11:26 AM". */
export function gmailTitleDate(date: Date): string {
  const hour = date.getHours() % 12 || 12
  const minute = String(date.getMinutes()).padStart(2, '0')
  const meridiem = date.getHours() < 12 ? 'AM' : 'PM'
  return `${WEEKDAYS[date.getDay()]}, ${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}, ${hour}:${minute} ${meridiem}`
}

export function shortTime(date: Date): string {
  return gmailTitleDate(date).split(', ').pop()!
}

/** A synthetic mail as the row a content script would send for it. */
export function toMailRow(spec: MailSpec, account: string, id: string): MailRow {
  return {
    account,
    id,
    senderName: spec.senderName,
    senderAddress: spec.email,
    subject: spec.subject,
    snippet: spec.snippet,
    date: spec.date.getTime(),
    unread: spec.unread,
  }
}
