// The whole-wave cleanup in either browser: a 300-mail wave spread over seven pages of two inbox
// tabs (Primary and Updates, 50 conversations a page), with an important mail inside the wave and
// one company whose mails the user cleared. Each action is pressed in the popup once the wave was
// scanned, then undone from the log: every wave mail is acted on wherever it is, the important mail and
// the trusted company's mail are never touched, and the undo brings every mail back. Only page
// functions are used, so Playwright (Chromium) and Puppeteer (Firefox) pages both run it.
import { expect } from 'vitest'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import { pressButton, textOf, undoInLog, waitText } from './popup-ui.ts'
import { firstBrand, pressInFirstBrand, type ScenarioPage } from './trust-scenario.ts'

export const BULK_WAVE = 300
/** Twelve companies take turns: 25 mails each. */
const PER_COMPANY = 25
const ACCOUNT = 'bulk-cleanup@example.com'

export interface BulkInbox {
  html: string
  important: MailSpec
}

export function bulkInbox(now: number): BulkInbox {
  const start = new Date(Math.floor(now / 600_000) * 600_000 - 55 * 60_000)
  const wave = waveMails(BULK_WAVE, start, 10_000).map((mail, i): MailSpec => ({
    ...mail,
    category: i % 3 === 0 ? 'primary' : 'updates',
  }))
  const important: MailSpec = {
    threadId: 1_950_000_000_000_000_000n,
    senderName: 'Northbank',
    email: 'alerts@northbank.example',
    // Worded like a confirmation ("received"): only its being a payment keeps it out of the wave.
    subject: 'Your payment of €52.10 has been received',
    snippet: 'Thank you. We received your payment of €52.10 for order 48812.',
    date: new Date(start.getTime() + 20 * 60_000),
    unread: true,
    category: 'primary',
  }
  const mails = [...wave, important, ...ordinaryMails(40, new Date(now - 2 * 86_400_000))]
  return {
    html: gmailInteractiveReplica(mails).replaceAll('person1@example.com', ACCOUNT),
    important,
  }
}

type Opened = ScenarioPage & { close(): Promise<void> }

const ACTIONS = [
  { button: 'Label “Relay spam”', log: 'Label “Relay spam”', where: 'inbox', label: true },
  { button: 'Archive', log: 'Archive', where: 'archive', label: false },
  { button: 'Report as spam', log: 'Report as spam', where: 'spam', label: false },
  { button: 'Delete', log: 'Delete', where: 'trash', label: false },
] as const

/** The mail tab: in front while the webmail works, as it is behind the real popup's panel. */
type MailTab = ScenarioPage & { bringToFront(): Promise<void> }

export async function bulkScenario(
  inbox: MailTab,
  openPopup: () => Promise<Opened>,
  important: MailSpec,
): Promise<void> {
  await inbox.evaluate(firstPageJudged, null)
  const popup = await openPopup()
  await popup.evaluate(textOf, ['li[aria-setsize]', 'mails'] as [string, string])
  await popup.evaluate(pressButton, 'Scan the wave')
  await inbox.bringToFront()
  await popup.evaluate(waitText, [`${BULK_WAVE} fake ticket confirmations`, 120] as const)
  // Trusted once the scan has read all of its mails: each one the user cleared stays put.
  const trusted = await popup.evaluate(firstBrand, null)
  await popup.evaluate(pressInFirstBrand, 'Not relay spam')
  const cleaned = BULK_WAVE - PER_COMPANY
  await popup.evaluate(waitText, ['from 11 companies', 30] as const)
  const isWave = (mail: { email: string }) =>
    /zendesk|freshdesk|li\.me/u.test(mail.email) && !mail.email.includes(trusted)
  const keptThread = `#thread-f:${important.threadId}`

  for (const action of ACTIONS) {
    await popup.evaluate(pressButton, action.button)
    if (action.where === 'spam') await popup.evaluate(pressButton, 'Report anyway')
    await inbox.bringToFront()
    // The log names each action once: its line is this action's, finished.
    await popup.evaluate(waitText, [`${action.log}: ${cleaned} of ${cleaned} mails`, 120] as const)
    const after = await inbox.evaluate(replicaMails, null)
    const acted = after.filter(isWave)
    expect(acted).toHaveLength(cleaned)
    for (const mail of acted) {
      expect(mail.where).toBe(action.where)
      if (action.label) expect(mail.labels).toContain('Relay spam')
    }
    const kept = after.filter((mail) => !isWave(mail))
    expect(kept.every((mail) => mail.where === 'inbox' && mail.labels.length === 0)).toBe(true)
    expect(kept.some((mail) => mail.thread === keptThread)).toBe(true)
    expect(kept.filter((mail) => mail.email.includes(trusted))).toHaveLength(PER_COMPANY)
    await popup.evaluate(undoInLog, action.log)
    await inbox.bringToFront()
    await popup.evaluate(waitText, [
      `Undo “${action.log}”: ${cleaned} of ${cleaned} mails`,
      120,
    ] as const)
    const back = await inbox.evaluate(replicaMails, null)
    expect(back.filter((mail) => mail.where !== 'inbox')).toEqual([])
    expect(back.filter((mail) => mail.labels.includes('Relay spam'))).toEqual([])
  }
  await popup.close()
}

// ---- page functions ----

/** Waits up to 30 s until every row of the page shown is judged. */
async function firstPageJudged(): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    const rows = document.querySelectorAll('tr.zA').length
    if (rows > 0 && rows === document.querySelectorAll('tr.zA[data-relay-shield]').length) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error('the first page was never judged')
}

interface ReplicaMail {
  thread: string
  email: string
  where: string
  labels: string[]
}

function replicaMails(): ReplicaMail[] {
  return (window as unknown as { __replicaMails: () => ReplicaMail[] }).__replicaMails()
}
