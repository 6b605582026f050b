// A welcome that asks for nothing, minutes after its own company's sign-up confirmation, says
// somebody clicked (core/mail/welcome-only.ts, core/wave/answered.ts): an afternoon of sign-ups at
// ten tools makes no wave. A welcome sent with its confirmation, a welcome an hour later, a
// welcome that still asks, and a company whose forms are reached again and again answer nothing:
// the same sign-ups unanswered still make a wave.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 27, 13, 0)

const signUp = (i: number, minutes: number, n = 0): MailInput => ({
  id: `verify${i}-${n}`,
  date: T0 + minutes * MINUTE,
  senderName: `Tool${i}`,
  senderAddress: `no-reply@tool${i}.example`,
  subject: `Activate your Tool${i} account`,
  snippet: 'Please confirm your email address to activate your account.',
})

const welcome = (i: number, minutes: number, n = 0): MailInput => ({
  id: `welcome${i}-${n}`,
  date: T0 + minutes * MINUTE,
  senderName: `Tool${i}`,
  senderAddress: `no-reply@tool${i}.example`,
  subject: `Welcome to Tool${i}, Priya!`,
  snippet: 'Your account is ready. Here are three tips to get started.',
})

function verdicts(mails: MailInput[]): Record<string, string> {
  const features = [...mails].sort((a, b) => a.date! - b.date!).map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!.verdict]))
}

const tools = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
const flagged = (judged: Record<string, string>) =>
  Object.entries(judged).filter(([, verdict]) => verdict !== 'clean')

describe('a welcome minutes after its company’s sign-up confirmation', () => {
  it('is read as asking for nothing only when it asks for nothing', () => {
    expect(extractFeatures(welcome(1, 0)).welcomes).toBe(true)
    const asks = { ...welcome(1, 0), snippet: 'Please confirm your email address to start.' }
    expect(extractFeatures(asks).welcomes).toBeUndefined()
    expect(extractFeatures(signUp(1, 0)).welcomes).toBeUndefined()
  })

  it('answers it: an afternoon of sign-ups, one after another, makes no wave', () => {
    const afternoon = tools.flatMap((i) => [signUp(i, i * 10), welcome(i, i * 10 + 3)])
    expect(flagged(verdicts(afternoon))).toEqual([])
  })

  it('answers nothing when other companies’ confirmations came in between: a wave', () => {
    // Forty services each welcoming on a two-minute delay, the forms filled every thirty seconds.
    const at = (i: number) => i / 2
    const companies = Array.from({ length: 40 }, (_, i) => i)
    const wave = companies.flatMap((i) => [signUp(i, at(i)), welcome(i, at(i) + 2)])
    const judged = verdicts(wave)
    expect(companies.filter((i) => judged[`verify${i}-0`] !== 'relay')).toEqual([])
  })

  it('answers nothing when many companies are answered at once: a wave paced one by one', () => {
    // Each form filled once the last service's delayed welcome came: one company every six
    // minutes, none within five minutes of another, three welcoming within fifteen minutes.
    const wave = tools.flatMap((i) => [signUp(i, i * 6), welcome(i, i * 6 + 2)])
    const judged = verdicts(wave)
    expect(tools.filter((i) => judged[`verify${i}-0`] !== 'relay')).toEqual([])
  })

  it('answers nothing with a second welcome: one sent with the confirmation, one later', () => {
    const wave = tools.flatMap((i) => [
      signUp(i, i * 10),
      welcome(i, i * 10),
      welcome(i, i * 10 + 5, 1),
    ])
    expect(verdicts(wave)['verify9-0']).toBe('relay')
  })

  it('leaves the same sign-ups unanswered a wave', () => {
    const judged = verdicts(tools.map((i) => signUp(i, i * 2)))
    expect(tools.every((i) => judged[`verify${i}-0`] === 'relay')).toBe(true)
  })

  it('answers nothing when sent with the confirmation', () => {
    const wave = tools.flatMap((i) => [signUp(i, i * 2), welcome(i, i * 2)])
    expect(verdicts(wave)['verify9-0']).toBe('relay')
  })

  it('answers nothing an hour later: a welcome series sent unasked', () => {
    const wave = tools.flatMap((i) => [signUp(i, i * 2), welcome(i, i * 2 + 60)])
    expect(verdicts(wave)['verify9-0']).toBe('relay')
  })

  it('answers nothing when the company asked twice: forms reached again and again', () => {
    const wave = tools.flatMap((i) => [
      signUp(i, i * 2),
      signUp(i, i * 2 + 1, 1),
      welcome(i, i * 2 + 4),
    ])
    expect(verdicts(wave)['verify9-0']).toBe('relay')
  })

  it('answers nothing on a platform many companies send through', () => {
    // One service on a shared mailing domain welcomes unasked two minutes after its confirmation;
    // twenty minutes later thirty companies on the same domain and ten others confirm.
    const via = (mail: MailInput, name: string): MailInput => ({
      ...mail,
      id: `${name}-${mail.id}`,
      senderName: name,
      senderAddress: `${name.toLowerCase()}@sendvia.example`,
    })
    const quillo = [via(signUp(90, 0), 'Quillo'), via(welcome(90, 2), 'Quillo')]
    const names = Array.from(
      { length: 30 },
      (_, i) => `Brand${String.fromCharCode(97 + (i % 26))}${i}`,
    )
    const platform = names.map((name, i) => via(signUp(100 + i, 20 + i / 4), name))
    const judged = verdicts([...quillo, ...platform, ...tools.map((i) => signUp(i, 20 + i / 3))])
    expect(platform.filter((mail) => judged[mail.id] !== 'relay').map((mail) => mail.id)).toEqual(
      [],
    )
  })

  it('takes a welcome signed by a person for its company’s own', () => {
    // "Sam from Tool3" names the company it writes for; a wave of others follows.
    const signed = { ...welcome(3, 3), senderName: 'Sam from Tool3' }
    const others = [10, 11, 12, 14, 15, 16].map((i) => signUp(i, 20 + i))
    const judged = verdicts([signUp(3, 0), signed, ...others])
    expect(judged['verify3-0']).toBe('clean')
    expect(judged['verify16-0']).toBe('relay')
  })

  it('is withdrawn when the company asks or welcomes again after it', () => {
    const asksAgain = tools.flatMap((i) => [
      signUp(i, i * 2),
      welcome(i, i * 2 + 4),
      signUp(i, i * 2 + 6, 1),
    ])
    expect(verdicts(asksAgain)['verify9-0']).toBe('relay')
    const welcomesAgain = tools.flatMap((i) => [
      signUp(i, i * 2),
      welcome(i, i * 2 + 4),
      welcome(i, i * 2 + 6, 1),
    ])
    expect(verdicts(welcomesAgain)['verify9-0']).toBe('relay')
  })
})
