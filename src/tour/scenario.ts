// The wave the "how it works" page plays: made-up companies on helpdesk platforms acknowledging
// "requests" an attacker filed with the reader's address, a password-change mail buried in the
// middle, and some ordinary mail before it. Every name and domain is invented. Times are offsets
// from the start of the play, in simulated minutes.
import type { MailRow } from '../core/types.ts'
import { MINUTE_MS } from '../core/time.ts'

export const TOUR_ACCOUNT = 'tour:you@example.com'

const COMPANIES: readonly [string, string][] = [
  ['Northwind Outfitters', 'support@northwind.zendesk.com'],
  ['Bluefin Games', 'help@bluefin.zendesk.com'],
  ['Pebble Bank', 'care@pebblebank.freshdesk.com'],
  ['Lumen VPN', 'support@lumenvpn.zendesk.com'],
  ['Kettle & Co', 'hello@kettleco.zendesk.com'],
  ['Orbit Scooters', 'support@orbitscooters.freshdesk.com'],
  ['Quill Academy', 'support@quillacademy.zendesk.com'],
  ['Harbor Insurance', 'service@harbor.zendesk.com'],
  ['Atlas Fitness', 'members@atlasfit.freshdesk.com'],
  ['Maple Telecom', 'support@mapletel.zendesk.com'],
  ['Cinder Studios', 'help@cinder.zendesk.com'],
  ['Fjord Travel', 'support@fjordtravel.freshdesk.com'],
  ['Willow Health', 'support@willowhealth.zendesk.com'],
  ['Granite Tools', 'support@granitetools.zendesk.com'],
  ['Saffron Foods', 'help@saffron.freshdesk.com'],
  ['Echo Music', 'support@echomusic.zendesk.com'],
]

const PAYLOADS = ['FREE NITRO CLAIM NOW', 'TAKE DOWN ORDERS', 'ACCOUNT SUSPENDED: VERIFY NOW']

const SUBJECTS: readonly ((payload: string) => string)[] = [
  (payload) => `[Request received] ${payload}`,
  (payload) => `Request received: ${payload}`,
  (payload) => `Ticket Received - ${payload}`,
]

export interface TourMail {
  /** Simulated minutes after the play starts. */
  minute: number
  senderName: string
  senderAddress: string
  subject: string
  snippet: string
}

const ordinary: TourMail[] = [
  {
    minute: 0,
    senderName: 'Sam from the office',
    senderAddress: 'sam@example.org',
    subject: 'Lunch on Friday?',
    snippet: 'The new place across the street, 12:30?',
  },
  {
    minute: 1,
    senderName: 'Gardening Weekly',
    senderAddress: 'news@gardening.example',
    subject: 'Your weekly tips: autumn bulbs',
    snippet: 'Plant tulips now for spring colour.',
  },
]

const wave: TourMail[] = Array.from({ length: 32 }, (_, i) => {
  const [senderName, senderAddress] = COMPANIES[i % COMPANIES.length]!
  const ticket = 48_210 + i * 13
  return {
    minute: 3 + i * 0.35,
    senderName,
    senderAddress,
    subject: SUBJECTS[i % SUBJECTS.length]!(PAYLOADS[i % PAYLOADS.length]!),
    snippet: `##- Please type your reply above this line -## Your request (${ticket}) has been received and is being reviewed by our support staff.`,
  }
})

/** The mail that matters, arriving in the middle of the flood. */
export const IMPORTANT_MAIL: TourMail = {
  minute: 8.1,
  senderName: 'Pebble Bank Security',
  senderAddress: 'no-reply@security.pebble-bank.example',
  subject: 'Your password was changed',
  snippet: 'If this was not you, secure your account now.',
}

/** Every mail of the play in arrival order. */
export const TOUR_MAILS: readonly TourMail[] = [...ordinary, ...wave, IMPORTANT_MAIL].sort(
  (a, b) => a.minute - b.minute,
)

/** The mails as the rows a content script would send, dated from `start`. */
export function tourRows(start: number): MailRow[] {
  return TOUR_MAILS.map((mail, i) => ({
    account: TOUR_ACCOUNT,
    id: `tour-${i}`,
    senderName: mail.senderName,
    senderAddress: mail.senderAddress,
    subject: mail.subject,
    snippet: mail.snippet,
    date: start + Math.round(mail.minute * MINUTE_MS),
    unread: true,
  }))
}
