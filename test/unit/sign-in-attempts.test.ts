// Someone trying the person's password, a breach told to the account's users and new recovery
// codes are security notices (core/mail/important/important.ts isSecurityNotice): important in the seven
// languages, on mail that confirms nothing. A name typed into a sign-up form, a reset link's mail,
// an account that does not exist and everyday words near them are no such notice. Texts written
// here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'

const notice = (subject: string, snippet: string, senderAddress = 'security@palvendo.example') =>
  extractFeatures({ id: 'm', date: 0, senderName: 'Palvendo', senderAddress, subject, snippet })

describe('a security notice', () => {
  it.each([
    ['Someone tried to sign in to your account', 'We stopped it. Review your recent activity.'],
    ['Failed login attempts', 'There were 4 failed attempts to log in to Palvendo today.'],
    ['Fehlgeschlagene Anmeldeversuche', 'Es gab heute 4 fehlgeschlagene Anmeldeversuche.'],
    ['Tentative de connexion inhabituelle bloquée', 'Nous avons arrêté une connexion inconnue.'],
    ['Alguien intentó acceder a tu cuenta', 'Lo hemos bloqueado. Revisa tu actividad.'],
    ['Alguém tentou entrar na sua conta', 'Bloqueámos uma tentativa desconhecida.'],
    ['Qualcuno ha tentato di accedere', 'Abbiamo bloccato un accesso sconosciuto.'],
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
  it.each([
    ['Welcome, Failed login attempts', 'Please confirm your email address.'],
    ['Welcome, Your recovery codes', 'Please confirm your email address to activate your account.'],
  ])('a name typed into a sign-up form, in a verification: %s', (subject, snippet) => {
    expect(notice(subject, snippet, 'accounts@palvendo.example').important).toBeNull()
  })

  it('a reset link’s mail, whatever its subject says', () => {
    const features = notice(
      'Failed login attempt on your Palvendo account',
      'Reset your password here: https://palvendo.example/reset/8gg8m',
    )
    expect(features.important).toBeNull()
  })

  it('an account that does not exist', () => {
    const features = notice(
      'Someone tried to sign in',
      'Someone tried to log in with this email address, but no account exists.',
    )
    expect(features.important).toBeNull()
  })

  it.each([
    ['Open this link in a new browser', 'Your weekly digest is ready.'],
    ['Webinar: how to survive a data breach', 'Join us on Thursday.'],
    ['Backup codes for your gift card', 'Keep them safe.'],
  ])('everyday words near them: %s', (subject, snippet) => {
    expect(notice(subject, snippet, 'news@palvendo.example').important).toBeNull()
  })

  it('inside a helpdesk’s acknowledgement they are a typed-in title', () => {
    const features = notice(
      'Request received: Someone tried to sign in to your account',
      'Your request (48213) has been received and is being reviewed by our support staff.',
      'support@palvendo.zendesk.com',
    )
    expect(features.important).toBeNull()
  })
})
