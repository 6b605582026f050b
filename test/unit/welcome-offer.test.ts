// A list's double opt-in in marketing words (lexicon.ts): one click left for a welcome reward or a
// first order's discount confirms a subscription; "one more click" in either word order is a
// confirmation on its own; a first order named alone neither confirms nor buys anything; "almost
// subscribed" and "yes, that was me" beside a list confirm. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

const reading = (subject: string, opening: string) =>
  evidenceOf({ subject, opening, templateKind: null, sender: null }).confirmation

const features = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Kelvamo',
    senderAddress: 'news@kelvamo.example',
    subject,
    snippet,
  })

describe('one click left for a welcome reward', () => {
  it.each([
    ['Kelvamo', 'Un clic et tu reçois ton cadeau de bienvenue.'],
    ['Kelvamo', 'One click and your 15% off your first order is yours.'],
    ['Kelvamo', 'Een klik en de welkomstkorting staat voor je klaar.'],
    ['Kelvamo', 'Un clic para tu descuento en tu primer pedido.'],
  ])('confirms a subscription: %s / %s', (subject, opening) => {
    expect(reading(subject, opening)).toBe('confirm-subscription')
    expect(features(subject, opening).important).toBeNull()
  })

  it('the last click asked for in either word order is a confirmation on its own', () => {
    expect(reading('Kelvamo', 'Noch ein Klick, dann bist du dabei.')).toBe('verify-account')
    expect(reading('Kelvamo', 'Ein Klick noch, dann bist du dabei.')).toBe('verify-account')
  })

  it('a first order named alone confirms nothing and buys nothing', () => {
    expect(features('Spring sale', 'Save 10% on your first order. Shop now.').joiner).toBe(false)
    const welcome = features(
      'You are in!',
      'Thanks for joining the list. Here is 10% off your first order.',
    )
    expect(welcome.important).toBeNull()
  })

  it('a receipt for a first order stays a purchase', () => {
    const receipt = features(
      'Your receipt for order #48812',
      'Thanks for your first order! Total paid: €24.90, delivery on Friday.',
    )
    expect(receipt.important).not.toBeNull()
  })
})

describe('a list asking whether the address was really put on it', () => {
  it.each([
    ['Kelvamo: presque abonné', 'Il ne reste qu’à valider.'],
    ['Almost subscribed', 'Tap below and you are in.'],
    [
      'Kelvamo',
      'Someone entered this address for our newsletter. Yes, that was me: https://k.example/s',
    ],
    [
      'Kelvamo',
      'Deze e-mail werd aangemeld voor onze nieuwsbrief. Ja, dat was ik: https://k.example/s',
    ],
  ])('confirms: %s', (subject, opening) => {
    expect(reading(subject, opening)).not.toBeNull()
  })

  it('a sign-in alert asking the same stays a security notice (a guard)', () => {
    const alert = features('Was this you?', 'New sign-in from Chrome on Windows. Yes, it was me.')
    expect(alert.important).toBe('account-security')
    expect(alert.helpdesk).toBe(false)
  })
})
