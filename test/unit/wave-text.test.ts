// Text a wave's mails repeat across companies (core/wave/wave-text.ts, engine.ts observeRepeat):
// a mail in wording nobody taught the lexicon joins a wave under way when it repeats the typed-in
// title that several other companies' mails carried, and only then.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { shinglesOf } from '../../src/core/wave/wave-text.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 4, 12, 14, 0)
const TITLE = 'Final notice: lawsuit filed against you, reply within 24 hours'

/** Recognised acknowledgements from hosted helpdesks, with the typed-in title in the subject. */
const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] ${TITLE}`,
  snippet: `Your request (${1000 + i}) has been received and is being reviewed by our support staff.`,
})

/** A product nobody described: its subject names no request, no ticket, no confirmation. */
const unknown = (i: number, minutes: number, title = TITLE): MailInput => ({
  id: `unknown${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Shop ${i}`,
  senderAddress: `desk@shop${i}.example`,
  subject: `Lodged ${40_000 + i} – ${title} – Shop ${i}`,
  snippet: `Shop ${i} desk`,
})

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

describe('text a wave repeats across companies', () => {
  it('the unknown wording is no evidence by itself', () => {
    const feature = extractFeatures(unknown(0, 0))
    expect(feature).toMatchObject({ helpdesk: false, joiner: false, important: null })
  })

  it('joins the wave under way once other companies carried the same words', () => {
    const verdicts = judged([
      ...[0, 1, 2, 3, 4].map((i) => ack(i, i)),
      ...[0, 1, 2, 3].map((i) => unknown(i, 6 + i)),
    ])
    expect(verdicts.ack4!.verdict).toBe('relay')
    for (const id of ['unknown0', 'unknown1', 'unknown2', 'unknown3']) {
      expect(verdicts[id]!.verdict).toBe('relay')
      expect(verdicts[id]!.reasons).toContain('same-payload')
    }
  })

  it('unknown wordings alone carry the words to each other during a wave', () => {
    const otherTitle = 'FREE NITRO GIVEAWAY claim your reward today'
    const verdicts = judged([
      ...[0, 1, 2, 3, 4].map((i) => ack(i, i)),
      ...[10, 11, 12, 13, 14].map((i) => unknown(i, 6 + i - 10, otherTitle)),
    ])
    // The first three make the words the wave's; the later ones repeat them.
    expect(verdicts.unknown13!.verdict).toBe('relay')
    expect(verdicts.unknown14!.verdict).toBe('relay')
  })

  it('stays clean with no wave under way', () => {
    const verdicts = judged([0, 1, 2, 3, 4].map((i) => unknown(i, i)))
    expect(Object.values(verdicts).every((v) => v.verdict === 'clean')).toBe(true)
  })

  it('spares a sender the inbox knew before the wave', () => {
    const known = { ...unknown(0, 6), id: 'known' }
    const before = { ...unknown(0, -600), id: 'before', subject: 'Your weekly digest' }
    const verdicts = judged([before, ...[0, 1, 2, 3, 4].map((i) => ack(i, i)), known])
    expect(verdicts.known!.verdict).toBe('clean')
  })

  it('takes no words from senders the inbox knew before the wave', () => {
    const plainAck = (i: number, minutes: number) => ({ ...ack(i, minutes), subject: 'Hi' })
    const regulars = [20, 21, 22].flatMap((i) => [
      { ...unknown(i, -600), id: `first${i}`, subject: 'Your weekly digest' },
      unknown(i, 6 + i - 20),
    ])
    const verdicts = judged([
      ...regulars.filter((mail) => mail.id.startsWith('first')),
      ...[0, 1, 2, 3, 4].map((i) => plainAck(i, i)),
      ...regulars.filter((mail) => !mail.id.startsWith('first')),
      unknown(30, 10),
    ])
    expect(verdicts.ack4!.verdict).toBe('relay')
    expect(verdicts.unknown30!.verdict).toBe('clean')
  })

  it('compares the typed-in words, not the products’ confirmation wording', () => {
    const shingles = shinglesOf('codigo de inicio de sesion para acme')
    expect(shingles).not.toContain('inicio de sesion')
    expect(shingles).not.toContain('codigo de inicio')
    expect(shinglesOf('final notice lawsuit filed against you')).toContain('lawsuit filed against')
  })
})
