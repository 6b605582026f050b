// Someone trying the person's password, a breach told to the account's users and new recovery
// codes are security notices (core/mail/important.ts): important in the seven languages, from the
// service's own sender. Inside a helpdesk's acknowledgement the same words are a typed-in title,
// and a sign-in code's mail stays no important mail. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'

const notice = (subject: string, snippet: string, senderAddress = 'security@palvendo.example') =>
  extractFeatures({ id: 'm', date: 0, senderName: 'Palvendo', senderAddress, subject, snippet })

describe('a security notice', () => {
  it.each([
    ['Someone tried to sign in to your account', 'We stopped it. Review your recent activity.'],
    ['Failed login attempts', 'There were 4 failed attempts to log in to Palvendo today.'],
    ['Fehlgeschlagene Anmeldeversuche', 'Es gab heute 4 fehlgeschlagene Anmeldeversuche.'],
    [
      'Tentative de connexion bloquée',
      'Nous avons bloqué une connexion depuis un appareil inconnu.',
    ],
    ['Alguien intentó acceder a tu cuenta', 'Hubo 3 intentos fallidos de inicio de sesión.'],
    ['Alguém tentou entrar na sua conta', 'Bloqueámos uma tentativa de acesso desconhecida.'],
    ['Tentativi di accesso non riusciti', 'Qualcuno ha tentato di accedere al tuo account.'],
    ['Mislukte inlogpogingen', 'Iemand probeerde in te loggen op je account.'],
    ['Was this you?', 'Someone entered the correct password for your account from a new browser.'],
    ['Important: a security incident at Palvendo', 'Some hashed passwords were accessed.'],
    ['Sicherheitsvorfall bei Palvendo', 'Unbefugte hatten Zugriff auf E-Mail-Adressen.'],
    ['Your recovery codes', 'You made new recovery codes. The old ones no longer work.'],
    ['Je herstelcodes', 'Je hebt nieuwe herstelcodes gemaakt.'],
  ])('is important: %s', (subject, snippet) => {
    expect(notice(subject, snippet).important).toBe('account-security')
  })
})

describe('the same words where they are no notice', () => {
  it('inside a helpdesk’s acknowledgement they are a typed-in title', () => {
    const features = notice(
      'Request received: Someone tried to sign in to your account',
      'Your request (48213) has been received and is being reviewed by our support staff.',
      'support@palvendo.zendesk.com',
    )
    expect(features.important).toBeNull()
  })

  it.each([
    [
      'Tentative de connexion à Palvendo',
      'Quelqu’un tente de se connecter avec cette adresse. Choisissez un nouveau mot de passe ici : https://palvendo.example/reset/8gg8m',
    ],
    [
      'Inloggen',
      'Er is een inlogpoging gedaan. Ga naar https://palvendo.example/auth/reset/5wc8g om verder te gaan.',
    ],
    [
      'Sign-in attempt at Palvendo',
      'Someone is signing in with this address. Reset your password here: https://palvendo.example/reset/8gg8m',
    ],
  ])(
    'a reset link under an attempt not said to be stopped is no notice: %s',
    (subject, snippet) => {
      expect(notice(subject, snippet).important).toBeNull()
    },
  )

  it('a reset link under an attempt said to be blocked is a notice', () => {
    const features = notice(
      'Sign-in attempt blocked',
      'We blocked a sign-in with your password from an unknown device. Reset your password here: https://palvendo.example/reset/8gg8m',
    )
    expect(features.important).toBe('account-security')
  })

  it('a sign-in code’s mail stays no important mail', () => {
    const features = notice(
      'Your sign-in code is 482913',
      'We received a sign-in attempt. Enter 482913 to continue. It expires in 10 minutes.',
    )
    expect(features.important).toBeNull()
  })
})
