// One mail the user sent to many people (a club's newsletter, an invitation, season's greetings)
// comes back as a storm of automatic answers from as many domains: out-of-office replies, company
// auto-responders, a member's helpdesk opening a ticket, bounces, challenge-response checks. Each
// carries the subject the user wrote, whole, in its own wrapper ("Automatic reply: …", "Abwesend:
// …", "[Ticket #530381] …", "RE : …"). Every mail that carries such a subject whole within the
// outgoing window is an answer to the user's mail, however many come.
//
// Only mail to many (MANY_RECIPIENTS, To, Cc and Bcc counted) and only a subject the user wrote:
// at least two words and twelve characters, naming none of the lexicon's concepts (not "Support
// request"), not a reply or a forward (the user answering a wave's mail repeats its title), and not
// carried by incoming mail in the month before the sending (the user copied it). A subject sent to
// one or two people ("Happy New Year") may be what a wave's title says by chance: it explains a
// few acknowledgements only (outgoing.ts).
import { stripWrapper } from '../mail/templates/fingerprint.ts'
import { conceptHits, foldForLexicon } from '../mail/lexicon/lexicon.ts'
import { isReplySubject } from '../mail/shape.ts'
import { normalisePayload } from '../mail/text.ts'
import { DAY_MS } from '../time.ts'

/** A mail to at least this many recipients is one mail to many. */
export const MANY_RECIPIENTS = 5
/** At least this many words, and this many characters, make a subject the user's own phrase. */
const PHRASE_WORDS = 2
const PHRASE_CHARS = 12
/**
 * The phrase is the subject's start up to this many characters: a payload is cut at 80
 * (text.ts normalisePayload), and an answer's wrapper the wrapper list does not know stays in it.
 */
const PHRASE_MAX_CHARS = 40
/** How long before the sending incoming mail that carried the subject makes it a copy. */
const COPIED_WITHIN_MS = 30 * DAY_MS

interface Phrase {
  date: number
  phrase: string
  /** Incoming mail carried it before the sending. */
  copied: boolean
}

export class SentPhrases {
  /** Few: only mail sent to many holds a phrase. */
  private readonly phrases: Phrase[] = []

  /** One sent mail, recorded once per recipient: its phrase is kept once. */
  record(date: number, subject: string, recipients: number): void {
    if (recipients < MANY_RECIPIENTS) return
    const phrase = distinctivePhrase(subject)
    if (!phrase || this.phrases.some((p) => p.date === date && p.phrase === phrase)) return
    this.phrases.push({ date, phrase, copied: false })
  }

  /** Incoming mail, in date order: a phrase it carries before the sending is the user's copy. */
  notice(payload: string, date: number): void {
    if (!payload) return
    for (const p of this.phrases)
      if (!p.copied && p.date > date && p.date - date <= COPIED_WITHIN_MS)
        p.copied ||= carriesPhrase(payload, p.phrase)
  }

  /** The payload answers a mail the user sent to many within `windowMs` before `date`. */
  explains(payload: string, date: number, windowMs: number): boolean {
    return this.phrases.some(
      (p) =>
        !p.copied &&
        p.date <= date &&
        date - p.date <= windowMs &&
        carriesPhrase(payload, p.phrase),
    )
  }
}

/** The sent subject as payloads are written (features.ts), when it is distinctive; else null. */
export function distinctivePhrase(subject: string): string | null {
  if (isReplySubject(subject)) return null
  const subjectWords = normalisePayload(stripWrapper(subject.slice(0, 300))).split(' ')
  const words: string[] = []
  for (const word of subjectWords) {
    if (words.length > 0 && [...words, word].join(' ').length > PHRASE_MAX_CHARS) break
    words.push(word)
  }
  const phrase = words.join(' ')
  if (phrase.length < PHRASE_CHARS || words.length < PHRASE_WORDS) return null
  // Read whole: a concept named after the phrase's cut is still the subject's.
  return conceptHits(foldForLexicon(subjectWords.join(' '))).length === 0 ? phrase : null
}

/** The payload holds the phrase whole, as a run of its words. */
export function carriesPhrase(payload: string, phrase: string): boolean {
  return ` ${payload} `.includes(` ${phrase} `)
}
