// The inbox under attack that the e2e tests and the demo share: a 40-mail relay wave in twelve
// minutes from twelve brands, ten ordinary mails, and the real fixture's own fourteen rows.
import { gmailReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import {
  OUTLOOK_OPEN_SUBJECT,
  outlookItemId,
  outlookReplica,
  type OutlookPageOptions,
} from '../../support/outlook-replica.ts'

export const WAVE_START = new Date(2026, 10, 17, 10, 0)
export const REAL_FIXTURE_ROWS = 14

export function attackScenario(): { wave: MailSpec[]; ordinary: MailSpec[] } {
  return {
    wave: waveMails(40, WAVE_START, 18_000),
    ordinary: ordinaryMails(10, new Date(2026, 10, 16, 9, 0)),
  }
}

export function gmailAttackPage(): { html: string; waveRows: number; cleanRows: number } {
  const { wave, ordinary } = attackScenario()
  return {
    html: gmailReplica([...wave, ...ordinary], { keepRealRows: true }),
    waveRows: wave.length,
    cleanRows: ordinary.length + REAL_FIXTURE_ROWS,
  }
}

/** Outlook dates are "today" times, so this wave is placed in the last hour before `now`. */
function outlookMails(now: Date): { wave: MailSpec[]; ordinary: MailSpec[] } {
  const start = new Date(now.getTime() - 50 * 60_000)
  const wave = waveMails(20, start, 60_000)
  const ordinary = ordinaryMails(5, new Date(now.getTime() - 6 * 3_600_000)).map((mail) => ({
    ...mail,
    date: new Date(Math.min(mail.date.getTime(), now.getTime() - 60_000)),
  }))
  return { wave, ordinary }
}

export function outlookAttackPage(now: Date): {
  html: string
  waveRows: number
  cleanRows: number
} {
  const { wave, ordinary } = outlookMails(now)
  return {
    // The first relay acknowledgement is open in the reading pane.
    html: outlookReplica([...wave, ...ordinary], { opened: wave[0] }),
    waveRows: wave.length,
    cleanRows: ordinary.length,
  }
}

/** Verdict attribute of every row, in page order; runs in the page. */
export function rowVerdicts(selector: string): (string | null)[] {
  return [...document.querySelectorAll(selector)].map((row) =>
    row.getAttribute('data-relay-shield'),
  )
}

/**
 * The first relay acknowledgement opened in each way Outlook shows a mail (docs/webmail-pages.md
 * 4.3): the first page lists every mail, so later pages without a list (reading pane off, pop-out
 * windows) find it among the rows stored. Served on outlook.live.com at `path`.
 */
export function outlookLayoutPages(now: Date): { name: string; path: string; html: string }[] {
  const { wave, ordinary } = outlookMails(now)
  const mails = [...wave, ...ordinary]
  const opened = wave[0]!
  const item = encodeURIComponent(outlookItemId(opened))
  const page = (name: string, path: string, options: OutlookPageOptions) => ({
    name,
    path,
    html: outlookReplica(mails, { opened, ...options }),
  })
  return [
    page('reading pane right, conversation view', '/mail/0/inbox', { layout: 'right' }),
    page('reading pane below, message view', '/mail/0/inbox', {
      layout: 'bottom',
      view: 'message',
    }),
    page('several rows ticked', '/mail/0/inbox', { ticked: [wave[1]!, wave[2]!] }),
    page('reading pane off', `/mail/0/inbox/id/${item}`, { layout: 'off', view: 'message' }),
    page('pop-out window', `/mail/deeplink/read/${item}?ItemID=${item}&exvsurl=1`, {
      layout: 'popout',
    }),
    page('pop-out window by item id', `/mail/id/${item}`, { layout: 'popout', view: 'message' }),
  ]
}

/** The opened mail's banner after its subject and its body guarded; runs in the page. */
export function outlookOpenedWarning(subject: string): boolean {
  const heading = document.querySelector(subject)
  return (
    Boolean(heading?.nextElementSibling?.hasAttribute('data-relay-shield-banner')) &&
    Boolean(document.querySelector('#UniqueMessageBody_1[data-relay-shield-guard]'))
  )
}

export { OUTLOOK_OPEN_SUBJECT }

/** Outlook page UI at a glance: markers in rows, and the banner right after the open subject. */
export function outlookMarks(subject: string): {
  markers: number
  bannerAfterSubject: boolean
  guarded: boolean
} {
  const heading = document.querySelector(subject)
  return {
    markers: document.querySelectorAll('div[role=option] relay-shield-marker').length,
    bannerAfterSubject: Boolean(
      heading?.nextElementSibling?.hasAttribute('data-relay-shield-banner'),
    ),
    guarded: Boolean(document.querySelector('#UniqueMessageBody_1[data-relay-shield-guard]')),
  }
}
