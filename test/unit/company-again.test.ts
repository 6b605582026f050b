// A company of the wave under way that writes again within it, in words that say nothing by
// themselves ("Sent again", "A fresh one, valid 30 minutes"), is the wave's (core/wave/engine.ts):
// a second submission or a reminder. Not its important mail, not another company's, and not
// another company's mail through the same sending service.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 20, 9, 0)

const ack = (i: number, minutes: number, from = `support@brand${i}.example`): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand${i}`,
  senderAddress: from,
  subject: '[Request received] hello',
  snippet: `Your request (${4000 + i}) has been received and is being reviewed by our staff.`,
})

const again = (id: string, name: string, address: string, over: Partial<MailInput> = {}) => ({
  id,
  date: T0 + 9 * MINUTE,
  senderName: name,
  senderAddress: address,
  subject: 'Sent again',
  snippet: 'A fresh one, valid for 30 minutes: https://example.com/a/Xk29',
  ...over,
})

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

const wave = () => [0, 1, 2, 3, 4, 5].map((i) => ack(i, i))

describe('a company of the wave writing again within it', () => {
  it('is the wave’s, though its words say nothing', () => {
    const mail = again('again', 'Brand2', 'desk@brand2.example')
    expect(extractFeatures(mail).joiner).toBe(false)
    expect(extractFeatures(mail).helpdesk).toBe(false)
    expect(judged([...wave(), mail]).again!.verdict).toBe('relay')
  })

  it('is not when another company writes so', () => {
    const mail = again('other', 'Brand9', 'desk@brand9.example')
    expect(judged([...wave(), mail]).other!.verdict).toBe('clean')
  })

  it('keeps its important mail', () => {
    const receipt = again('receipt', 'Brand2', 'desk@brand2.example', {
      subject: 'Your receipt from Brand2',
      snippet: 'Amount paid: €12.40 on 20 November.',
    })
    const verdict = judged([...wave(), receipt]).receipt!
    expect(verdict.verdict).toBe('clean')
    expect(verdict.important).toBe(true)
  })

  it('is not when another company writes through the same sending service', () => {
    // One company of the wave writes through a sending service's shared domain.
    const shared = [...wave().slice(0, 5), ack(5, 5, 'news@bounce5.sendhost.example')]
    const newsletter = again('letter', 'Marlow Books', 'news@bounce9.sendhost.example', {
      subject: 'New in this week',
      snippet: 'Five novels for dark evenings.',
    })
    expect(judged([...shared, newsletter]).letter!.verdict).toBe('clean')
  })

  it('is not another product of the same platform', () => {
    // Google Forms echoed the typed-in text; Google Calendar is the person's own, from google.com.
    const forms: MailInput = {
      ...ack(5, 5, 'forms-receipts-noreply@google.com'),
      senderName: 'Google Forms',
    }
    const calendar = again('calendar', 'Google Calendar', 'calendar-notification@google.com', {
      subject: 'Notification: Dentist @ Mon 9 Nov 11:30',
      snippet: 'Dentist, Monday 9 November 11:30 – 12:00. Join with video call.',
    })
    const verdicts = judged([...wave().slice(0, 5), forms, calendar])
    expect(verdicts.ack5!.verdict).toBe('relay')
    expect(verdicts.calendar!.verdict).toBe('clean')
  })

  it('is not when its last confirmation is older than the join gap', () => {
    const late = again('late', 'Brand2', 'desk@brand2.example', { date: T0 + 40 * MINUTE })
    const keepAlive = [6, 7, 8].map((i) => ack(i, 10 * (i - 4)))
    expect(judged([...wave(), ...keepAlive, late]).late!.verdict).toBe('clean')
  })
})
