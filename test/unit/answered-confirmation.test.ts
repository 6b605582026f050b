// A company whose confirmation the person answered (core/wave/answered.ts): a shop's welcome code
// handed over after its opt-in says the person signed up there. Such companies make no wave and
// join none, and what a wave took in before the answer is released; the same confirmations
// unanswered still make one, and a code that arrives with the confirmation, a code several
// companies carried (typed into their forms) and an order beside an account answer nothing.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { AnsweredSenders } from '../../src/core/wave/answered.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 27, 19, 0)

const optIn = (i: number, minutes: number): MailInput => ({
  id: `ask${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Shop${i}`,
  senderAddress: `newsletter@shop${i}.example`,
  subject: 'Confirm your subscription and get 15 % off',
  snippet: 'One more click and your welcome code is yours. Please confirm your email address.',
})

const code = (i: number, minutes: number): MailInput => ({
  id: `code${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Shop${i}`,
  senderAddress: `newsletter@shop${i}.example`,
  subject: `Here is your code: SHOP${i}482 🎉`,
  snippet: `Welcome to Shop${i}! Your 15 % code: SHOP${i}482, valid for your first order.`,
})

const account = (i: number, minutes: number): MailInput => ({
  id: `account${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Store${i}`,
  senderAddress: `no-reply@store${i}.example`,
  subject: 'Activate your account',
  snippet: 'Welcome! Please activate your account to track your orders: https://store.example/a',
})

const order = (i: number, minutes: number): MailInput => ({
  id: `order${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Store${i}`,
  senderAddress: `orders@store${i}.example`,
  subject: `Order confirmation no. ${48_000 + i}`,
  snippet: `Thank you for your order ${48_000 + i}. Total paid: €59.90. We will let you know when it ships.`,
})

function verdicts(mails: MailInput[]): Record<string, string> {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!.verdict]))
}

const shops = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

describe('confirmations the person answered', () => {
  it('make no wave when each shop hands over its own code minutes later', () => {
    const evening = shops.flatMap((i) => [optIn(i, i * 6), code(i, i * 6 + 3)])
    const judged = verdicts(evening)
    expect(Object.values(judged).filter((v) => v !== 'clean')).toEqual([])
  })

  it('leave the same opt-ins unanswered a wave', () => {
    const judged = verdicts(shops.map((i) => optIn(i, i * 2)))
    expect(shops.every((i) => judged[`ask${i}`] === 'relay')).toBe(true)
  })

  it('release what the wave took in before the answers, and keep its other companies', () => {
    const wave = shops.map((i) => optIn(i, i))
    const judged = verdicts([...wave, code(3, 12), code(4, 13)])
    expect([judged.ask3, judged.ask4, judged.code3, judged.code4]).toEqual(Array(4).fill('clean'))
    expect(judged.ask9).toBe('relay')
  })

  it('stay released when the inbox goes on for days, and release nothing after the answer', () => {
    const wave = shops.map((i) => optIn(i, i))
    const later = [20, 21, 22, 23].map((i) => optIn(i, 3 * 24 * 60 + i))
    const flood = [60, 61, 62, 63, 64, 65].map((m) => ({ ...optIn(3, m), id: `flood${m}` }))
    const judged = verdicts([...wave, code(3, 12), ...flood, ...later])
    expect([judged.ask3, judged.code3]).toEqual(['clean', 'clean'])
    expect(flood.some((mail) => judged[mail.id] !== 'clean')).toBe(true)
  })

  it.each([
    ['on whole minutes, one minute after the opt-in', 1, 'relay'],
    ['on whole minutes, two minutes after it', 2, 'clean'],
    ['with seconds, 50 seconds after it', 50 / 60, 'relay'],
    ['with seconds, 70 seconds after it', 70 / 60, 'clean'],
    ['after three hours', 181, 'relay'],
  ])('answer only with a code that comes %s', (_, after, expected) => {
    const wave = shops.map((i) => optIn(i, i))
    const judged = verdicts([...wave, code(9, 9 + after)])
    expect(judged.ask9).toBe(expected)
  })

  it('answer nothing with a code several companies carried: it was typed into their forms', () => {
    const wave = shops.map((i) => optIn(i, i))
    const typed = (i: number) => ({
      ...code(i, 15 + i),
      subject: 'Your code XMAS26X is here',
      snippet: 'Your 50 % code: XMAS26X, valid today.',
    })
    const judged = verdicts([...wave, typed(3), typed(4), typed(5)])
    expect([judged.ask3, judged.ask4, judged.ask5]).toEqual(['relay', 'relay', 'relay'])
    // Two shops sending one broadcast code to the person's two sign-ups still answer.
    const both = verdicts([
      optIn(0, 0),
      optIn(1, 6),
      typed(0),
      { ...typed(1), date: T0 + 9 * MINUTE },
    ])
    expect([both.ask0, both.ask1]).toEqual(['clean', 'clean'])
  })

  it('keep a company’s own burst named when its mail is released', () => {
    const burst = [0, 1, 2, 3, 4].map((m) => ({ ...optIn(3, m), id: `burst${m}` }))
    const features = [...burst, code(3, 7)].map(extractFeatures)
    const { final } = replay(features)
    expect(final[4]!.verdict).toBe('clean')
    expect(final[4]!.reasons).toEqual(
      expect.arrayContaining(['domain-burst', 'user-answered-confirmation']),
    )
  })

  it('answer nothing with a code the confirmation itself carried', () => {
    const wave = shops.map((i) => optIn(i, i))
    const carrying = {
      ...optIn(3, 3),
      snippet: 'Confirm your email address: your 15 % code SHOP3482 waits.',
    }
    const judged = verdicts([...wave.filter((m) => m.id !== 'ask3'), carrying, code(3, 8)])
    expect(judged.ask3).toBe('relay')
  })

  it('answer nothing after a welcome, a reset or a sign-in code', () => {
    const asks = [
      ['Welcome to Shop3!', 'Welcome aboard! We are glad to have you.'],
      ['Reset your password', 'Click the link below to reset your password.'],
      ['Your sign-in code', 'Your code: 481 223. Enter it to sign in.'],
    ]
    for (const [subject, snippet] of asks) {
      const asking: MailInput = { ...optIn(3, 3), subject: subject!, snippet: snippet! }
      const wave = shops.map((i) => (i === 3 ? asking : optIn(i, i)))
      const features = [...wave, code(3, 8)].map(extractFeatures)
      const { final } = replay(features)
      const reasons = final.flatMap((verdict) => verdict.reasons)
      expect(reasons).not.toContain('user-answered-confirmation')
    }
  })

  it('answer nothing with an order beside a new account', () => {
    const checkout = shops.flatMap((i) => [account(i, i * 2), order(i, i * 2 + 1)])
    const judged = verdicts(checkout)
    expect(shops.every((i) => judged[`account${i}`] === 'relay')).toBe(true)
  })
})

describe('answered companies on arrival', () => {
  const arrival = (mails: MailInput[]) => {
    const features = mails.map(extractFeatures)
    const judged = replay(features)
    return Object.fromEntries(features.map((f, i) => [f.id, judged.arrival[i]!.verdict]))
  }
  const at = (mail: MailInput, minutes: number) => ({ ...mail, date: T0 + minutes * MINUTE })

  it('count towards no wave window: a third shop after two answered ones is alone', () => {
    const judged = verdicts([optIn(0, 0), code(0, 1.5), optIn(1, 2), code(1, 3.5), optIn(2, 4)])
    expect(judged.ask2).toBe('clean')
  })

  it('pair with no other shop', () => {
    expect(verdicts([optIn(0, 0), code(0, 2), optIn(1, 4)]).ask1).toBe('clean')
  })

  it('join no wave under way once answered', () => {
    const wave = shops.map((i) => optIn(i, i))
    const again = { ...at(optIn(3, 9), 9), id: 'again3' }
    expect(arrival([...wave, code(3, 7), again]).again3).not.toBe('relay')
  })

  it('keep mail with text typed into a form in the wave', () => {
    const wave = shops.map((i) => optIn(i, i))
    const typed = {
      ...optIn(3, 3),
      subject: 'Confirm your subscription: 𝗙𝗥𝗘𝗘 𝗡𝗜𝗧𝗥𝗢 at nitro.example',
    }
    expect(verdicts([...wave.filter((m) => m.id !== 'ask3'), typed, code(3, 8)]).ask3).toBe('relay')
  })

  it('take in mail of the company from shortly before its confirmation', () => {
    const wave = shops.map((i) => optIn(i, i + 6))
    const before = { ...optIn(3, 3), id: 'before3' }
    expect(verdicts([before, ...wave, code(3, 13)]).before3).toBe('clean')
  })
})

describe('what answers a confirmation', () => {
  const ask = { date: T0, helpdesk: true, asksSignUp: true, joiner: false }
  const handed = { date: T0 + 3 * MINUTE, helpdesk: false, joiner: false }
  const welcomeCode = { code: 'shop482x', asked: false }

  it('is a shop’s own code, for a day', () => {
    const own = new AnsweredSenders()
    own.note(ask, 'shop')
    own.note({ ...handed, welcomeCode }, 'shop')
    expect(own.has('shop', T0 + 10 * MINUTE)).toBe(true)
    expect(own.at(T0 + 10 * MINUTE)).toEqual(['shop'])
    expect(own.has('shop', T0 + 2 * 86_400_000)).toBe(false)
    expect(own.at(T0 + 2 * 86_400_000)).toEqual([])
    // Answered twice within the day: listed once, as windows subtract it once.
    const twice = new AnsweredSenders()
    for (const at of [0, 10]) {
      twice.note({ ...ask, date: T0 + at * MINUTE }, 'shop')
      const again = { ...handed, date: T0 + (at + 3) * MINUTE }
      twice.note({ ...again, welcomeCode: { code: `c${at}x1`, asked: false } }, 'shop')
    }
    expect(twice.at(T0 + 20 * MINUTE)).toEqual(['shop'])
  })

  it('is never a joiner, a confirmation’s own code, nor an acknowledgement’s answer', () => {
    const senders = new AnsweredSenders()
    senders.note(ask, 'shop')
    senders.note({ ...handed, joiner: true, welcomeCode }, 'shop')
    senders.note({ ...handed, welcomeCode: { ...welcomeCode, asked: true } }, 'shop')
    const acked = new AnsweredSenders()
    acked.note({ ...ask, asksSignUp: false }, 'desk')
    acked.note({ ...handed, welcomeCode }, 'desk')
    expect([senders.has('shop', T0), acked.has('desk', T0)]).toEqual([false, false])
  })

  it('is withdrawn, windows included, when the code turns out typed in within a day', () => {
    const senders = new AnsweredSenders()
    const carry = (identity: string, minutes: number) =>
      senders.note({ ...handed, date: T0 + minutes * MINUTE, welcomeCode }, identity)
    carry('early', -23 * 60 - 50) // the code carried once, nearly a day before
    senders.note({ ...ask, date: T0 - 5 * MINUTE }, 'shop')
    carry('shop', 0)
    expect(senders.at(T0 + MINUTE)).toEqual(['shop'])
    for (const [identity, minutes] of [
      ['b', 11],
      ['c', 12],
    ] as const)
      carry(identity, minutes)
    expect(senders.has('shop', T0)).toBe(false)
    expect(senders.at(T0 + 13 * MINUTE)).toEqual([])
  })
})
