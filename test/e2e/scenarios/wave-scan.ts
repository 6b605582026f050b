// "Scan the wave" through the popup, the same steps in both browsers: a wave of 150 mails of
// which Gmail's inbox page shows only the Primary ones (two thirds sit in the Updates tab, and
// the list pages at 50), so the popup first knows a part of it; the scan searches the wave's time
// span in the Gmail tab, and the popup then counts all of it. The inbox is put back.
import { expect } from 'vitest'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import type { BrowserDriver, ScenarioTest } from '../support/driver.ts'
import { allRowsJudged, button, GMAIL_INBOX } from './steps.ts'

const WAVE = 150
/** An account of its own, so that the scenario's wave is not mixed with another test's. */
const ACCOUNT = 'wave-scan@example.com'

export function scanInbox(now: number): { html: string; mails: MailSpec[] } {
  const start = new Date(Math.floor(now / 600_000) * 600_000 - 40 * 60_000)
  const wave = waveMails(WAVE, start, 10_000, 1_970_000_000_000_000_000n).map(
    (mail, i): MailSpec => ({
      ...mail,
      category: i % 3 === 0 ? 'primary' : 'updates',
    }),
  )
  const mails = [...wave, ...ordinaryMails(20, new Date(now - 2 * 86_400_000))]
  const html = gmailInteractiveReplica(mails).replaceAll('person1@example.com', ACCOUNT)
  return { html, mails }
}

export const waveScanTests: ScenarioTest[] = [
  {
    name: 'reads the wave on every page and tab, and the popup counts all of it',
    run: waveScanScenario,
  },
]

async function waveScanScenario(driver: BrowserDriver): Promise<void> {
  driver.serve('mail.google.com', scanInbox(Date.now()).html)
  const inbox = await driver.openMail(GMAIL_INBOX)
  await inbox.waitFor(allRowsJudged, null)
  const popup = await driver.openPopup()
  await popup.text('#status-title', 'under way')
  const before = Number(
    /(\d+) fake ticket/u.exec(await popup.text('.headline', ' fake ticket'))![1],
  )
  expect(before).toBeLessThan(WAVE)
  await popup.click(button('Scan the wave'))
  // The mail tab is in front while the webmail works, as it is behind the real popup's panel.
  await inbox.bringToFront()
  await popup.text('[role=status]', `Read ${WAVE} conversations.`)
  expect(await inbox.evaluate(() => window.location.hash, null)).toBe('#inbox')
  await popup.close()
  const again = await driver.openPopup()
  await again.text('.headline', `${WAVE} fake ticket confirmations`)
  await again.close()
  await inbox.close()
}
