// A shop's welcome code handed over (core/mail/welcome-code.ts): a code of letters and digits
// with a discount beside it, in the seven languages; a sign-in's digits, a parcel's tracking code
// and a promise of a code to come are none.
import { describe, expect, it } from 'vitest'
import { handsOverWelcomeCode } from '../../src/core/mail/welcome-code.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

describe('a welcome code handed over', () => {
  it.each([
    ['Hier ist dein Code: TURI8659 🎉', 'Willkommen! Dein 15 % Code: TURI8659 gilt bis Sonntag.'],
    [
      'Your welcome gift',
      'Thanks for confirming. Use code HELLO-4821 for 10% off your first order.',
    ],
    ['Tu regalo de bienvenida', 'Tu código de descuento: PRIM3429 (20 %) ya está activo.'],
    ['Il tuo buono', 'Ecco il tuo codice sconto BENV2026 valido 30 giorni.'],
    ['Je kortingscode', 'Je kortingscode: ZOMER25X, 25% korting op je eerste bestelling.'],
    ['Votre cadeau', 'Votre code de bienvenue : BIEN10FR, -10 % sur votre commande.'],
    ['O seu cupom', 'Use o cupom VERAO15P e ganhe 15% de desconto.'],
  ])('reads %s', (subject, opening) => {
    expect(handsOverWelcomeCode(subject, opening)).toBe(true)
  })

  it.each([
    ['Your verification code', 'Your code: 481 223. It expires in 10 minutes.'],
    ['Your parcel is on its way', 'Tracking code: 1Z999AA10123456784. Track it online.'],
    ['Confirm and get 15 % off', 'One click and your welcome code is yours: confirm your email.'],
    ['Save 20% this weekend', 'Our biggest sale: 20% off everything until Sunday.'],
    ['Order 48812A confirmed', 'Thanks for your order 48812A. You saved 10% with your membership.'],
  ])('does not read %s', (subject, opening) => {
    expect(handsOverWelcomeCode(subject, opening)).toBe(false)
  })

  it('is a feature of mail that asks for nothing, never of the confirmation itself', () => {
    const mail = (subject: string, snippet: string) =>
      extractFeatures({
        id: 'x',
        date: 0,
        senderName: 'Turiseis',
        senderAddress: 'newsletter@turiseis.example',
        subject,
        snippet,
      })
    expect(mail('Hier ist dein Code: TURI8659', 'Dein 15 % Code: TURI8659').welcomeCode).toBe(true)
    const asking = mail(
      'Bitte bestätigen Sie Ihre Anmeldung',
      'Bitte bestätigen Sie Ihre E-Mail-Adresse, dann gehört Ihr 15 % Code TURI8659 Ihnen.',
    )
    expect(asking.helpdesk).toBe(true)
    expect(asking.welcomeCode).toBeUndefined()
  })
})
