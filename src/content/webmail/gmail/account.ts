// Which Gmail account a page shows. Gmail titles every page "<view> - <address> - <product>"
// ("Inbox (12) - person1@example.com - Vendor 1 Mail" in the 2025 fixtures; "… - Gmail" for
// consumer accounts). In a conversation the view part is the mail's subject, which a sender
// chooses: "Request received: contact admin@evil.example" must never name the account. So only
// the segment right before the product name is read, and it must be an address on its own.

const SEPARATOR = ' - '
const WHOLE_ADDRESS = /^[^\s@()<>]+@[^\s@()<>]+\.[a-z]{2,}$/iu

/** The account's address from the title's trailing "- address - product" part, or null. */
export function gmailTitleAddress(title: string): string | null {
  const parts = title.split(SEPARATOR)
  if (parts.length < 3) return null
  const candidate = parts[parts.length - 2]!.trim()
  return WHOLE_ADDRESS.test(candidate) ? candidate.toLowerCase() : null
}

/** The account index from the URL (/mail/u/1/), "0" when the URL names none. */
export function gmailAccountIndex(pathname: string): string {
  return /\/mail\/u\/(\d+)/u.exec(pathname)?.[1] ?? '0'
}
