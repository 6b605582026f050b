// One mail the user sent to many comes back as a storm of automatic answers, each carrying the
// subject the user wrote (wave/sent-phrase.ts): all of them are the user's, however many. A mail to
// one or two people, a plain subject, a reply to a wave's mail, and a subject copied from mail that
// came before explain no wave. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { distinctivePhrase } from '../../src/core/wave/sent-phrase.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 11, 1, 18, 0)
const WRAPPERS = [
  'Automatisch antwoord: ',
  'Abwesend: ',
  '[Ticket #53038{i}] ',
  'RE : ',
  'Réponse automatique : ',
  'Please confirm you are human: ',
]
const SNIPPETS = [
  'Thank you for your email. We have received your message and will answer within 48 hours.',
  'Ihre Anfrage ist bei uns eingegangen und wurde unter der Nummer 53038 erfasst.',
  'To deliver your message, please click the link once to confirm you are human.',
]

const answer = (i: number, subject: string, minutes = 2 + i): MailInput => ({
  id: `a${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Firm ${i}`,
  senderAddress: `info@firm${i}.example`,
  subject: `${WRAPPERS[i % WRAPPERS.length]!.replace('{i}', String(i))}${subject}`,
  snippet: SNIPPETS[i % SNIPPETS.length]!,
})

const storm = (subject: string, count = 30) =>
  Array.from({ length: count }, (_, i) => answer(i, subject))

const verdictsOf = (
  mails: MailInput[],
  sent: { date: number; subject: string; recipients?: number }[],
) =>
  replay(mails.map(extractFeatures), {
    outgoing: sent.map((s) => ({ brand: 'secretary.example', recipients: 40, ...s })),
  }).final.map((verdict) => verdict.verdict)

const reasonsOf = (mails: MailInput[], sent: { date: number; subject: string }[]) =>
  replay(mails.map(extractFeatures), {
    outgoing: sent.map((s) => ({ brand: 'secretary.example', recipients: 40, ...s })),
  }).final.map((verdict) => verdict.reasons)

describe('the automatic answers to one mail sent to many', () => {
  it('are all the user’s', () => {
    const subject = 'Clubnieuws december'
    const verdicts = verdictsOf(storm(subject), [{ date: T0, subject }])
    expect(verdicts).toEqual(Array(30).fill('clean'))
  })

  it('say they answer the user’s mail', () => {
    const subject = 'Clubnieuws december'
    for (const reasons of reasonsOf(storm(subject), [{ date: T0, subject }]))
      expect(reasons).toContain('answers-user-mail')
  })

  it('make a wave without the sent mail', () => {
    expect(verdictsOf(storm('Clubnieuws december'), [])).toContain('relay')
  })

  it('make a wave when the subject went to one or two people', () => {
    const subject = 'Happy New Year everyone'
    expect(verdictsOf(storm(subject), [{ date: T0, subject, recipients: 2 }])).toContain('relay')
  })

  it('make a wave when they come after the outgoing window', () => {
    const subject = 'Clubnieuws december'
    const late = storm(subject).map((mail) => ({
      ...mail,
      date: (mail.date ?? 0) + 3 * 24 * 60 * MINUTE,
    }))
    expect(verdictsOf(late, [{ date: T0, subject }])).toContain('relay')
  })
})

describe('a sent subject that explains only a few', () => {
  it('is too plain when it names a request', () => {
    const subject = 'Support request for my account'
    expect(distinctivePhrase(subject)).toBeNull()
    expect(verdictsOf(storm(subject), [{ date: T0, subject }])).toContain('relay')
  })

  it('is a reply to a wave’s mail', () => {
    const subject = 'Re: FREE NITRO for everyone tonight'
    expect(distinctivePhrase(subject)).toBeNull()
    expect(verdictsOf(storm('FREE NITRO for everyone tonight'), [{ date: T0, subject }])).toContain(
      'relay',
    )
  })

  it.each([10, 3 * 24 * 60])('was copied from mail %i minutes before it was sent', (before) => {
    const payload = 'FREE NITRO for everyone tonight'
    expect(distinctivePhrase(payload)).not.toBeNull()
    const early = storm(payload, 6).map((mail, i) => ({
      ...mail,
      date: T0 - (before - i) * MINUTE,
    }))
    const late = storm(payload, 30).slice(6)
    const verdicts = verdictsOf([...early, ...late], [{ date: T0, subject: payload }])
    // Its words still explain the two acknowledgements any sent mail does (outgoing.ts).
    expect(verdicts.slice(6).filter((verdict) => verdict !== 'relay').length).toBeLessThanOrEqual(2)
  })
})
