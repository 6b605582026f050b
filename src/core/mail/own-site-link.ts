// A company naming its own site in its subject ("Geocaching.com Weekly Cache Notification", "Your
// Example.com receipt", "www.example.org: new features") writes no link anyone typed into a form:
// a relay's typed-in link points elsewhere ("discord.gg/…", "claim-btc.xyz"). Such a subject
// carries no link as a relay indicator.

/** Host names in a text, with or without a scheme or "www.". */
const HOSTS =
  /(?<![a-z0-9.-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]{1,63}\.)+[a-z]{2,24})(?![a-z0-9-])/giu

/** Every host the subject names is the sender's registrable domain or one of its subdomains. */
export function linksOnlyToSender(subject: string, registrableDomain: string): boolean {
  if (!registrableDomain) return false
  const hosts = Array.from(subject.slice(0, 300).matchAll(HOSTS), (found) =>
    found[1]!.toLowerCase(),
  )
  return (
    hosts.length > 0 &&
    hosts.every((host) => host === registrableDomain || host.endsWith(`.${registrableDomain}`))
  )
}
