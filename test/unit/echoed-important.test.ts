// Important-looking words beside confirmation wording are the wave's echoed text when other
// companies' confirmations carry them too (core/wave/echoes.ts, engine.ts recordEcho); a
// company's own notice, worded by it alone, stays important and pinned.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 4, 12, 14, 0)
const PAYLOAD = 'Invoice INV-50913: 849.99 USD charged for your renewal'

/**
 * An account confirmation of a made-up forum product whose subject carries the name typed into
 * the sign-up form: the same wording from every company that runs the product.
 */
const echoing = (i: number, minutes: number): MailInput => ({
  id: `echo${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Forum ${i}`,
  senderAddress: `noreply@forum${i}.example`,
  subject: `Account confirmation required: ${PAYLOAD}`,
  snippet: 'Hello, one more step before you can post.',
})

const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] ticket title ${i}`,
  snippet: `Your request (${1000 + i}) has been received and is being reviewed by our support staff.`,
})

/** A bank's own confirmation that is important by its own words. */
const NOTICE: MailInput = {
  id: 'notice',
  date: T0 + 7 * MINUTE,
  senderName: 'Northbank',
  senderAddress: 'security@northbank.example',
  subject: 'Account confirmation required: payment of €52.10 received from J. Doe',
  snippet: 'Please confirm your account to see the payment.',
}

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

describe('important words that other companies echo', () => {
  it('read as important on one mail alone: the wording beside them is a candidate', () => {
    const feature = extractFeatures(echoing(0, 0))
    expect(feature).toMatchObject({ helpdesk: true, important: expect.any(String) })
    expect(feature.important).not.toBeNull()
  })

  it('make the later echoes relay once other companies carried the same text', () => {
    const mails = [
      ...[0, 1, 2, 3].map((i) => ack(i, i)),
      ...[0, 1, 2, 3, 4].map((i) => echoing(i, 5 + i)),
    ]
    const verdicts = judged(mails)
    // The first two echoes are judged before two other companies carried the text: still pinned.
    expect([0, 1].map((i) => verdicts[`echo${i}`])).toMatchObject([
      { verdict: 'clean', important: true },
      { verdict: 'clean', important: true },
    ])
    expect([2, 3, 4].map((i) => verdicts[`echo${i}`]!.verdict)).toEqual(['relay', 'relay', 'relay'])
    expect(verdicts.echo4!.important).toBe(false)
  })

  it('never touch a company’s own confirmation whose words nobody else sent', () => {
    expect(extractFeatures(NOTICE)).toMatchObject({ helpdesk: true, important: expect.any(String) })
    const mails = [
      ...[0, 1, 2, 3].map((i) => ack(i, i)),
      ...[0, 1, 2, 3, 4].map((i) => echoing(i, 5 + i)),
      NOTICE,
    ]
    expect(judged(mails).notice).toMatchObject({ verdict: 'clean', important: true })
  })

  it('count only confirmations important by the same words, not acknowledgements quoting them', () => {
    // The attacker typed a bank's own subject into four helpdesks' forms.
    const quoted = [0, 1, 2, 3].map((i) => ({
      ...ack(i, i),
      subject: `[Request received] ${NOTICE.subject}`,
    }))
    expect(extractFeatures(quoted[0]!).important).toBeNull()
    expect(judged([...quoted, NOTICE]).notice).toMatchObject({ verdict: 'clean', important: true })
  })

  it('spare a sender the inbox knew before the wave', () => {
    const before: MailInput = { ...echoing(7, -3 * 60), id: 'earlier', subject: 'Welcome back' }
    const verdicts = judged([before, ...[0, 1, 2].map((i) => echoing(i, i)), echoing(7, 4)])
    expect(verdicts.echo2).toMatchObject({ important: false })
    expect(verdicts.echo7).toMatchObject({ verdict: 'clean', important: true })
  })

  it('forget echoes older than the payload window', () => {
    const old = [0, 1].map((i) => echoing(i, i))
    const verdicts = judged([...old, echoing(2, 25 * 60)])
    expect(verdicts.echo2).toMatchObject({ verdict: 'clean', important: true })
    expect(judged([...old, echoing(2, 60)]).echo2).toMatchObject({ important: false })
  })

  it('stay important when only the same company repeats them', () => {
    const mails = [0, 1, 2, 3].map((n) => ({ ...echoing(0, n), id: `own${n}` }))
    const verdicts = judged(mails)
    expect(Object.values(verdicts).every((v) => v.verdict === 'clean' && v.important)).toBe(true)
  })
})

describe('compound words', () => {
  it('read both halves of a German or Dutch compound, with a linking s', () => {
    const mail = (subject: string): MailInput => ({
      id: subject,
      date: T0,
      senderName: 'Forum',
      senderAddress: 'noreply@forum.example',
      subject,
      snippet: '',
    })
    expect(extractFeatures(mail('Accountactivering op Hommelweide Forum')).kind).toBe(
      'verification',
    )
    expect(extractFeatures(mail('Registrierungsbestätigung für Ihr Konto')).kind).toBe(
      'verification',
    )
  })
})
