// What a verification's greeting greets (core/mail/indicators/greeted-title.ts greetedPayload):
// the name typed into the form, which in a wave is the attacker's text, in any of the seven
// languages (indicators.ts LEGAL_OTHER). A person's name, however long, says nothing of the
// kind, nor do a company's own words after a greeting that names nobody. Texts written here for
// the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'
import { relayIndicators } from '../../src/core/mail/indicators/indicators.ts'

const verification = (opening: string) =>
  extractFeatures({
    id: 'm',
    date: Date.UTC(2026, 11, 20, 9),
    senderName: 'Lurvo',
    senderAddress: 'accounts@lurvo.example',
    subject: 'Confirme o seu endereço de email',
    snippet: opening,
  })

describe('a verification that greets typed-in text', () => {
  it.each([
    'Olá AVISO: o seu site será removido por violação de direitos de autor, obrigado por se registar.',
    'Hallo Haftbefehl gegen Sie erlassen, danke für deine Registrierung.',
    'Hi FREE NITRO at nitro-drop.example, thanks for signing up.',
    'Ciao chiama subito +39 02 8899 7766, grazie per la registrazione.',
    'Hello, FBI warrant issued for your arrest. Thanks for signing up.',
    'Confirm your email address. Hi POLIZEI HAFTBEFEHL gegen Sie, danke.',
  ])('carries the payload’s indicators: %s', (opening) => {
    const features = verification(opening)
    expect(features.indicatorCount).toBeGreaterThan(0)
  })

  it.each([
    'Olá Maria da Conceição Ferreira dos Santos, obrigado por se registar.',
    'Hallo Tobias, danke für deine Registrierung.',
    'Hello, your request 2026112800123 has been received.',
    'Welcome to Lurvo! Say hello to your new crypto wallet.',
    'Welkom bij Lurvo! Wij bieden de beste manier om bitcoin te kopen.',
    'Bonjour Madame Votre police d’assurance est prête.',
  ])('carries none for a person’s name or the company’s own words: %s', (opening) => {
    expect(verification(opening).indicatorCount).toBe(0)
  })
})

describe('legal threats in the six other languages', () => {
  it.each([
    ['Plainte pénale déposée contre votre site', 'legal-threat'],
    ['Orden judicial: su web será retirada', 'legal-threat'],
    ['Mandato di arresto emesso', 'legal-threat'],
    ['Inbreuk op auteursrecht gemeld', 'legal-threat'],
    ['Rechtliche Schritte gegen Ihre Website eingeleitet', 'legal-threat'],
    ['Mise en demeure : votre site sera fermé', 'legal-threat'],
    ['Ihre Website wird innerhalb von 24 Stunden gelöscht', 'urgency'],
    ['Votre site sera supprimé dans les 24 heures', 'urgency'],
  ])('reads "%s" as %s', (text, code) => {
    expect(relayIndicators(text, null)).toContain(code)
  })

  it.each([
    'Nous vous répondrons sous 24 heures',
    'Ti risponderemo entro 24 ore',
    'Diffida dalle imitazioni',
    'Choisissez une police de caractères',
  ])('reads no threat in "%s"', (text) => {
    expect(relayIndicators(text, null)).toEqual([])
  })
})
