// A mail whose body links to confirm or opt in is account mail: like a verification, only its
// subject, which the company wrote, can make it important (core/mail/features.ts importantOf);
// its body greets whatever was typed into the form. Texts written here for the test.
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

  it('keeps an order whose subject says so', () => {
    const order = mail(
      'Your order 4471 has shipped',
      'Confirm the delivery slot: https://kelpwick.example/confirm/Zq1',
    )
    expect(extractFeatures(order).important).not.toBeNull()
  })
})
