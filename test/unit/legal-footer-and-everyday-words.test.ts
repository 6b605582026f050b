// A company's legal or antivirus footer under a person's mail (legal-footer.ts) and everyday words
// near a stem ("at any one time", "a one-time donation", "Récupérez votre panier") say nothing about
// what the mail is for: a person's long list post ending in either joins no wave, and a shop's cart
// reminder none either; a confirmation in the same closing, a sentence that only holds a footer's
// word, and an account won back still read. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const PROSE = 'I tried the installer twice on the old laptop and it stops halfway every time. '

const post = (closing: string): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 11, 2, 9),
  senderName: 'Ciarán Brady',
  senderAddress: 'c.brady@agency.example',
  subject: '[users] Installer stops halfway',
  snippet: PROSE.repeat(3),
  body: `${PROSE.repeat(6)}\n${closing}\n`,
})

const read = (closing: string) => {
  const features = extractFeatures(post(closing))
  return { joiner: features.joiner, helpdesk: features.helpdesk }
}

describe('a legal or antivirus footer', () => {
  it.each([
    'This e-mail and any attachments are confidential. If you have received this e-mail in error, please tell the sender.\nThis footnote also confirms that this e-mail message has been swept for the presence of computer viruses.',
    'Diese E-Mail ist vertraulich. Wenn Sie diese E-Mail irrtümlich erhalten haben, bestätigen Sie bitte die Löschung Ihrer Kopie.',
    'Ce message est confidentiel. Si vous avez reçu ce message par erreur, merci de confirmer sa suppression par e-mail.',
    'Este correo es confidencial. Si ha recibido este mensaje por error, confirme su eliminación por correo.',
  ])('joins no wave: %s', (closing) => {
    expect(read(closing)).toEqual({ joiner: false, helpdesk: false })
  })
})

describe('an everyday phrase', () => {
  it.each([
    'At any one time I keep about 9,000 messages before the old ones roll over.',
    'At one time 300 messages were lost that way.',
    'Thanks for the one-time donation to the club: 300 messages of thanks came in.',
  ])('joins no wave: %s', (closing) => {
    expect(read(closing)).toEqual({ joiner: false, helpdesk: false })
  })
})

describe('a confirmation in the same closing', () => {
  it('still reads', () => {
    const closing = 'Use this one-time link to sign in to the forum: it expires in 15 minutes.'
    expect(read(closing).joiner || read(closing).helpdesk).toBe(true)
  })
})

describe('a sentence that only holds a footer’s word', () => {
  it.each([
    'Your request has been received and will be handled confidentially.',
    'Please confirm your email to activate your virus protection.',
    'CONFIDENTIALITY NOTICE\nPlease confirm your subscription by clicking the link below.',
  ])('still reads: %s', (closing) => {
    expect(read(closing).joiner || read(closing).helpdesk).toBe(true)
  })

  it('is no footer in a subject or an opening', () => {
    const features = extractFeatures({
      id: 'm',
      date: 0,
      senderName: 'Tovalde',
      senderAddress: 'news@tovalde.example',
      subject: 'Your subscription is pending',
      snippet: 'This message is confidential. Please confirm to start receiving our letters.',
    })
    expect(features.joiner || features.helpdesk).toBe(true)
  })
})

describe('an account won back, and a cart', () => {
  const shop = (subject: string, snippet: string) =>
    extractFeatures({
      id: 'm',
      date: 0,
      senderName: 'Tovalde',
      senderAddress: 'no-reply@tovalde.example',
      subject,
      snippet,
    })

  it('reads the account as a reset', () => {
    expect(shop('Récupérez votre compte', 'Le lien ci-dessous est valable 3 heures.').kind).toBe(
      'verification',
    )
  })

  it.each([
    ['Récupérez votre panier', 'Vos articles vous attendent encore.'],
    ['Récupérez vos 200 points', 'Ils expirent dimanche.'],
  ])('joins no wave for a cart or points: %s', (subject, snippet) => {
    expect(shop(subject, snippet).joiner).toBe(false)
  })
})
