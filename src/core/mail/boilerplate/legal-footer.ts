// A company's legal or antivirus footer under a mail: "This e-mail and any attachments are
// confidential … If you have received this e-mail in error", "Diese E-Mail ist vertraulich", "Si
// vous avez reçu ce message par erreur", "This footnote confirms that this e-mail has been swept
// for viruses". People's and companies' mail carries it under anything; its "received",
// "confirms" and "e-mail" say nothing about what the mail is for. Read in a body's closing only,
// on the lexicon's text (lexicon.ts asLexiconText: lines joined by spaces).
//
// A sentence is such a footer when it holds one of its words (confidential, in error, virus …)
// and names the mail itself ("this e-mail", "diese Nachricht", "ce message") or its recipient
// ("intended solely for"): "Your request will be handled confidentially" and "Confirm your email
// to activate your virus protection" are no footers.

import { lastSentenceStart } from '../text.ts'

/** A footer's words, each in the seven languages. */
const ANCHOR =
  /(?<![a-z])(?:in error|irrtumlich|falschlicherweise|par erreur|por error|por engano|per errore|ten onrechte|per abuis|confidential|vertraulich|confidentiel|confidencial|riservat|vertrouwelijk|virus|viren)/gu

/** The mail itself, or its recipient, named in the same sentence. */
const NAMES_THE_MAIL =
  /(?<![a-z])(?:(?:this|diese|dieser|ce|cet|cette|este|esta|questo|questa|dit|deze) (?:e ?mail|message|nachricht|mensaje|correo|mensagem|messaggio|bericht|courriel|communication|transmission)|intended (?:solely|only) for|ausschliesslich fur|destine exclusivement)/u

/** How far a sentence reaches on either side of its footer word, at most. */
const SENTENCE_REACH = 200

/** The [start, end) spans of the legal or antivirus footer's sentences in `text`. */
export function legalFooterSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const found of text.matchAll(ANCHOR)) {
    const start = sentenceStart(text, found.index)
    const end = sentenceEnd(text, found.index + found[0].length)
    if (spans.at(-1)?.[1] === end) continue
    if (NAMES_THE_MAIL.test(text.slice(start, end))) spans.push([start, end])
  }
  return spans
}

function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_REACH)
  const start = lastSentenceStart(text.slice(from, at))
  return start < 0 ? from : from + start
}

function sentenceEnd(text: string, at: number): number {
  const after = text.slice(at, at + SENTENCE_REACH)
  const stop = after.search(/[.!?](?:\s|$)/u)
  return stop < 0 ? at + after.length : at + stop + 1
}
