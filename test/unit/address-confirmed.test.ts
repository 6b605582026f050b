// An email address said to be confirmed was confirmed by the click only its owner could make
// (core/mail/lexicon/done-confirmation.ts): such a notice is no confirmation a relay's sender triggers and
// joins no wave, in the seven languages, whatever else the mail says ("If you did not do this …");
// an address not confirmed yet, one that must be, or one to confirm, still reads as a
// verification. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Norvalle',
    senderAddress: 'accounts@norvalle.example',
    subject,
    snippet,
  })

describe('an email address said to be confirmed', () => {
  it.each([
    [
      'Your email address was confirmed',
      'Your account is now active. If you did not do this, contact us.',
    ],
    ['Ihre E-Mail-Adresse wurde bestätigt', 'Danke, Ihre E-Mail-Adresse ist bestätigt.'],
    ['Votre adresse e-mail est confirmée', 'Merci, votre adresse e-mail est confirmée.'],
    ['Tu correo se ha confirmado', 'Gracias, tu dirección de correo está confirmada.'],
    ['O seu e-mail foi confirmado', 'Obrigado, o seu endereço de e-mail está confirmado.'],
    ['Il tuo indirizzo e-mail è confermato', 'Grazie, il tuo indirizzo e-mail è confermato.'],
    ['Je e-mailadres is bevestigd', 'Bedankt, je e-mailadres is bevestigd.'],
    ['Votre e-mail a été vérifié', 'Merci, votre adresse e-mail est vérifiée.'],
  ])('is no confirmation and joins no wave: %s', (subject, snippet) => {
    const features = mail(subject, snippet)
    expect({ helpdesk: features.helpdesk, joiner: features.joiner }).toEqual({
      helpdesk: false,
      joiner: false,
    })
  })
})

describe('an address still to confirm', () => {
  it.each([
    ['Your email is not verified yet', 'Your account stays limited until then.'],
    ['E-Mail-Adresse noch nicht bestätigt', 'Ihr Konto bleibt bis dahin eingeschränkt.'],
    ['Please confirm your email address', 'Click the link to confirm your email address.'],
    ['Votre espace est presque prêt', 'Je vérifie mon adresse e-mail → https://norvalle.example/t'],
    ['Your email address needs to be verified', 'Your account stays limited until then.'],
    ["Your email isn't verified", 'Your account stays limited until then.'],
    ['Ihre E-Mail-Adresse muss bestätigt werden', 'Ihr Konto bleibt bis dahin eingeschränkt.'],
    ['Votre adresse e-mail doit être vérifiée', 'Votre compte reste limité.'],
    [
      'Welcome to Norvalle',
      'Please confirm your email address. Once your email is confirmed you can start.',
    ],
  ])('reads as a verification: %s', (subject, snippet) => {
    expect(mail(subject, snippet).kind).toBe('verification')
  })
})

describe('a confirmation asked for beside one said done', () => {
  it('still asks', () => {
    const subject = 'Please confirm your email: once it is confirmed you can sign in'
    const reading = evidenceOf({ subject, opening: '', templateKind: null, sender: null })
    expect(reading.confirmation).toBe('verify-email')
  })
})
