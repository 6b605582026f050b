// A company's legal or antivirus footer under a person's mail (footer-reason.ts DISCLAIMER) and an
// everyday phrase that spells a stem (lexicon-idioms.ts: "at any one time") say nothing about what
// the mail is for: a person's long list post ending in either joins no wave, while a confirmation
// in the same closing still reads. Texts written here for the test.
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
