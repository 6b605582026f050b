// Which mail already read is the one a page shows without naming it. Outlook's reading pane carries
// no conversation id: a pop-out window, the reading pane turned off, or several ticked rows leave
// no single selected row to take it from (docs/webmail-pages.md 4.3). What the pane does show is
// the subject, the sender and the date, and those are matched against the rows read before.
import { DAY_MS } from '../time.ts'
import { addressHost } from '../sender/address-host.ts'

/** What an opened message shows of itself. */
export interface ShownMail {
  subject: string
  senderName: string
  /** Empty when the page shows only a name (same-organisation senders). */
  senderAddress: string
  /** The mail's own date (ms), or null when the page showed none that could be read. */
  date: number | null
}

/** A mail read earlier: from a list row in this page, or as stored (subject start, domain only). */
export interface KnownMail {
  id: string
  subject: string
  /** The full address when known, else only its domain. */
  senderAddress?: string
  senderDomain?: string
  senderName?: string
  date: number | null
}

/** As many subject characters as the background keeps of each mail (its stored payload). */
export const COMPARED_SUBJECT_CHARS = 160
/** A list shows minutes: the same mail's two dates differ by less than this. */
const SAME_MINUTE_MS = 90_000

/** The id of the one known mail the shown one is, or null when none or several fit equally. */
export function findSameMail(shown: ShownMail, known: Iterable<KnownMail>): string | null {
  const subject = subjectKey(shown.subject)
  if (!subject) return null
  const domain = shown.senderAddress ? addressHost(shown.senderAddress) : ''
  let best: { id: string; distance: number } | null = null
  let tied = false
  for (const mail of known) {
    if (subjectKey(mail.subject) !== subject) continue
    if (!sameSender(shown, domain, mail)) continue
    const distance = dateDistance(shown.date, mail.date)
    if (distance === null) continue
    if (best && distance === best.distance && best.id !== mail.id) tied = true
    if (!best || distance < best.distance) {
      best = { id: mail.id, distance }
      tied = false
    }
  }
  return best && !tied ? best.id : null
}

/** The subject as compared: spacing folded, case ignored, as long as the stored start of it. */
export function subjectKey(subject: string): string {
  return subject.replace(/\s+/gu, ' ').trim().toLowerCase().slice(0, COMPARED_SUBJECT_CHARS)
}

function sameSender(shown: ShownMail, domain: string, mail: KnownMail): boolean {
  if (shown.senderAddress && mail.senderAddress)
    return shown.senderAddress.toLowerCase() === mail.senderAddress.toLowerCase()
  if (domain && mail.senderDomain) return domain === mail.senderDomain
  // Only a name on one side: the names must agree where both are known.
  const name = shown.senderName.trim().toLowerCase()
  const other = mail.senderName?.trim().toLowerCase()
  return !name || !other || name === other
}

/**
 * How far apart the two dates are, or null when they cannot be the same mail's. A list row shows
 * a time for today's mail and only a day for older mail (read as that day's midnight), so a row at
 * a day's start fits any time of that day.
 */
function dateDistance(shown: number | null, known: number | null): number | null {
  if (shown === null || known === null) return DAY_MS
  const distance = Math.abs(shown - known)
  if (distance < SAME_MINUTE_MS) return distance
  const midnight = new Date(shown)
  midnight.setHours(0, 0, 0, 0)
  return known === midnight.getTime() ? SAME_MINUTE_MS : null
}
