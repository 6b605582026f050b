// The scanner's shortcuts (plain-ASCII paths, templates skipped once they cannot change the
// answer) must give exactly the answers of the full computation they stand in for.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fingerprint,
  templateCatalogue,
  type HelpdeskMatch,
} from '../../src/core/mail/templates/fingerprint.ts'
import { isAllCaps } from '../../src/core/mail/indicators/indicators.ts'
import {
  HELPDESK_TEMPLATES,
  type HelpdeskTemplate,
} from '../../src/core/mail/templates/templates.ts'
import { foldStyled, INVISIBLE_CONTROLS } from '../../src/core/mail/text.ts'
import { conceptHits, entryAt, foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'
import { namesThisMail } from '../../src/core/mail/boilerplate/this-mail.ts'
import { unique } from '../../src/core/wave/verdicts.ts'
import { REASON_CODES } from '../../src/core/types.ts'
import type { ReasonCode } from '../../src/core/types.ts'
import { buildSplit } from '../corpus/synthetic/splits.ts'

const PIECES = [
  '[Request received] ',
  'Request received: ',
  'Activate your account',
  'Support Ticket Opened [#12345]',
  'Your request (#4711) has been received',
  'Your request (#4711) has been updated',
  '##- Please type your reply above this line -##',
  'Thanks for your inquiry (',
  'TAKE DOWN ORDERS',
  'Ｆｒｅｅ',
  '𝐍𝐈𝐓𝐑𝐎',
  '\u200b',
  '\ud800',
  'é',
  ' ',
  'x',
]
const mixed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 2_100 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
)

describe('plain-ASCII shortcuts', () => {
  it('folds styled text as the full Unicode normalisation does', () => {
    const full = (text: string) =>
      text.slice(0, 2_000).toWellFormed().normalize('NFKC').replace(INVISIBLE_CONTROLS, '')
    fc.assert(fc.property(mixed, (text) => foldStyled(text) === full(text)))
    expect(foldStyled('ａ'.repeat(3_000))).toBe('a'.repeat(2_000))
  })

  it('counts capitals as the Unicode letter classes do', () => {
    const full = (text: string) => {
      const upper = text.match(/\p{Lu}/gu)?.length ?? 0
      return upper >= 6 && upper >= 4 * (text.match(/\p{Ll}/gu)?.length ?? 0)
    }
    const letters = fc
      .array(fc.constantFrom('A', 'É', 'Σ', 'Ö', 'b', 'é', 'σ', ' '), { maxLength: 40 })
      .map((chars) => chars.join(''))
    fc.assert(fc.property(fc.oneof(mixed, letters), (text) => isAllCaps(text) === full(text)))
    expect(isAllCaps('TAKE DOWN ORDERS now')).toBe(true)
    expect(isAllCaps('TAKE down orders')).toBe(false)
    expect(isAllCaps('ÉTÉ À PARÍS')).toBe(true)
  })
})

/** Every template tested, in catalogue order: what the fingerprint must still answer. */
function everyTemplate(
  templates: readonly HelpdeskTemplate[],
  subject: string,
  body: string,
): Pick<HelpdeskMatch, 'kind' | 'reasons'> {
  const rank = (t: HelpdeskTemplate) =>
    ['notice', 'solved', 'update', 'cc', 'verification', 'ack'].indexOf(t.kind)
  let best: HelpdeskTemplate | null = null
  const reasons = new Set<ReasonCode>()
  for (const [field, text] of [
    ['subject', subject],
    ['body', body],
  ] as const) {
    for (const template of templates) {
      if (template.field !== field || !template.pattern.test(text)) continue
      if (template.kind === 'verification') reasons.add('helpdesk-verification')
      else reasons.add(field === 'subject' ? 'helpdesk-subject' : 'helpdesk-body')
      if (!best || rank(template) > rank(best)) best = template
    }
  }
  return { kind: best?.kind ?? null, reasons: [...reasons] }
}

// In reverse, lower-ranked templates come before higher-ranked ones of the same reason.
const ORDERS = [HELPDESK_TEMPLATES, [...HELPDESK_TEMPLATES].reverse()]

describe.each(ORDERS.map((templates, i) => [i === 0 ? 'catalogue' : 'reversed', templates]))(
  'templates skipped once they cannot change the match (%s order)',
  (_order, templates) => {
    const catalogue = templateCatalogue(templates)
    const check = (subject: string, snippet: string) => {
      const mail = { subject, snippet, senderAddress: 'a@b.example' }
      const match = fingerprint(mail, undefined, catalogue)
      const expected = everyTemplate(templates, subject, `${snippet}\n`)
      return match.kind === expected.kind && match.reasons.join() === expected.reasons.join()
    }

    it('gives the kind and reasons, in order, of testing every template', () => {
      fc.assert(
        fc.property(mixed, mixed, (subject, snippet) => check(subject, snippet)),
        {
          numRuns: 500,
        },
      )
    })

    it('does so on every mail of the development corpus', () => {
      const mails = buildSplit('dev').map((mail) => mail.record)
      expect(mails.filter((m) => !check(m.subject, m.snippet)).map((m) => m.subject)).toEqual([])
      // The corpus exercises both reasons of a field at once, where their order matters.
      const both = mails.filter(
        (m) => everyTemplate(templates, m.subject, m.snippet).reasons.length > 1,
      )
      expect(both.length).toBeGreaterThan(0)
    })
  },
)

describe('word starts found by hand', () => {
  /** Word starts from the pattern that finds every run of letters and digits. */
  const byPattern = (folded: string) => {
    const text = folded.replace(/[-\s]+/gu, ' ')
    const hits: { concept: string; at: number }[] = []
    let after = 0
    for (const word of text.matchAll(/[a-z0-9]+/gu)) {
      if (word.index < after) continue
      const entry = entryAt(text, word.index)
      if (!entry) continue
      // Words that name the mail itself, an amount or a level are no request (this-mail.ts).
      const mayNameThisMail = entry.concept === 'request' || entry.concept === 'received'
      const received = entry.concept === 'received'
      if (mayNameThisMail && namesThisMail(text, word.index, entry.stem, received)) continue
      hits.push({ concept: entry.concept, at: word.index })
      after = word.index + entry.stem.length
      // A compound's second word, after an optional linking "s", "e", "n", "es" or "en".
      const rest = entry.whole ? '' : (/^[a-z0-9]+/u.exec(text.slice(after))?.[0] ?? '')
      const second = ['', 's', 'e', 'n', 'es', 'en']
        .filter((link) => rest.length > 0 && rest.startsWith(link))
        .map((link) => ({ at: after + link.length, entry: entryAt(text, after + link.length) }))
        .find((part) => part.entry)
      if (second?.entry) {
        hits.push({ concept: second.entry.concept, at: second.at })
        after = second.at + second.entry.stem.length
      }
      if (hits.length >= 24) break
    }
    return hits
  }
  const words = fc
    .array(
      fc.constantFrom(
        'request',
        'received',
        'we',
        're',
        'e-mail',
        'sign up',
        'signup',
        '--',
        ' ',
        '.',
        '4711',
        'é',
        'thanks',
        'account',
        'x',
        's',
        'en',
        'registrierungs',
        'bestatigung',
        'bevestiging',
        'es',
        'e',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''))

  it('finds the concepts the word pattern finds', () => {
    fc.assert(
      fc.property(fc.oneof(words, mixed), (text) => {
        const folded = foldForLexicon(text)
        return JSON.stringify(conceptHits(folded)) === JSON.stringify(byPattern(folded))
      }),
      { numRuns: 500 },
    )
  })
})

describe('reasons without repeats', () => {
  it('keeps the first of each, in order, as a set would', () => {
    const reasons = fc.array(fc.constantFrom(...REASON_CODES.slice(0, 6)), { maxLength: 12 })
    fc.assert(fc.property(reasons, (list) => unique(list).join() === [...new Set(list)].join()))
  })
})
