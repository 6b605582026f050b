// An account opened to buy something (own-purchase.ts): a shop's account mail followed within two
// hours by that shop's order is the person's, even when several shops make a wave's shape; its
// final verdict is clean ('user-ordered') and a wave left with no relay mail is no wave. An order
// from another company, or one that comes too late, explains nothing. Mails written here.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { replay } from '../../src/core/wave/classify.ts'

const T0 = Date.parse('2026-12-18T19:30:00Z')
const MINUTE = 60_000
const SHOPS = ['mravolt', 'tuzzena', 'torbello', 'torbasto', 'bezzano']

const account = (shop: string, i: number): MailInput => ({
  id: `account-${shop}`,
  date: T0 + i * 2 * MINUTE,
  senderName: shop,
  senderAddress: `accounts@${shop}.example`,
  subject: 'Conferma il tuo account',
  snippet: `Grazie per aver creato un account ${shop}. Verifica l’email per completare l’acquisto.`,
})

const order = (shop: string, i: number, after = 8 * MINUTE): MailInput => ({
  id: `order-${shop}`,
  date: T0 + i * 2 * MINUTE + after,
  senderName: shop,
  senderAddress: `orders@${shop}.example`,
  subject: `Grazie per il tuo ordine n. 4721${i}649`,
  snippet: 'Il tuo ordine è confermato. Totale 39,90 €. Spedizione in 2 giorni.',
})

function judged(mails: MailInput[]) {
  const result = replay(mails.map(extractFeatures))
  const byId = new Map(mails.map((mail, i) => [mail.id, result.final[i]!]))
  return { byId, waves: result.waves }
}

describe('accounts opened at several shops, each followed by an order', () => {
  it('are the person’s: clean, and no wave is left', () => {
    const mails = SHOPS.flatMap((shop, i) => [account(shop, i), order(shop, i)])
    const { byId, waves } = judged(mails)
    for (const shop of SHOPS) {
      expect(byId.get(`account-${shop}`)!.verdict).toBe('clean')
      expect(byId.get(`account-${shop}`)!.reasons).toContain('user-ordered')
    }
    expect(waves).toEqual([])
  })

  it('without the orders the same accounts make a wave', () => {
    const { byId, waves } = judged(SHOPS.map(account))
    expect(byId.get('account-mravolt')!.verdict).toBe('relay')
    expect(waves).toHaveLength(1)
  })

  it('an order from another company, or three hours later, explains nothing', () => {
    const mails = [
      ...SHOPS.map(account),
      { ...order('elsewhere', 0), senderAddress: 'orders@elsewhere.example' },
      order('mravolt', 0, 3 * 60 * MINUTE),
    ]
    expect(judged(mails).byId.get('account-mravolt')!.verdict).toBe('relay')
  })
})

describe('a company that sends “orders” again and again', () => {
  it('explains none of its account mails: a form’s acknowledgement that reads as an order', () => {
    const repeated = [0, 1, 2].map((n) => ({
      ...order('mravolt', 0, (4 + n) * MINUTE),
      id: `o${n}`,
    }))
    const { byId } = judged([...SHOPS.map(account), ...repeated])
    expect(byId.get('account-mravolt')!.verdict).toBe('relay')
  })
})

describe('the window', () => {
  it('takes an order exactly two hours after the account mail, and not one a moment later', () => {
    const at = (after: number) =>
      judged([...SHOPS.map(account), order('mravolt', 0, after)]).byId.get('account-mravolt')!
    expect(at(120 * MINUTE).verdict).toBe('clean')
    expect(at(120 * MINUTE + 1).verdict).toBe('relay')
  })
})
