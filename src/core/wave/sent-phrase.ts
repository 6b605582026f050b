// One mail the user sent to many people (a club's newsletter, an invitation, season's greetings)
// comes back as a storm of automatic answers from as many domains: out-of-office replies, company
// auto-responders, a member's helpdesk opening a ticket, bounces, challenge-response checks. Each
// carries the subject the user wrote, whole, in its own wrapper ("Automatic reply: …", "Abwesend:
// …", "[Ticket #530381] …", "RE : …"). A subject the user wrote that names none of the lexicon's
// concepts is no company's wording, and a wave's typed-in title cannot guess it: every mail that
// carries it whole is the user's, however many there are. A subject of one word, or one that names
// a request or a confirmation ("Support request", "Data deletion request"), is too plain to tell
// apart from what companies write: it explains a few acknowledgements only (outgoing.ts). So does
// a reply or a forward, and a subject that incoming mail carried before it was sent: the user
// answering a wave's mail must not explain the wave.
import { stripWrapper } from '../mail/fingerprint.ts'
import { conceptHits, foldForLexicon } from '../mail/lexicon.ts'
import { isReplySubject } from '../mail/shape.ts'
import { normalisePayload } from '../mail/text.ts'

/** At least this many words, and this many characters, make a subject the user's own phrase. */
const PHRASE_WORDS = 2
const PHRASE_CHARS = 12
/**
 * The phrase is the subject's start up to this many characters: a payload is cut at 80
 * (text.ts normalisePayload), and an answer's wrapper the wrapper list does not know stays in it.
 */
const PHRASE_MAX_CHARS = 40

/** The sent subject as payloads are written (features.ts), when it is distinctive; else null. */
export function distinctivePhrase(subject: string): string | null {
  // A reply or a forward repeats someone else's subject: a wave's title, when the user answers one
  // of its mails. Mail sent to many is new mail.
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
