// Mail with nothing but its sender's shape (an automated or support mailbox) to join a wave with:
// no confirmation wording the lexicon reads, no ticket id, no confirmation link. Whether it may
// join depends on what the lexicon can tell about it.
import { addressConfirmed } from '../lexicon/done-confirmation.ts'
import { carriesPayloadSigns, isTypedIn } from '../indicators/indicators.ts'
import { asLexiconText, conceptHits, foldForLexicon, type Concept } from '../lexicon/lexicon.ts'
import { footerReasonSpans } from '../boilerplate/footer-reason.ts'
import { invitationSpans } from './invitation.ts'
import { namesIssue } from './newsletter-issue.ts'
import { inLexiconLanguage } from '../lexicon/readable-language.ts'
import type { ReasonCode } from '../../types.ts'

/**
 * A mail that has nothing but its sender's shape to join a wave with. In a language the lexicon
 * reads, naming none of the things confirmations speak of (a request, an account, an address, a
 * subscription, a code…), it is everyday mail (an invitation, a notice, a storage warning) unless
 * it carries the wave's payload, in its subject (relay indicators) or its body. Its confirmation
 * may be worded as nobody taught the lexicon: one concept named is enough.
 */
export function joinsBySender(
  subject: string,
  opening: string,
  indicators: readonly ReasonCode[],
): boolean {
  if (indicators.some((code) => !DECORATION.has(code))) return true
  if (indicators.length > 0 && isTypedIn(subject)) return true
  const start = opening.slice(0, 400)
  if (carriesPayloadSigns(start)) return true
  const text = foldForLexicon(`${subject.slice(0, 200)}\n${start}`)
  return !readable(`${subject.slice(0, 200)}\n${start}`, text) || namesConfirmationConcept(text)
}

/**
 * Written in one of the lexicon's languages. A styled title typed into a form says nothing of the
 * language the company writes in ("Hej ｗｅ ｋｎｏｗ ｗｈｅｒｅ ｙｏｕ ｌｉｖｅ, tack för …"): the
 * text is read without its styled letters, unless too little is left to read, as when a
 * newsletter styles its own headline ("𝗬𝗼𝘂𝗿 𝗦𝗲𝗮𝘀𝗼𝗻 𝗣𝗮𝘀𝘀").
 */
function readable(written: string, folded: string): boolean {
  const plain = written.replace(STYLED, ' ')
  if (plain !== written && (plain.match(WORDS)?.length ?? 0) >= PLAIN_WORDS)
    return inLexiconLanguage(foldForLexicon(plain))
  return inLexiconLanguage(folded)
}

/** Words left once styled letters are taken out that suffice to tell the company's language. */
const PLAIN_WORDS = 8
const WORDS = /\p{L}{2,}/gu

/**
 * Letters drawn from the styled alphabets (fullwidth, mathematical with the letter-like symbols
 * that fill its holes, parenthesized, circled, squared): NFKD folds them to plain letters, which
 * then read as words of whatever language they spell.
 */
const STYLED = /[\uFF01-\uFF5E\u{1D400}-\u{1D7FF}\u2102-\u2134\u249C-\u24E9\u{1F130}-\u{1F189}]+/gu

/**
 * How a company dresses its own subject ("✨ 𝓝𝓮𝔀 ✨", "BLACK FRIDAY", "Last chance"): alone these
 * say the words were typed into a form only when they read as typed in (indicators.ts isTypedIn).
 */
const DECORATION: ReadonlySet<ReasonCode> = new Set(['styled-unicode', 'all-caps', 'urgency'])

/**
 * Concepts that say nothing of a confirmation: orders, security notices, and the account, address
 * and password every notice a service sends names ("new terms apply to your account").
 */
const NOT_CONFIRMING: ReadonlySet<Concept> = new Set([
  'transaction',
  'transactionDone',
  'securityNotice',
  'incoming',
  'account',
  'email',
  'password',
  // A newsletter's way out and a warning's "never" confirm nothing either.
  'unsubscribe',
  'never',
  // Thanks, details and a desk's name ("Support", "Kundenservice") stand in every notice, and in
  // the menu bar and footer a mailing tool puts above and below it.
  'thanks',
  'details',
  'requestModifier',
  // "Thanks for joining the webinar": a list joined says nothing without a yes asked for, and
  // "Melde dich an" nothing without a code or a link.
  'joinList',
  'signinVerb',
  // "10 % off your first order": a shop's offer, whose click confirms nothing by itself.
  'firstOrder',
])

/**
 * A concept named outside a call to act later (invitation.ts: "Register for the run") and outside
 * a footer saying why the reader gets the mail or offering to manage it (footer-reason.ts:
 * "because you subscribed", "Manage your subscription"); a newsletter named with its issue
 * (newsletter-issue.ts: "nieuwsbrief – week 45"), or beside a way to unsubscribe, names no
 * subscription made.
 */
function namesConfirmationConcept(folded: string): boolean {
  const all = conceptHits(folded)
  // "Your email address was confirmed": done by the click only the address's owner could make.
  if (addressConfirmed(all, folded)) return false
  // Spans on the text the hits point into (hyphens and runs of space as one space).
  const text = asLexiconText(folded)
  const footers = footerReasonSpans(text)
  // A list that offers its way out, or says why the reader gets it, is one the reader is on: its
  // name confirms no subscription.
  const leavable = footers.length > 0 || all.some((hit) => hit.concept === 'unsubscribe')
  const hits = all.filter(
    (hit) =>
      !NOT_CONFIRMING.has(hit.concept) &&
      !(hit.concept === 'subscription' && (leavable || namesIssue(text, hit.at))),
  )
  if (hits.length === 0) return false
  const invites = [...invitationSpans(text), ...footers]
  return hits.some((hit) => !invites.some(([start, end]) => hit.at >= start && hit.at < end))
}
