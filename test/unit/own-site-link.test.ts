// A company naming its own site in its subject carries no typed-in link (core/mail/own-site-link.ts):
// the relay indicator is left out, and such a notice from an automated sender new to the inbox
// joins no wave on it. A link to anywhere else stays an indicator. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'
import { linksOnlyToSender } from '../../src/core/mail/own-site-link.ts'

const mail = (subject: string, senderAddress = 'notify@ravelly.example.com') =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Ravelly',
    senderAddress,
    subject,
    snippet: 'Recent trails near you: Old Mill loop (2.4 miles NW), Quarry path (5.1 miles SE).',
  })

describe('a subject naming the sender’s own site', () => {
  it.each([
    'Ravelly.example.com Weekly Trail Notification',
    'www.ravelly.example.com: trails this week',
    'News from https://trails.ravelly.example.com',
  ])('carries no link indicator: %s', (subject) => {
    const features = mail(subject)
    expect(features.reasons).not.toContain('link-in-subject')
    expect(features.joiner).toBe(false)
  })
})

describe('a subject naming another site', () => {
  it('keeps the link indicator', () => {
    expect(mail('Claim your reward at btc-claim.xyz today').reasons).toContain('link-in-subject')
  })

  it('keeps it when one of several hosts is someone else’s', () => {
    expect(linksOnlyToSender('ravelly.example.com and discord.gg/abc', 'example.com')).toBe(false)
    expect(linksOnlyToSender('ravelly.example.com', 'example.com')).toBe(true)
  })
})
