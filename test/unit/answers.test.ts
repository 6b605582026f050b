// A reply on a subject the user sent to a company, within weeks, is the user's conversation
// (core/wave/outgoing.ts `answers`): it neither joins nor is called part of a wave.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { WaveEngine } from '../../src/core/wave/engine.ts'
import { retroactive } from '../../src/core/wave/verdicts.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 10, 16, 9, 0)

const receipt = (i: number, minutes: number): MailInput => ({
  id: `desk${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Desk ${i}`,
  senderAddress: `support@desk${i}.zendesk.com`,
  subject: `[Request received] FINAL WARNING ${i}`,
  snippet: `Your request (${7000 + i}) has been received and is being reviewed by our support staff.`,
})

const reply: MailInput = {
  id: 'reply',
  date: T0 + 5 * MINUTE,
  senderName: 'Mibovi Support',
  senderAddress: 'support@mibovi.example',
  subject: 'AW: Rechnung Oktober [#44404039]',
  snippet: 'Hallo Jonas, danke für deine Geduld. Die Gutschrift ist heute rausgegangen.',
}

function verdictOfReply(sent: { brand: string; daysBefore: number; subject: string } | null) {
  const engine = new WaveEngine()
  if (sent) engine.recordOutgoing(sent.brand, T0 - sent.daysBefore * DAY, sent.subject)
  const mails = [...Array.from({ length: 10 }, (_, i) => receipt(i, i))]
  mails.splice(5, 0, reply)
  const features = mails.map(extractFeatures)
  const arrival = features.map((f) => engine.observe(f))
  const i = features.findIndex((f) => f.id === 'reply')
  return retroactive(arrival[i]!, engine.waveOf('reply'), 0, engine.isPaired('reply')).verdict
}

describe('a reply on a subject the user sent', () => {
  it('is the user’s conversation, days after they wrote to the company', () => {
    expect(verdictOfReply(null)).toBe('relay')
    const sent = { brand: 'mibovi.example', daysBefore: 9, subject: 'Rechnung Oktober' }
    expect(verdictOfReply(sent)).not.toBe('relay')
  })

  it('is no answer from another company, or weeks later', () => {
    const other = { brand: 'elsewhere.example', daysBefore: 9, subject: 'Rechnung Oktober' }
    expect(verdictOfReply(other)).toBe('relay')
    const old = { brand: 'mibovi.example', daysBefore: 45, subject: 'Rechnung Oktober' }
    expect(verdictOfReply(old)).toBe('relay')
  })
})
