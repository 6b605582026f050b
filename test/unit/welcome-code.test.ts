// A shop's welcome code handed over (core/mail/codes/welcome-code.ts): a code of letters and digits with
// a discount in its sentence, in the seven languages, returned folded; a sign-in's digits, a code
// another word gives a purpose (tracking, recovery, invoice, booking, order), a discount in
// another sentence and a promise of a code to come are none.
import { describe, expect, it } from 'vitest'
import { welcomeCodeOf } from '../../src/core/mail/codes/welcome-code.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

describe('a welcome code handed over', () => {
  it.each([
    [
      'Hier ist dein Code: TURI8659 🎉',
      'Willkommen! Dein 15 % Code: TURI8659 gilt bis Sonntag.',
      'turi8659',
    ],
    [
      'Your welcome gift',
      'Thanks for confirming. Use code HELLO-4821 for 10% off your first order.',
      'hello-4821',
    ],
    [
      'Tu regalo de bienvenida',
      'Tu código de descuento: PRIM3429 (20 %) ya está activo.',
      'prim3429',
    ],
    ['Il tuo buono', 'Ecco il tuo codice sconto BENV2026 valido 30 giorni.', 'benv2026'],
    [
      'Je kortingscode',
      'Je kortingscode: ZOMER25X, 25% korting op je eerste bestelling.',
      'zomer25x',
    ],
    ['Votre cadeau', 'Votre code de bienvenue : BIEN10FR, -10 % sur votre commande.', 'bien10fr'],
    ['O seu cupom', 'Use o cupom VERAO15P e ganhe 15% de desconto.', 'verao15p'],
    ['Voici votre code', 'Bienvenue ! Votre code de 40 % : TIPU6439 valable un mois.', 'tipu6439'],
  ])('reads %s', (subject, opening, code) => {
    expect(welcomeCodeOf(subject, opening)).toBe(code)
  })

  it.each([
    ['Your verification code', 'Your code: 481 223. It expires in 10 minutes.'],
    [
      'Your parcel is on its way',
      'Tracking code: 1Z999AA10123456784. Get 10% off your next order!',
    ],
    [
      'Two-step verification',
      'Recovery code A7K2-9QX1. Turn off two-step verification for 10 % of',
    ],
    ['Your invoice', 'Invoice code INV2024A. Discount applied to your plan.'],
    ['Your table', 'Booking code XK4P2Q, 10 % off drinks tonight.'],
    ['Confirm and get 15 % off', 'One click and your welcome code is yours: confirm your email.'],
    ['Save 20% this weekend', 'Our biggest sale: 20% off everything until Sunday.'],
    ['Your account', 'Your code is AB12CD34. Summer sale: 20 % on everything.'],
    ['Your wishlist', 'Hi Your 15 % code: ZQ17781, the items you saved are waiting.'],
    ['Happy birthday!', 'Hallo Dein 20 % Code: ZQ28812, alles Gute zum Geburtstag!'],
  ])('does not read %s', (subject, opening) => {
    expect(welcomeCodeOf(subject, opening)).toBeNull()
  })

  it('reads a code after a welcome to the shop, which greets no name', () => {
    expect(welcomeCodeOf('Welcome', 'Welcome to Shop1, your 15% code is ABC123X.')).toBe('abc123x')
  })

  it('reads a hostile megabyte subject of codes with no discount, and finds none', () => {
    // A hundred thousand candidate codes: each one's sentence is looked for close by, not in the
    // whole megabyte (which took minutes).
    const hostile = `% ${'code ab1cd '.repeat(100_000)}`
    expect(welcomeCodeOf(hostile, hostile)).toBeNull()
  })

  it('is marked when the mail asks for a confirmation itself', () => {
    const mail = (subject: string, snippet: string) =>
      extractFeatures({
        id: 'x',
        date: 0,
        senderName: 'Turiseis',
        senderAddress: 'newsletter@turiseis.example',
        subject,
        snippet,
      })
    const handed = mail('Hier ist dein Code: TURI8659', 'Dein 15 % Code: TURI8659')
    expect(handed.welcomeCode).toEqual({ code: 'turi8659', asked: false })
    const asking = mail(
      'Bitte bestätigen Sie Ihre Anmeldung',
      'Bitte bestätigen Sie Ihre E-Mail-Adresse, dann gilt Ihr 15 % Code TURI8659.',
    )
    expect(asking.helpdesk).toBe(true)
    expect(asking.welcomeCode).toEqual({ code: 'turi8659', asked: true })
  })
})
