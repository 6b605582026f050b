// A company whose confirmation the person answered (core/wave/answered.ts): a shop's welcome code
// after its opt-in, or an order or a booking beside a new account, says the person signed up
// there. Such companies make no wave and join none; the same confirmations unanswered still do, and
// a code that arrives with the confirmation (no click between them) answers nothing.
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
  it('make no wave when each shop hands over its welcome code minutes later', () => {
    const evening = shops.flatMap((i) => [optIn(i, i * 6), code(i, i * 6 + 2)])
    const judged = verdicts(evening)
    expect(Object.values(judged).filter((v) => v === 'relay')).toEqual([])
  })

  it('leave the same opt-ins unanswered a wave', () => {
    const judged = verdicts(shops.map((i) => optIn(i, i * 2)))
    expect(shops.every((i) => judged[`ask${i}`] === 'relay')).toBe(true)
  })

  it('answer nothing when the code comes with the confirmation, before anyone could click', () => {
    const together = shops.flatMap((i) => [
      optIn(i, i * 2),
      { ...code(i, i * 2), date: T0 + i * 2 * MINUTE + 10_000 },
    ])
    const judged = verdicts(together)
    expect(shops.every((i) => judged[`ask${i}`] === 'relay')).toBe(true)
  })

  it('keep a wave’s other companies in it', () => {
    const wave = shops.map((i) => optIn(i, i))
    const judged = verdicts([...wave, code(3, 12), code(4, 13)])
    expect(judged.ask9).toBe('relay')
    expect(judged.code3).toBe('clean')
    expect(judged.code4).toBe('clean')
    // The opt-ins the wave took in before their answers came are the person's after all.
    expect(judged.ask3).toBe('clean')
    expect(judged.ask4).toBe('clean')
  })

  it('leave a ticket acknowledgement the wave’s, whatever receipt follows it', () => {
    const ack = (i: number): MailInput => ({
      ...account(i, i),
      subject: 'We received your request',
      snippet: `Your request (${4000 + i}) has been received and is being reviewed by our staff.`,
    })
    const judged = verdicts([...shops.map(ack), order(3, 20)])
    expect(judged.account3).toBe('relay')
    expect(judged.order3).toBe('clean')
  })

  it('make no wave of a guest checkout: each new account beside its order', () => {
    const checkout = shops.flatMap((i) => [account(i, i * 3), order(i, i * 3 + 1)])
    const judged = verdicts(checkout)
    expect(shops.every((i) => judged[`account${i}`] !== 'relay')).toBe(true)
  })

  it('leave the same account mails without orders a wave', () => {
    const judged = verdicts(shops.map((i) => account(i, i * 3)))
    expect(shops.every((i) => judged[`account${i}`] === 'relay')).toBe(true)
  })
})

describe('what answers a confirmation', () => {
  const ask = {
    date: T0,
    helpdesk: true,
    kind: 'verification' as const,
    joiner: false,
    important: null,
  }
  const handed = {
    date: T0 + 3 * MINUTE,
    helpdesk: false,
    kind: null,
    joiner: false,
    important: null,
  }

  it('is a code of its own, not one the wave’s companies carried', () => {
    const own = new AnsweredSenders()
    own.note(ask, 'shop', () => false)
    own.note({ ...handed, welcomeCode: true }, 'shop', () => false)
    expect(own.has('shop', T0 + 10 * MINUTE)).toBe(true)
    expect(own.has('shop', T0 + 2 * 86_400_000)).toBe(false)
    const typed = new AnsweredSenders()
    typed.note(ask, 'shop', () => false)
    typed.note({ ...handed, welcomeCode: true }, 'shop', () => true)
    expect(typed.has('shop', T0 + 10 * MINUTE)).toBe(false)
  })

  it('is never a joiner, nor mail that hands over nothing', () => {
    const senders = new AnsweredSenders()
    senders.note(ask, 'shop', () => false)
    senders.note({ ...handed, joiner: true, welcomeCode: true }, 'shop', () => false)
    senders.note(handed, 'shop', () => false)
    expect(senders.has('shop', T0 + 10 * MINUTE)).toBe(false)
  })
})
