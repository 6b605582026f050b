// Text a wave's mails share across companies. Relay spam carries the typed-in title through every
// company's form, whatever wording the company's product wraps around it, so a run of words that
// the confirmations of several companies repeated within minutes is the wave's. A mail in a
// wording nobody has seen still repeats it (engine.ts lets such a mail join a wave under way).
import type { MailFeatures } from '../mail/features.ts'
import { conceptHits, foldForLexicon } from '../mail/lexicon/lexicon.ts'
import { GroupedLog } from './window.ts'

interface Shingle {
  date: number
  /** Null for a date mark: it only moves the window on. */
  text: string | null
  identity: string
}

/** Words per shingle, and the shortest shingle compared: short runs are everyday phrases. */
const WORDS = 3
const MIN_CHARS = 14
/** The first shingles of a title carry it; a long subject costs no more than this. */
const MAX_SHINGLES = 12

/**
 * Runs of WORDS words of a normalised payload (core normalisePayload), numbers left out. A run
 * in which a stem of the confirmation lexicon starts is the products' wording ("inicio de
 * sesión", "your request has"), which many companies share without any wave: only the rest is
 * compared. The lexicon reads the payload once; its hits mark the words they start at.
 */
export function shinglesOf(payload: string): string[] {
  const words = payload.split(' ').filter((word) => word.length >= 2 && !/^\d+$/u.test(word))
  if (words.length < WORDS) return []
  const lexical = lexiconWords(words)
  const shingles: string[] = []
  for (let i = 0; i + WORDS <= words.length && shingles.length < MAX_SHINGLES; i++) {
    if (lexical.slice(i, i + WORDS).some(Boolean)) continue
    const shingle = words.slice(i, i + WORDS).join(' ')
    if (shingle.length >= MIN_CHARS) shingles.push(shingle)
  }
  return shingles
}

/** Per word, whether a lexicon stem starts at it. */
function lexiconWords(words: readonly string[]): boolean[] {
  const text = foldForLexicon(words.join(' '))
  const starts: number[] = []
  for (let at = 0, i = 0; i < words.length; i++) {
    starts.push(at)
    at += words[i]!.length + 1
  }
  // Folding keeps one character per letter for the text normalisePayload leaves (NFKC first).
  const hitWords = new Set(
    conceptHits(text).map((hit) => starts.findLastIndex((start) => start <= hit.at)),
  )
  return words.map((_, index) => hitWords.has(index))
}

export class WaveText {
  private readonly log: GroupedLog<Shingle>

  /** A shingle is the wave's once `minCompanies` companies other than the asking one carried it. */
  constructor(
    widthMs: number,
    private readonly minCompanies: number,
  ) {
    this.log = new GroupedLog(
      widthMs,
      (item) => item.text,
      (item) => item.identity,
    )
  }

  /**
   * Whether a mail in no confirmation wording repeats the wave's text. Important-looking mail only
   * asks, never lends its words (a shop's, a bank's and a carrier's notices of one purchase name
   * the same item), and only when its importance is in the subject alone (features.ts
   * `echoable`): a body that is a notice by itself keeps the pin.
   */
  repeatedBy(
    mail: Pick<MailFeatures, 'payload' | 'important' | 'echoable'>,
    date: number,
    identity: string,
  ): boolean {
    if (!mail.important) return this.hear(date, mail.payload, identity)
    return mail.echoable === true && this.repeats(date, mail.payload, identity)
  }

  /** Whether a payload repeats the wave's text, without recording it (the date moves the window). */
  repeats(date: number, payload: string, identity: string): boolean {
    return this.matches(date, shinglesOf(payload), identity)
  }

  /**
   * Records a mail's payload (calls come in date order) and says whether it repeats a run of
   * words enough other companies carried lately.
   */
  hear(date: number, payload: string, identity: string): boolean {
    const shingles = shinglesOf(payload)
    const repeats = this.matches(date, shingles, identity)
    for (const text of new Set(shingles)) this.log.add({ date, text, identity })
    return repeats
  }

  /** Moves the window to `date`; true when enough other companies carried one of the shingles. */
  private matches(date: number, shingles: readonly string[], identity: string): boolean {
    this.log.add({ date, text: null, identity })
    return shingles.some((text) => this.log.othersIn(text, identity) >= this.minCompanies)
  }
}
