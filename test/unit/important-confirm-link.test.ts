// A mail whose body links to opt in or to verify an address is account mail: like a verification,
// only its subject, which the company wrote, can make it important (core/mail/features.ts
// importantOf); its body greets whatever was typed into the form. A shop's order page
// ("/checkout/confirmation") and a carrier's "/track/confirm" are no such link. Texts written here
// for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 10, 20, 9),
  senderName: 'Kelpwick',
  senderAddress: 'hello@kelpwick.example',
  subject,
  snippet,
})

describe('a body that links to confirm or opt in', () => {
  it('makes no order of an order number typed into the form', () => {
    const optIn = mail(
      'Une dernière chose',
      'Bonjour ORDER 7731 OVERDUE - PAY NOW, cliquez ici : https://kelpwick.example/optin/Gd7',
    )
    expect(extractFeatures(optIn).important).toBeNull()
  })

  it('makes no order of a shop menu before the opt-in link (a web page collapsed to text)', () => {
    const optIn = mail(
      'Noch Interesse an der Kelpwick Wochenpost?',
      'Kelpwick Service Bestellungen Kontakt Noch keine Bestätigung. Hier klicken: https://kelpwick.example/optin/Jx2',
    )
    expect(extractFeatures(optIn).important).toBeNull()
  })

  it('keeps an order whose body says what was paid, beside a link to join the shop’s list', () => {
    const order = mail(
      'Thanks, Anna!',
      'We received your order #44712, total $54.20. Get 10% off: https://kelpwick.example/doi/join',
    )
    expect(extractFeatures(order).important).toBe('purchase')
  })

  it('keeps an order whose subject says so', () => {
    const order = mail(
      'Your order 4471 has shipped',
      'Confirm the delivery slot: https://kelpwick.example/confirm/Zq1',
    )
    expect(extractFeatures(order).important).not.toBeNull()
  })

  it.each([
    [
      'Thanks, Anna!',
      'Your order #10482 for $54.20 is placed: https://s.example/orders/10482/confirmation',
    ],
    [
      'Merci Anna !',
      'Commande n° 55120, total 64,00 €. Suivre : https://s.example/checkout/confirmation/55120',
    ],
    [
      'Update: package scheduled for delivery today',
      'Your package 1Z999 will be delivered today: https://s.example/track/confirm?n=1Z999',
    ],
  ])('keeps an order whose link names its own page: %s', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).important).not.toBeNull()
  })
})
