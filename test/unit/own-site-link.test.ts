// A company naming its own site in its subject carries no typed-in link (core/mail/indicators/own-site-link.ts):
// the relay indicator is left out, and such a notice from an automated sender new to the inbox
// joins no wave on it. Another host, a path, a scheme, an address or a helpdesk's other tenant stays
// a link. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'
import { linksOnlyToSender } from '../../src/core/mail/indicators/own-site-link.ts'

const mail = (subject: string, senderAddress = 'notify@ravelly.com') =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Ravelly',
    senderAddress,
    subject,
    snippet: 'Recent trails near you: Old Mill loop (2.4 miles NW), Quarry path (5.1 miles SE).',
  })

describe('a subject naming the sender’s own site', () => {
  it.each(['Ravelly.com Weekly Trail Notification', 'www.ravelly.com: trails this week'])(
    'carries no link indicator: %s',
    (subject) => {
      const features = mail(subject)
      expect(features.reasons).not.toContain('link-in-subject')
      expect(features.joiner).toBe(false)
    },
  )
})

describe('a subject naming more than the sender’s site', () => {
  it.each([
    ['Claim your reward at btc-claim.xyz today', 'ravelly.com'],
    ['ravelly.com or discord.gg/abc', 'ravelly.com'],
    ['ravelly.com claim at http://45.33.12.9/nitro', 'ravelly.com'],
    ['https://ravelly.com/free-nitro', 'ravelly.com'],
    ['ravelly.com/free-nitro', 'ravelly.com'],
    ['Claim free nitro at nitro-claim.zendesk.com', 'acme.zendesk.com'],
    ['Claim free nitro at acme.zendesk.com.evil.io', 'acme.zendesk.com'],
  ])('keeps the link: %s', (subject, brand) => {
    expect(linksOnlyToSender(subject, brand)).toBe(false)
  })

  it('keeps the indicator on the whole mail', () => {
    expect(mail('Claim your reward at btc-claim.xyz today').reasons).toContain('link-in-subject')
  })
})
