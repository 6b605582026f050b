// The pages the link-guard e2e tests open: an opened relay mail in each webmail whose body holds
// every kind of link, and a page script that clicks a link before the verdict has arrived.
import { readFileSync } from 'node:fs'
import { gmailInteractiveReplica, replicaLink } from '../../support/gmail-replica.ts'
import type { MailSpec } from '../../support/mail-specs.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'
import { outlookReplica, safeLink } from '../../support/outlook-replica.ts'
import { CLICK_BEFORE_VERDICT, gestureExtras } from '../support/link-gestures.ts'
import { WAVE_START } from '../support/scenario.ts'

export interface LinkPage {
  /** The page served at the webmail's host: one page, or one per address. */
  html: string | ((url: URL) => string)
  /** Opened first, so that the wave is stored before `url` is opened. */
  visitFirst?: string
  /** Where the page is opened. */
  url: string
  /** Location hash that opens the relay mail, when it is not open from the start. */
  openHash: string | null
  /** The opened mail's link, as the webmail renders it in href. */
  link: string
  /** What the webmail itself would open for it, and so what "Open anyway" must open. */
  opens: string
}

/**
 * Gmail: a 40-mail wave listed, and one more mail of it whose row is not in the list, so that
 * opening it sends it for its verdict while it is already shown.
 */
export function gmailLinkPage(): LinkPage {
  const wave = waveMails(41, WAVE_START, 18_000)
  const later = wave[40]!
  const { url: link, safeRedirect } = replicaLink(later)
  const html = gmailInteractiveReplica(wave.slice(0, 40), {
    laterMails: [later],
    bodyExtras: gestureExtras(link),
  })
  return {
    html: html.replace('</body>', `${CLICK_BEFORE_VERDICT}</body>`),
    url: 'https://mail.google.com/mail/u/0/#inbox',
    openHash: `#inbox/${later.threadId.toString(16)}`,
    link,
    opens: safeRedirect,
  }
}

/** Outlook: the first mail of a 20-mail wave open in the reading pane, its links in Safe Links. */
export function outlookLinkPage(now: Date): LinkPage {
  const wave = waveMails(20, new Date(now.getTime() - 50 * 60_000), 60_000)
  const ordinary = ordinaryMails(3, new Date(now.getTime() - 6 * 3_600_000))
  const link = safeLink('https://nitro-claim.example/redeem')
  const html = outlookReplica([...wave, ...ordinary], {
    opened: wave[0],
    link,
    bodyExtras: gestureExtras(link),
  })
  return {
    html: html.replace('</body>', `${CLICK_BEFORE_VERDICT}</body>`),
    url: 'https://outlook.office.com/mail/0/inbox',
    openHash: null,
    link,
    opens: link,
  }
}

const PRINT_VIEW = 'test/fixtures/gmail/2026-reconstruction-print-view.html'

/**
 * Gmail's print view of one more mail of a listed 40-mail wave (docs/webmail-pages.md 2.5): the
 * inbox is opened first, so the wave is stored, then the print view, which no list row names.
 */
export function gmailPrintPage(): LinkPage {
  const wave = waveMails(41, WAVE_START, 18_000)
  const later = wave[40]!
  const { url: link } = replicaLink(later)
  const inbox = gmailInteractiveReplica(wave.slice(0, 40))
  const print = printView(later, link).replace('</body>', `${CLICK_BEFORE_VERDICT}</body>`)
  return {
    html: (url) => (url.searchParams.get('view') === 'pt' ? print : inbox),
    visitFirst: 'https://mail.google.com/mail/u/0/#inbox',
    url: `https://mail.google.com/mail/u/0/?ik=0a1b2c3d4e&view=pt&search=all&permthid=thread-f:${later.threadId}`,
    openHash: null,
    link,
    // The print view links straight to the address: that is what Gmail itself would open there.
    opens: link,
  }
}

/** The print-view reconstruction showing `mail`, its body holding `link` and the other links. */
function printView(mail: MailSpec, link: string): string {
  const date = mail.date.toLocaleString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
  return readFileSync(PRINT_VIEW, 'utf8')
    .replaceAll('[Request received] TAKE DOWN ORDERS', escape(mail.subject))
    .replace(
      '<b>Discord </b>&lt;noreply@discord.zendesk.com&gt;',
      `<b>${escape(mail.senderName)} </b>&lt;${mail.email}&gt;`,
    )
    .replace('Tue, Apr 8, 2025 at 8:00 AM', date)
    .replace('https://discord.zendesk.com/hc/requests/40000', link)
    .replace(
      '</font></div></td></tr></tbody></table></td></tr>',
      `</font>${gestureExtras(link)}</div></td></tr></tbody></table></td></tr>`,
    )
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
