// Important words typed into every form reach the victim wrapped in each company's own tag,
// greeting or emoji, and often disguised with combining strokes ("[Iskenk Reizen] P̵A̵Y̵P̵A̵L̵
// O̵R̵D̵E̵R̵ … confirmed", "🎫 Re: P̵A̵Y̵P̵A̵L̵ …"). They are the wave's echo, compared by their runs of
// words (core/wave/echoes.ts) on payloads with the strokes removed (core/mail/text.ts).
import { describe, expect, it } from 'vitest'
import { normalisePayload } from '../../src/core/mail/text.ts'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const STROKE = '\u0335'
const struck = (text: string) => [...text].map((c) => (c === ' ' ? c : c + STROKE)).join('')
const PAYLOAD = struck('PAYPAL ORDER 7YH-22 confirmed 1,249.00 - not you? call support now')
const T0 = Date.UTC(2026, 9, 14, 20, 0)
const WRAPS = ['[Acme Reizen] ', '🎫 Re: ', '[Bolt Wonen] ', 'Re: ', '[Corvo B.V.] ', '[Dune] ']

const ack = (i: number): MailInput => ({
  id: `m${i}`,
  date: T0 + i * 40_000,
  senderName: `Company ${i}`,
  senderAddress: `support@company${i}.example`,
  subject: `${WRAPS[i]}${PAYLOAD}`,
  snippet: `Hallo, we hebben je bericht ontvangen. Ticketnummer: ${52614 + i}.`,
})

describe('important words echoed by many companies', () => {
  it('are one text once the strokes over the letters are removed', () => {
    expect(normalisePayload(PAYLOAD)).toBe(
      normalisePayload('PAYPAL ORDER 7YH-22 confirmed 1,249.00 - not you? call support now'),
    )
  })

  it('are the wave’s, whatever tag each company wraps them in', () => {
    const features = WRAPS.map((_, i) => extractFeatures(ack(i)))
    // Struck-out letters are a disguise: words written so are never the person's important mail.
    expect(features.every((f) => f.helpdesk && f.important === null)).toBe(true)
    expect(features.every((f) => f.reasons.includes('styled-unicode'))).toBe(true)
    const { final } = replay(features)
    expect(final.slice(2).map((v) => v.verdict)).toEqual(['relay', 'relay', 'relay', 'relay'])
  })
})
