// A link written out in a body's closing ("http://use.perl.org/my/messages/"): its nouns name a
// site's pages (a message, a request, a contact), not what the mail says, so they are
// not read there (evidence.ts hitsOf). A newsletter's footer "go to http://…/my/messages/ … you
// can log in" is no sign-in request. A link's verbs ("/verify?token=", "/recover_account") say
// what following it does, which is what a bare confirmation mail is for: they are read. In an
// opening the link may be an acknowledgement's status page, its only request: read.

import type { Concept } from '../lexicon/lexicon-stems.ts'
import { spansOf } from '../text.ts'

/** A link's start: a scheme and "://", or "www.". */
const LINK_START = /(?:[a-z][a-z0-9+.]*:\/\/|www\.)/u
/** A link to its end: it holds no space, and no quote or angle bracket that closes it. */
const LINK = /(?:[a-z][a-z0-9+.]*:\/\/|www\.)[^\s<>"'«»]+/gu

/** Concepts whose words, inside a link, name a page: "/messages", "/requests", "/contact". */
const PAGE_NAMES: ReadonlySet<Concept> = new Set(['request', 'incoming', 'contact'])

/** The [start, end) spans of the links in `text`, none when it holds no link's start. */
export function linkSpans(text: string): [number, number][] {
  return LINK_START.test(text) ? spansOf(LINK, text) : []
}

/** The word of `concept` at `at` stands inside one of the links `spans` as a page's name. */
export function namesPageInLink(
  spans: readonly [number, number][],
  at: number,
  concept: Concept,
): boolean {
  return PAGE_NAMES.has(concept) && spans.some(([start, end]) => at >= start && at < end)
}
