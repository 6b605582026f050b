// The confirmation lexicon: what "automated confirmation mail" says, as concepts rather than
// sentences. Each concept is a set of word stems in en, de, fr, es, pt, it and nl, matched at a
// word start on text folded to lower case without diacritics. Wording is recognised when two
// concepts that make a confirmation meet within a short span, in either order ("your request has
// been received", "we received your request", "Ihre Anfrage ist bei uns eingegangen"), so product
// templates nobody has seen are still recognised. Sources of the wave wordings: Zendesk's
// anonymous-request verification mail (Zendesk article 10360295453082), Sublime's multilingual
// email-bomb phrases (sublime-security/sublime-rules, remediate_unwanted_email_bomb.yml), reported
// "Activate your account" waves (radarbytes.com, devs.com.pt). Every pattern is linear.

import { pairBlocked } from './lexicon-guards.ts'
import { namesThisMail } from '../boilerplate/this-mail.ts'
import { inMenuItem } from '../boilerplate/menu-item.ts'
import { STEMS, type Concept } from './lexicon-stems.ts'

export type { Concept }

/** Compound words first: at one position the alternation takes the first concept that fits. */
const COMPOUNDS: readonly Concept[] = [
  'receipt',
  'otp',
  'finish',
  'webform',
  'resetCompound',
  'verifyCompound',
  'transactionDone',
  'incoming',
  'securityNotice',
  // "Respuesta automática", "Réponse automatique": before the answer a form was given.
  'autoReply',
]
const CONCEPTS: readonly Concept[] = [
  ...COMPOUNDS,
  ...(Object.keys(STEMS) as Concept[]).filter((c) => !COMPOUNDS.includes(c)),
]

export interface Entry {
  stem: string
  concept: Concept
  /** The stem must end the word ("case", not "cases" or "casement"). */
  whole: boolean
}

/** Text the stems are compared with joins words by single spaces: "e-mail" reads "e mail". */
const SEPARATORS = /[-\s]+/gu

/**
 * Stems by their first three letters, in concept order (compounds first), so a word start costs
 * one map lookup and a few prefix comparisons. A stem with a space or hyphen also stands joined:
 * "sign up" fits "sign up", "sign-up" and "signup".
 */
const INDEX: ReadonlyMap<string, readonly Entry[]> = (() => {
  const index = new Map<string, Entry[]>()
  for (const concept of CONCEPTS) {
    for (const raw of STEMS[concept]) {
      const whole = raw.endsWith('$')
      const spaced = (whole ? raw.slice(0, -1) : raw).replace(SEPARATORS, ' ')
      for (const stem of new Set([spaced, spaced.replaceAll(' ', '')])) {
        const key = stem.slice(0, 3)
        index.set(key, [...(index.get(key) ?? []), { stem, concept, whole }])
      }
    }
  }
  return index
})()

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

export interface ConceptHit {
  concept: Concept
  at: number
}

/** Folded text as the lexicon reads it, hyphens and runs of space as one space: hits point into it. */
export function asLexiconText(folded: string): string {
  return folded.replace(SEPARATORS, ' ')
}

const NON_ASCII = /[^\p{ASCII}]/u
const MARKS = /\p{M}+/gu

/** Lower case without diacritics, styled letters folded (NFKD), so one stem fits every spelling. */
export function foldForLexicon(text: string): string {
  const lower = text.toLowerCase()
  // A typographic apostrophe reads as a plain one: "Conferma d’ordine" is "conferma d'ordine".
  // Styled capitals ("𝗬𝗼𝘂𝗿", "Ⓗⓐⓡⓡⓘⓔⓣ") have no lower case of their own: they are lowered once folded.
  return NON_ASCII.test(lower)
    ? lower.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'")
    : lower
}

const APOSTROPHES = /[\u2018\u2019]/gu

/** At most this many hits are kept: the start of a mail carries its purpose. */
const MAX_HITS = 24

/** The concepts named in folded text, in order, each with its position. Linear in the text. */
export function conceptHits(folded: string): ConceptHit[] {
  const text = asLexiconText(folded)
  const hits: ConceptHit[] = []
  let after = 0
  // Word starts found by hand: a pattern's match object for every word cost more than the lookup.
  for (let at = 0; at < text.length; at = wordEnd(text, at)) {
    if (!isWordChar(text.charCodeAt(at))) {
      at++
      while (at < text.length && !isWordChar(text.charCodeAt(at))) at++
      if (at >= text.length) break
    }
    if (at < after) continue
    const entry = entryAt(text, at)
    if (!entry) continue
    if (inMenuItem(text, at, entry.stem.length)) continue
    const { concept, stem } = entry
    const mayNameThisMail = concept === 'request' || concept === 'received'
    if (mayNameThisMail && namesThisMail(text, at, stem, concept === 'received')) continue
    hits.push({ concept, at })
    after = at + entry.stem.length
    const joined = entry.whole || hits.length >= MAX_HITS ? null : compoundPart(text, after)
    if (joined) {
      hits.push({ concept: joined.entry.concept, at: joined.at })
      after = joined.at + joined.entry.stem.length
    }
    if (hits.length >= MAX_HITS) break
  }
  return hits
}

/**
 * The second word of a compound: German and Dutch join nouns ("Accountactivering",
 * "Registrierungsbestätigung", with a linking "s"), so a stem that ends inside a word may be
 * followed by another concept's stem.
 */
function compoundPart(text: string, end: number): { entry: Entry; at: number } | null {
  if (!isWordChar(text.charCodeAt(end))) return null
  for (const link of LINKS) {
    if (!text.startsWith(link, end)) continue
    const entry = entryAt(text, end + link.length)
    if (entry) return { entry, at: end + link.length }
  }
  return null
}

/** What joins the words of a compound: nothing, or a linking "s", "e", "n", "es" or "en". */
const LINKS = ['', 's', 'e', 'n', 'es', 'en']

/** Where the word starting at `at` ends. */
function wordEnd(text: string, at: number): number {
  let end = at + 1
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++
  return end
}

/** The first stem, in concept order, that the text at a word start spells. */
export function entryAt(text: string, at: number): Entry | undefined {
  const entries = INDEX.get(text.slice(at, at + 3))
  if (!entries) return undefined
  for (const e of entries) {
    if (
      text.startsWith(e.stem, at) &&
      !(e.whole && isWordChar(text.charCodeAt(at + e.stem.length)))
    )
      return e
  }
  return undefined
}

/**
 * What a confirmation says it confirms. ack: a request or message was received; the others are
 * account mails: verify or activate an account or address, confirm a subscription, reset a
 * password, a sign-in code, a welcome.
 */
export type Confirmation =
  | 'ack'
  | 'verify-account'
  | 'verify-email'
  | 'confirm-subscription'
  | 'confirm-request'
  | 'password-reset'
  | 'sign-in-code'
  | 'welcome'

/**
 * What a text says, read by the lexicon: a confirmation, or `transaction`: it confirms an order,
 * a booking, a purchase or a payment the person made, which is no request or account wording;
 * or a weak reading: a message waiting in a portal (`incoming`), a submitted web form named in a
 * subject (`submission`, its body is the form's typed-in fields), the "did not request this"
 * closing (`unasked`).
 */
export type Reading = Confirmation | 'transaction' | 'incoming' | 'submission' | 'unasked'

/** Two concepts that make a confirmation when they meet within SPAN characters, either order. */
const PAIRS: readonly [Concept, Concept, Reading][] = [
  ['request', 'received', 'ack'],
  ['thanks', 'contact', 'ack'],
  ['thanks', 'request', 'ack'],
  // "Thanks for completing <form>"
  ['thanks', 'complete', 'ack'],
  ['verify', 'subscription', 'confirm-subscription'],
  ['verify', 'email', 'verify-email'],
  ['verify', 'account', 'verify-account'],
  ['verify', 'request', 'confirm-request'],
  ['reset', 'password', 'password-reset'],
  // "Recover your account", "Recupera il tuo account".
  ['reset', 'account', 'password-reset'],
  ['code', 'signin', 'sign-in-code'],
  ['code', 'signinVerb', 'sign-in-code'],
  ['link', 'signinVerb', 'sign-in-code'],
  ['instructions', 'signinVerb', 'sign-in-code'],
  // "You have requested to log into …": a passwordless sign-in link.
  ['request', 'signin', 'sign-in-code'],
  ['code', 'verify', 'sign-in-code'],
  ['account', 'received', 'verify-account'],
  ['welcome', 'account', 'welcome'],
  ['thanks', 'account', 'welcome'],
  ['thanks', 'subscription', 'confirm-subscription'],
  ['welcome', 'verify', 'welcome'],
  ['instructions', 'password', 'password-reset'],
  ['instructions', 'verify', 'verify-account'],
  ['instructions', 'account', 'verify-account'],
  // "Login instructions", "Instruções de início de sessão": a sign-in link.
  ['instructions', 'signin', 'sign-in-code'],
  ['link', 'signin', 'sign-in-code'],
  // "Voici le lien pour changer votre mot de passe", "Mit diesem Link vergeben Sie ein neues
  // Passwort": a password set through a link is a reset.
  ['link', 'password', 'password-reset'],
  ['details', 'account', 'welcome'],
  ['complete', 'subscription', 'confirm-subscription'],
  ['complete', 'account', 'verify-account'],
  ['thanks', 'transaction', 'transaction'],
  ['verify', 'transaction', 'transaction'],
  ['received', 'transaction', 'transaction'],
  // "If you did not request this email, ignore it": the closing of unasked confirmations, and of
  // many a genuine notice too; weak evidence only (evidence.ts).
  ['code', 'access', 'sign-in-code'],
  ['ignore', 'signin', 'unasked'],
  ['ignore', 'code', 'unasked'],
  ['ignore', 'account', 'unasked'],
  ['ignore', 'subscription', 'unasked'],
  ['ignore', 'password', 'unasked'],
  ['ignore', 'reset', 'unasked'],
  ['ignore', 'email', 'unasked'],
  // "verzoek om wachtwoord te wijzigen", "requested to change your password".
  ['request', 'password', 'password-reset'],
  // "We received your message; someone from the team will answer you."
  ['answerLater', 'received', 'ack'],
  ['answerLater', 'thanks', 'ack'],
  ['answerLater', 'request', 'ack'],
  ['answerLater', 'contact', 'ack'],
  ['weHave', 'request', 'ack'],
  ['oneClick', 'subscription', 'confirm-subscription'],
  ['oneClick', 'account', 'verify-account'],
  // "Ein Klick noch – dann gibt's 10 % Willkommensrabatt", "Eén klik en je krijgt 10% korting op
  // je eerste bestelling": one click left for a list's welcome reward.
  ['oneClick', 'welcome', 'confirm-subscription'],
  ['oneClick', 'firstOrder', 'confirm-subscription'],
  // "Un clic et vous rejoignez notre liste", "um clique e você entra na nossa lista".
  ['oneClick', 'joinList', 'confirm-subscription'],
  // A yes asked for before a list's first mail: a double opt-in in the list's own words.
  ['consent', 'subscription', 'confirm-subscription'],
  ['consent', 'joinList', 'confirm-subscription'],
]

/** Concepts that make a confirmation on their own (a promise to answer, a compound word). */
const SOLO: Partial<Record<Concept, Reading>> = {
  promise: 'ack',
  autoReply: 'ack',
  receipt: 'ack',
  otp: 'sign-in-code',
  finish: 'verify-account',
  resetCompound: 'password-reset',
  verifyCompound: 'verify-account',
  transactionDone: 'transaction',
  incoming: 'incoming',
}

/** In a body, the footer of a web form's copy ("sent from a contact form on…") is one too. */
const BODY_SOLO: Partial<Record<Concept, Confirmation>> = {
  webform: 'ack',
}

/** In a subject, a welcome or a bare "Confirmation required" is a confirmation by itself. */
const SUBJECT_SOLO: Partial<Record<Concept, Confirmation>> = {
  welcome: 'welcome',
  verify: 'verify-account',
}

const SPAN = 60

/**
 * What the text confirms, or null. `subject` lets a bare welcome or "Confirmed" count, after the
 * pairs: "Confirmado: o seu bilhete" confirms a ticket bought, not an account.
 */
export function confirmationOf(hits: readonly ConceptHit[], subject: boolean): Reading | null {
  let bare: Reading | null = null
  let weaker: Reading | null = null
  // Hits that named the verb of a transaction ("Bilhete confirmado") make no bare reading.
  const used = new Set<number>()
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i]!
    // "Wir melden uns, sobald sie versandt ist": a promise beside an order is about the order.
    const solo = a.concept === 'promise' && transacts(hits) ? 'transaction' : SOLO[a.concept]
    if (solo && !WEAKER.has(solo)) return solo
    if (solo) weaker ??= solo
    const found = partnerOf(hits, i, used)
    // Read after its pairs: "Bevestiging afspraak" names a booking's confirmation, whichever
    // word comes first.
    if (!used.has(i)) bare ??= (subject ? SUBJECT_SOLO : BODY_SOLO)[a.concept] ?? null
    // A subject that names a web form ("Contact Us Form submitted on …") is a site's notice of a
    // submission, sent to the site's owner or to the address typed in: weak, like a message
    // waiting in a portal.
    if (subject && a.concept === 'webform') weaker ??= 'submission'
    // A transaction or a weak reading never hides what else the text says: "Welcome, <name>"
    // with a typed-in "Thanks for booking" is still a welcome.
    if (found && !WEAKER.has(found)) return found
    if (found) weaker ??= found
  }
  return bare ?? weaker
}

/** An order, a booking or a payment named. */
export function transacts(hits: readonly ConceptHit[]): boolean {
  return hits.some((hit) => hit.concept === 'transaction' || hit.concept === 'transactionDone')
}

/** Readings that give way to any other the same text makes. */
const WEAKER: ReadonlySet<Reading> = new Set(['transaction', 'incoming', 'submission', 'unasked'])

/**
 * The reading hit i makes with a later hit within SPAN. A transaction is the object of the verb
 * nearest it: in "your order inquiry has been received" what was received is the inquiry, so a
 * transaction followed by a request pairs no further.
 */
function partnerOf(hits: readonly ConceptHit[], i: number, used: Set<number>): Reading | null {
  const a = hits[i]!
  for (let j = i + 1; j < hits.length && hits[j]!.at - a.at <= SPAN; j++) {
    const b = hits[j]!
    if (a.concept === 'transaction' && b.concept === 'request') return null
    if (pairBlocked(hits, i, j)) continue
    const found = pairOf(a.concept, b.concept)
    if (found === 'transaction') used.add(i).add(j)
    if (found) return found
  }
  return null
}

function pairOf(a: Concept, b: Concept): Reading | null {
  for (const [x, y, reading] of PAIRS)
    if ((a === x && b === y) || (a === y && b === x)) return reading
  return null
}
