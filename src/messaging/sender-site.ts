// Which accounts a content script may speak for: only the one its own page shows. A page of one
// webmail must never store rows, read a wave or trust a mail under another site's account, or
// under another mailbox of the same site (a hostile page, or a content script fooled by one). The
// background checks each claim against the sending tab's URL, which the browser reports and the
// page cannot forge.

const GMAIL_HOST = 'mail.google.com'
const OUTLOOK_HOSTS = new Set([
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
])

/** True when `account` is one the page at `url` shows (see the adapters' account()). */
export function accountFitsPage(account: string, url: string | null | undefined): boolean {
  const page = parse(url)
  if (!page || page.protocol !== 'https:') return false
  const colon = account.indexOf(':')
  const site = account.slice(0, colon)
  const mailbox = account.slice(colon + 1)
  if (site === 'gmail') return page.host === GMAIL_HOST && gmailMailboxFits(mailbox, page.pathname)
  if (site === 'outlook') return OUTLOOK_HOSTS.has(page.host) && outlookMailboxFits(mailbox, page)
  return false
}

/** "u1" must be the URL's /mail/u/1/; an address is Gmail's own title's and cannot be checked. */
function gmailMailboxFits(mailbox: string, pathname: string): boolean {
  const index = /^\/mail\/u\/(\d+)/u.exec(pathname)?.[1] ?? '0'
  const claimed = /^u(\d+)$/u.exec(mailbox)?.[1]
  if (claimed !== undefined) return claimed === index
  return /^[^\s@]+@[^\s@]+$/u.test(mailbox)
}

/** "outlook.live.com/0": the host and the /mail/<n>/ mailbox of the URL itself. */
function outlookMailboxFits(mailbox: string, page: URL): boolean {
  const index = /\/mail\/(\d+)\//u.exec(page.pathname)?.[1] ?? '0'
  return mailbox === `${page.host}/${index}`
}

function parse(url: string | null | undefined): URL | null {
  try {
    return url ? new URL(url) : null
  } catch {
    return null
  }
}
