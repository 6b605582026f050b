// "Scan the wave" through the popup, the same steps in both browsers: a wave of 150 mails of
// which Gmail's inbox page shows only the Primary ones (two thirds sit in the Updates tab, and
// the list pages at 50), so the popup first knows a part of it; the scan searches the wave's time
// span in the Gmail tab, and the popup then counts all of it. The inbox is put back.
import { expect } from 'vitest'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import { pressButton, textOf } from './popup-ui.ts'
import type { ScenarioPage } from './trust-scenario.ts'

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

export async function waveScanScenario(
  inbox: ScenarioPage,
  openPopup: () => Promise<ScenarioPage & { close(): Promise<void> }>,
): Promise<void> {
  await inbox.evaluate(everyShownRowJudged, null)
  const popup = await openPopup()
  await popup.evaluate(textOf, ['#status-title', 'under way'] as [string, string])
  const before = await popup.evaluate(headlineCount, null)
  expect(before).toBeLessThan(WAVE)
  await popup.evaluate(pressButton, 'Scan the wave')
  await popup.evaluate(textOf, ['[role=status]', `Read ${WAVE} conversations.`] as [string, string])
  expect(await inbox.evaluate(() => window.location.hash, null)).toBe('#inbox')
  await popup.close()
  const again = await openPopup()
  await again.evaluate(textOf, ['.headline', `${WAVE} fake ticket confirmations`] as [
    string,
    string,
  ])
  await again.close()
}

/** Waits (up to 30 s) until every row of the shown list carries a verdict. */
async function everyShownRowJudged(): Promise<void> {
  for (let i = 0; i < 1_200; i++) {
    const rows = document.querySelectorAll('tr.zA').length
    if (rows > 0 && document.querySelectorAll('tr.zA[data-relay-shield]').length === rows) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error('the shown rows were never all judged')
}

/** The number the headline starts with ("50 fake ticket confirmations…"). */
async function headlineCount(): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const count = /(\d+) fake ticket/u.exec(document.querySelector('.headline')?.textContent ?? '')
    if (count) return Number(count[1])
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error('no count in the headline')
}
