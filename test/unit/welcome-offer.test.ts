// A list's double opt-in in marketing words (lexicon.ts: oneClick with welcome or firstOrder, and
// the last click in either word order): "Ein Klick noch – dann gibt's 10 % Willkommensrabatt",
// "Eén klik en je krijgt 10% korting op je eerste bestelling". One click left for a welcome
// reward confirms (a subscription, or the address it is for), and a first order offered is no
// order placed; a receipt for a first order stays a purchase. Texts written here for the test.
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
    ['Kelvamo Newsletter', 'Ein Klick noch – dann gibt’s 10 % Willkommensrabatt 🎁'],
    ['Kelvamo 💌', 'Eén klik en je krijgt 10% korting op je eerste bestelling.'],
    ['Kelvamo', 'Un clic pour recevoir -10 % sur votre première commande.'],
    ['Kelvamo', 'Ancora un clic e ricevi il 10% sul tuo primo ordine.'],
  ])('confirms a subscription: %s / %s', (subject, opening) => {
    expect(reading(subject, opening)).toMatch(/^(?:confirm-subscription|verify-account)$/u)
    expect(features(subject, opening).important).toBeNull()
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
    [
      'Presque inscrit 💌',
      'Salut ! Un clic et vous rejoignez notre liste. Lien : https://k.example/s',
    ],
    ['Fast angemeldet', 'Bitte noch kurz bestätigen.'],
    ['Foi você?', 'Alguém cadastrou na newsletter da Kelvamo. Sim, fui eu: https://k.example/s'],
  ])('confirms: %s', (subject, opening) => {
    expect(reading(subject, opening)).not.toBeNull()
  })

  it('a sign-in alert asking the same stays a security notice', () => {
    const alert = features('Was this you?', 'New sign-in from Chrome on Windows. Yes, it was me.')
    expect(alert.important).toBe('account-security')
    expect(alert.helpdesk).toBe(false)
  })
})
