// The pages the link-guard e2e tests open: an opened relay mail in each webmail whose body holds
// every kind of link, and a page script that clicks a link before the verdict has arrived.
import { gmailInteractiveReplica, replicaLink } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'
import { outlookReplica, safeLink } from '../../support/outlook-replica.ts'
import { CLICK_BEFORE_VERDICT, gestureExtras } from './link-gestures.ts'
import { WAVE_START } from './scenario.ts'

export interface LinkPage {
  html: string
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
