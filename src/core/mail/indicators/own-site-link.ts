// A company naming its own site in its subject ("Geocaching.com Weekly Cache Notification", "Your
// Example.com receipt", "www.example.org: new features") writes no link anyone typed into a form:
// a relay's typed-in link points elsewhere ("discord.gg/…", "claim-btc.xyz"). Only the sender's
// own brand, bare or after "www.", counts: a hosted helpdesk's tenant (acme.zendesk.com) owns no
// other tenant's name, and a path, a scheme or any other host left in the subject is still a link.
import { relayIndicators } from './indicators.ts'

/** The subject names a link, and every link it names is the sender's own site, bare. */
export function linksOnlyToSender(subject: string, brand: string): boolean {
  if (!brand) return false
  const own = new RegExp(
    `(?<![\\p{L}\\p{N}.@/:-])(?:www\\.)?${escaped(brand)}(?![\\p{L}\\p{N}./-]|:\\d)`,
    'giu',
  )
  const rest = subject.replace(own, ' ')
  return rest !== subject && !relayIndicators(rest, null).includes('link-in-subject')
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
