// The user's own mail (Sent folder) explains the acknowledgements it causes. An acknowledgement is
// the user's when its company is one the user wrote to (company.com, company.zendesk.com and the
// display name "Company" are one company), or when it echoes a subject the user sent, whatever
// domain answers: a request sent to privacy@company.com is often acknowledged by a helpdesk tenant
// of another name. Each sent mail explains a few acknowledgements, not a flood.
import { stripWrapper } from '../mail/templates/fingerprint.ts'
import { brandIdentity } from '../sender/sender.ts'
import { normalisePayload } from '../mail/text.ts'
import { DAY_MS } from '../time.ts'

interface Sent {
  identity: string
  date: number
  /** Acknowledgements this mail may still explain. */
  left: number
  /** Words of the subject the user wrote, without reply prefixes and ticket ids. */
  words: readonly string[]
}

/** Share of the sent subject's words an acknowledgement must repeat to echo it. */
export const ECHO_SHARE = 0.7
/** How long after the user wrote a reply on their subject is still their conversation. */
export const ANSWER_WINDOW_MS = 30 * DAY_MS
/** Words a reply's subject may add to the subject sent (a ticket tag, a company's name). */
const ANSWER_EXTRA_WORDS = 4

export class OutgoingMail {
  /** Sorted by date once the first acknowledgement is judged (mail is observed in date order). */
  private sent: Sent[] = []
  private sorted = true

  constructor(
    private readonly windowMs: number,
    private readonly acksPerMail: number,
  ) {}

  record(brand: string, date: number, subject = ''): void {
    this.sent.push({
      identity: brandIdentity(brand),
      date,
      left: this.acksPerMail,
      words: wordsOf(subject),
    })
    this.sorted = false
  }

  /**
   * Takes one acknowledgement of a sent mail that explains this one, if any. `identities`: the
   * company of the sender's address, then the one its display name names. Within the window, the
   * company written to or an echo of the subject sent explains. `ticket`: the mail is no
   * verification, code or opt-in (it may carry a ticket on); from the company written to, such mail
   * ("Dossier 58386 : point d'étape" four days later, naming no subject) is explained for as long
   * as a reply on the person's thread is (`ANSWER_WINDOW_MS`).
   */
  explain(identities: readonly string[], date: number, payload: string, ticket = false): boolean {
    if (this.sent.length === 0) return false
    this.sortOnce()
    const window = ticket ? Math.max(this.windowMs, ANSWER_WINDOW_MS) : this.windowMs
    const recent = date - this.windowMs
    let echo: Sent | null = null
    for (let i = this.firstAtOrAfter(date - window); i < this.sent.length; i++) {
      const sent = this.sent[i]!
      if (sent.date > date) break
      if (sent.left <= 0) continue
      const written = identities.some((identity) => sameCompany(sent.identity, identity))
      if (written && (ticket || sent.date >= recent)) return this.take(sent)
      if (sent.date >= recent) echo ??= echoes(sent.words, payload) ? sent : null
    }
    return echo ? this.take(echo) : false
  }

  /**
   * True when mail dated `date` from the company of `identities` answers a subject the user sent
   * that company within `ANSWER_WINDOW_MS`: "AW: Rechnung Oktober [#44404039]" a week after the
   * user wrote "Rechnung Oktober". A reply on the user's own thread is their conversation at any
   * pace, and takes nothing from the sent mail's acknowledgements. Only the company written to
   * answers: a wave's typed-in title may be as plain as a subject once sent elsewhere.
   */
  answers(identities: readonly string[], payload: string, date: number): boolean {
    if (this.sent.length === 0) return false
    this.sortOnce()
    const words = payload.split(' ')
    const from = this.firstAtOrAfter(date - ANSWER_WINDOW_MS)
    for (let i = from; i < this.sent.length && this.sent[i]!.date <= date; i++) {
      const sent = this.sent[i]!
      if (words.length > sent.words.length + ANSWER_EXTRA_WORDS) continue
      if (!identities.some((identity) => sameCompany(sent.identity, identity))) continue
      if (echoes(sent.words, payload)) return true
    }
    return false
  }

  /**
   * True when the user wrote to the company of `identities` within `ANSWER_WINDOW_MS` before
   * `date`, however many of its mails that one explained already: its later mail is no wave's trail.
   */
  wroteTo(identities: readonly string[], date: number): boolean {
    if (this.sent.length === 0) return false
    this.sortOnce()
    const from = this.firstAtOrAfter(date - ANSWER_WINDOW_MS)
    for (let i = from; i < this.sent.length && this.sent[i]!.date <= date; i++) {
      const written = this.sent[i]!.identity
      if (identities.some((identity) => sameCompany(written, identity))) return true
    }
    return false
  }

  private take(sent: Sent): true {
    sent.left--
    return true
  }

  private sortOnce(): void {
    if (this.sorted) return
    this.sent.sort((a, b) => a.date - b.date)
    this.sorted = true
  }

  private firstAtOrAfter(date: number): number {
    let low = 0
    let high = this.sent.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.sent[mid]!.date < date) low = mid + 1
      else high = mid
    }
    return low
  }
}

/** Words that name a group of companies: "Acme Group" answers for acme-insurance.com. */
const GROUP = /(?:groep|gruppe|group|groupe|grupo|gruppo|holding)$/u
const GROUP_STEM_MIN = 5

/**
 * The company written to and the one answering are the same, or the answer comes from their
 * group: "Kwikstaart Groep" (kwikstaartgroep.topdesk.net) for kwikstaartapotheek.nl.
 */
function sameCompany(written: string, answering: string): boolean {
  if (written === answering) return true
  const group = GROUP.exec(answering)
  if (!group) return false
  const stem = answering.slice(0, group.index)
  return stem.length >= GROUP_STEM_MIN && written.startsWith(stem)
}

function wordsOf(subject: string): string[] {
  return normalisePayload(stripWrapper(subject.slice(0, 300)))
    .split(' ')
    .filter((word) => word.length >= 2)
}

/** The acknowledgement's payload repeats most words of what the user sent. */
export function echoes(sentWords: readonly string[], payload: string): boolean {
  if (sentWords.length === 0) return false
  const words = new Set(payload.split(' '))
  if (sentWords.length === 1) return sentWords[0]!.length >= 6 && words.has(sentWords[0]!)
  const repeated = sentWords.filter((word) => words.has(word)).length
  return repeated / sentWords.length >= ECHO_SHARE
}
