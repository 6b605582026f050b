// What a wave leaves behind (core/wave/trail.ts): a company the wave took in that writes again
// days later, in words of a confirmation's life (a reminder to confirm, "still waiting for your
// reply", a solved request), is the wave's. Not its newsletter or its important mail, not a
// company the wave did not take in or the inbox knew before, not within the wave's first hour or
// after a month, not after a small wave, and not a company the person wrote to.
import { describe, expect, it } from 'vitest'
import { replay, type ClassifyContext } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 10, 20, 9, 0)

const ack = (i: number, at: number): MailInput => ({
  id: `ack${i}-${at}`,
  date: at,
  senderName: `Brand${i}`,
  senderAddress: `support@brand${i}.example`,
  subject: '[Request received] hello',
  snippet: `Your request (${4000 + i}) has been received and is being reviewed by our staff.`,
})

/** Ten companies' acknowledgements within ten minutes from T0. */
const wave = (companies = 10) =>
  Array.from({ length: companies }, (_, i) => ack(i, T0 + i * MINUTE))

const later = (id: string, at: number, over: Partial<MailInput> = {}): MailInput => ({
  id,
  date: at,
  senderName: 'Brand3',
  senderAddress: 'support@brand3.example',
  subject: 'We are still waiting for your reply',
  snippet:
    'Your request (4003) is waiting for your reply. It will be closed if we do not hear back.',
  ...over,
})

function judged(mails: MailInput[], context: ClassifyContext = {}) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features, context)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

describe('a company of an earlier wave writing again', () => {
  it('is that wave’s when it waits for a reply, reminds or closes the request', () => {
    const mails = [
      ...wave(),
      later('waiting', T0 + DAY),
      later('reminder', T0 + 2 * DAY, {
        subject: 'Reminder: please confirm your email address',
        snippet: 'You have not confirmed your email address yet: https://brand3.example/c/X2',
      }),
      later('solved', T0 + 6 * DAY, {
        subject: 'Your request (4003) has been solved',
        snippet: 'Your request 4003 has been solved. Reply to this email to reopen it.',
      }),
    ]
    const verdicts = judged(mails)
    const waveId = verdicts['ack0-' + T0]!.waveId
    expect(waveId).toBeTruthy()
    for (const id of ['waiting', 'reminder', 'solved']) {
      expect(verdicts[id]!.verdict).toBe('relay')
      expect(verdicts[id]!.reasons).toContain('wave-trail')
      expect(verdicts[id]!.waveId).toBe(waveId)
    }
  })

  it('is a new wave’s when the same companies come again in a new wave', () => {
    const second = wave().map((mail, i) => ({ ...ack(i, T0 + 3 * DAY + i * MINUTE) }))
    const verdicts = judged([...wave(), ...second])
    const [firstId, secondId] = [T0, T0 + 3 * DAY].map((at) => verdicts[`ack0-${at}`]!.waveId)
    expect(secondId).toBeTruthy()
    expect(secondId).not.toBe(firstId)
    for (const mail of second) {
      expect(verdicts[mail.id]).toMatchObject({ verdict: 'relay', waveId: secondId })
      expect(verdicts[mail.id]!.reasons).not.toContain('wave-trail')
    }
  })

  it('is not when it sends its newsletter or important mail', () => {
    const letter = later('letter', T0 + DAY, {
      subject: 'New in this week',
      snippet: 'Five novels for dark evenings.',
    })
    const receipt = later('receipt', T0 + DAY, {
      subject: 'Your receipt from Brand3',
      snippet: 'Amount paid: €12.40 on 20 November.',
    })
    const verdicts = judged([...wave(), letter, receipt])
    expect(verdicts.letter!.verdict).toBe('clean')
    expect(verdicts.receipt!.verdict).toBe('clean')
    expect(verdicts.receipt!.important).toBe(true)
  })

  it('is not when the wave did not take the company in', () => {
    const other = later('other', T0 + DAY, {
      senderName: 'Brand42',
      senderAddress: 'support@brand42.example',
    })
    expect(judged([...wave(), other]).other!.verdict).toBe('clean')
  })

  it('is not within the wave’s first hour, nor after a month', () => {
    const early = later('early', T0 + 9 * MINUTE + 50 * MINUTE)
    const late = later('late', T0 + 32 * DAY)
    const verdicts = judged([...wave(), early, late])
    expect(verdicts.early!.reasons).not.toContain('wave-trail')
    expect(verdicts.late!.verdict).toBe('clean')
  })

  it('is not after a wave of a few companies', () => {
    expect(judged([...wave(6), later('waiting', T0 + DAY)]).waiting!.verdict).toBe('clean')
  })

  it('is not when the inbox knew the company before its wave', () => {
    const before = later('before', T0 - 3 * DAY, {
      subject: 'Your November statement',
      snippet: 'Your statement for November is ready to view in your account.',
    })
    // Typed-in text takes even a company the inbox knew into the wave (known-sender.ts).
    const typed = wave().map((mail) => ({
      ...mail,
      subject: 'Request received: FREE NITRO, claim now',
    }))
    const verdicts = judged([before, ...typed, later('waiting', T0 + DAY)])
    expect(verdicts[`ack3-${T0 + 3 * MINUTE}`]!.verdict).toBe('relay')
    expect(verdicts.waiting!.verdict).toBe('clean')
  })

  it('is not when the person wrote to the company, however many of its mails came back', () => {
    const context = {
      outgoing: [{ brand: 'brand3.example', date: T0 + 2 * DAY, subject: 'Delete my data' }],
    }
    const ack3 = later('ack3', T0 + 2 * DAY + 5 * MINUTE, {
      subject: 'Request received: Delete my data',
      snippet: 'Your request (4003) has been received and is being reviewed by our staff.',
    })
    const solved = later('solved', T0 + 6 * DAY, {
      subject: 'Your request (4003) has been solved',
      snippet: 'Your request 4003 has been solved. Reply to this email to reopen it.',
    })
    const replies = [ack3, later('waiting', T0 + 3 * DAY), later('again', T0 + 4 * DAY), solved]
    const verdicts = judged([...wave(), ...replies], context)
    for (const reply of replies) expect(verdicts[reply.id]!.verdict).toBe('clean')
  })

  it('is the wave’s from a sender that confirmed in it under a name of its own', () => {
    const shop = (mail: MailInput): MailInput => ({
      ...mail,
      senderName: 'Brand Three Shop',
      senderAddress: 'support@brand3.helpdesk-host.example',
    })
    const mails = wave().map((mail, i) => (i === 3 ? shop(mail) : mail))
    const waiting = shop(later('waiting', T0 + DAY))
    expect(extractFeatures(waiting).nameBrand).not.toBe('brand3')
    expect(judged([...mails, waiting]).waiting!.verdict).toBe('relay')
  })

  it('follows a stored wave under the company’s own name, hyphens and all', () => {
    // The extension's replay holds none of the wave: only its stored record.
    const brands = [
      'qalvast-travel.example',
      ...wave(9).map((mail) => mail.senderAddress.split('@')[1]!),
    ]
    const pastWaves = [{ id: 'wave-stored', start: T0, end: T0 + 9 * MINUTE, brands }]
    const waiting = later('waiting', T0 + DAY, {
      senderName: 'Qalvast Travel',
      senderAddress: 'support@qalvast-travel.example',
    })
    expect(judged([waiting], { pastWaves }).waiting).toMatchObject({
      verdict: 'relay',
      waveId: 'wave-stored',
    })
  })

  it('is not another product of a platform the wave took in', () => {
    // Google Forms echoed the wave (a form's receipt); Google Workspace never confirmed in it.
    const forms: MailInput = {
      ...ack(9, T0 + 9 * MINUTE),
      senderName: 'Google Forms',
      senderAddress: 'forms-receipts-noreply@google.com',
    }
    const workspace = later('workspace', T0 + 2 * DAY, {
      senderName: 'Google Workspace',
      senderAddress: 'workspace-noreply@google.com',
      subject: 'Verify your email address',
      snippet: 'Please verify your email address to finish setting up Google Workspace.',
    })
    const verdicts = judged([...wave(9), forms, workspace])
    expect(verdicts[forms.id]!.verdict).toBe('relay')
    expect(verdicts.workspace!.verdict).toBe('clean')
  })

  it('is not from a sender shown by a name alone', () => {
    const named = (id: string, at: number, over: Partial<MailInput> = {}) =>
      later(id, at, { senderName: 'Support', senderAddress: '', ...over })
    const inWave = named('named-ack', T0 + 9 * MINUTE, {
      subject: '[Request received] hello',
      snippet: 'Your request (4010) has been received and is being reviewed by our staff.',
    })
    const verdicts = judged([...wave(), inWave, named('named', T0 + 5 * DAY)])
    expect(verdicts['named-ack']!.verdict).toBe('relay')
    expect(verdicts.named!.verdict).toBe('clean')
  })

  it('is not when the person wrote to the company', () => {
    const context = { outgoing: [{ brand: 'brand3.example', date: T0 + DAY - 60 * MINUTE }] }
    expect(judged([...wave(), later('waiting', T0 + DAY)], context).waiting!.verdict).toBe('clean')
  })
})
