// The host part of a mail address, lowercased. Kept apart from sender.ts, which needs the Public
// Suffix List: the content scripts compare hosts too, and must not carry that list.

const MAX_ADDRESS_LENGTH = 320 // RFC 5321: 64 local + @ + 255 domain

/** "discord.zendesk.com" for "Support <help@Discord.Zendesk.com>"; empty when there is none. */
export function addressHost(address: string): string {
  const clean = address.trim().toLowerCase().slice(0, MAX_ADDRESS_LENGTH)
  const at = clean.lastIndexOf('@')
  return at >= 0 ? clean.slice(at + 1).replace(/[>\s]+$/u, '') : ''
}
