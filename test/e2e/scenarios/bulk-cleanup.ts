// The whole-wave cleanup in either browser: a 300-mail wave spread over seven pages of two inbox
// tabs (Primary and Updates, 50 conversations a page), with an important mail inside the wave and
// one company whose mails the user cleared. Each action is pressed in the popup once the wave was
// scanned, then undone from the log: every wave mail is acted on wherever it is, the important mail and
// the trusted company's mail are never touched, and the undo brings every mail back. It runs
// through the scenario driver (support/driver.ts) in both browsers.
import { expect } from 'vitest'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import type { BrowserDriver, DriverPage, ScenarioTest } from '../support/driver.ts'
import { allRowsJudged, button, firstBrand, GMAIL_INBOX, inFirstBrand } from './steps.ts'

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

const ACTIONS = [
  { button: 'Label “Relay spam”', log: 'Label “Relay spam”', where: 'inbox', label: true },
  { button: 'Archive', log: 'Archive', where: 'archive', label: false },
  { button: 'Report as spam', log: 'Report as spam', where: 'spam', label: false },
  { button: 'Delete', log: 'Delete', where: 'trash', label: false },
] as const

/** How long a whole-wave action over seven pages may take on a loaded machine. */
const ACTION = { timeout: 120_000 }

export const bulkTests: ScenarioTest[] = [
  {
    name: 'acts on every wave mail on every page and tab, keeps the rest, and undoes each action',
    timeout: 300_000,
    run: bulkScenario,
  },
]

async function bulkScenario(driver: BrowserDriver): Promise<void> {
  const { html, important } = bulkInbox(Date.now())
  driver.serve('mail.google.com', html)
  const inbox = await driver.openMail(GMAIL_INBOX)
  await inbox.waitFor(allRowsJudged, null)
  const popup = await driver.openPopup()
  await popup.text('li[aria-setsize]', 'mails')
  await popup.click(button('Scan the wave'))
  // The mail tab is in front while the webmail works, as it is behind the real popup's panel.
  await inbox.bringToFront()
  await popup.text('body', `${BULK_WAVE} fake ticket confirmations`, ACTION)
  // Trusted once the scan has read all of its mails: each one the user cleared stays put.
  const trusted = await firstBrand(popup)
  await popup.click(inFirstBrand('Not relay spam'))
  await popup.text('body', 'from 11 companies')
  const isWave = (mail: { email: string }) =>
    /zendesk|freshdesk|li\.me/u.test(mail.email) && !mail.email.includes(trusted)
  for (const action of ACTIONS)
    await actAndUndo(popup, inbox, action, { isWave, trusted, important })
  await popup.close()
  await inbox.close()
}

async function actAndUndo(
  popup: DriverPage,
  inbox: DriverPage,
  action: (typeof ACTIONS)[number],
  {
    isWave,
    trusted,
    important,
  }: { isWave: (mail: ReplicaMail) => boolean; trusted: string; important: MailSpec },
): Promise<void> {
  const cleaned = BULK_WAVE - PER_COMPANY
  await popup.click(button(action.button))
  if (action.where === 'spam') await popup.click(button('Report anyway'))
  await inbox.bringToFront()
  // The log names each action once: its line is this action's, finished.
  await popup.text('ul.log', `${action.log}: ${cleaned} of ${cleaned} mails`, ACTION)
  const after = await inbox.evaluate(replicaMails, null)
  const acted = after.filter(isWave)
  expect(acted).toHaveLength(cleaned)
  for (const mail of acted) {
    expect(mail.where).toBe(action.where)
    if (action.label) expect(mail.labels).toContain('Relay spam')
  }
  const kept = after.filter((mail) => !isWave(mail))
  expect(kept.every((mail) => mail.where === 'inbox' && mail.labels.length === 0)).toBe(true)
  expect(kept.some((mail) => mail.thread === `#thread-f:${important.threadId}`)).toBe(true)
  expect(kept.filter((mail) => mail.email.includes(trusted))).toHaveLength(PER_COMPANY)
  await popup.click({
    role: 'button',
    name: 'Undo',
    within: { css: 'ul.log li', hasText: new RegExp(`^${action.log}:`, 'u') },
  })
  await inbox.bringToFront()
  await popup.text('ul.log', `Undo “${action.log}”: ${cleaned} of ${cleaned} mails`, ACTION)
  const back = await inbox.evaluate(replicaMails, null)
  expect(back.filter((mail) => mail.where !== 'inbox')).toEqual([])
  expect(back.filter((mail) => mail.labels.includes('Relay spam'))).toEqual([])
}

// ---- page functions ----

interface ReplicaMail {
  thread: string
  email: string
  where: string
  labels: string[]
}

function replicaMails(): ReplicaMail[] {
  return (window as unknown as { __replicaMails: () => ReplicaMail[] }).__replicaMails()
}
