// The popup's quiet and over states, as the same inbox is seen twice: first ordinary mail only,
// then with a wave from three days ago further down the list: the figures, what the popup
// offers, and axe with colour contrast in both. Shared by both browsers' tests.
import { expect } from 'vitest'
import { gmailReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'
import type { BrowserDriver, ScenarioTest } from '../support/driver.ts'
import { axeViolations, countIs, GMAIL_INBOX, listsDrawn } from './steps.ts'

export const OLD_WAVE = 48

export function statesInbox(now: number): { quiet: string; over: string; rows: [number, number] } {
  const ordinary = ordinaryMails(20, new Date(now - 86_400_000))
  // Three days ago, on an hour grid: a retry sends the very same mails.
  const start = new Date(Math.floor(now / 3_600_000) * 3_600_000 - 3 * 86_400_000)
  const old = waveMails(OLD_WAVE, start, 15_000, 1_930_000_000_000_000_000n)
  return {
    quiet: gmailReplica(ordinary),
    over: gmailReplica([...ordinary, ...old]),
    rows: [ordinary.length, ordinary.length + old.length],
  }
}

export const statesTests: ScenarioTest[] = [
  {
    name: 'says no wave on ordinary mail, then shows a wave from three days ago as over',
    run: statesScenario,
  },
]

async function statesScenario(driver: BrowserDriver): Promise<void> {
  const inbox = statesInbox(Date.now())
  for (const [html, rows] of [
    [inbox.quiet, inbox.rows[0]],
    [inbox.over, inbox.rows[1]],
  ] as const) {
    driver.serve('mail.google.com', html)
    const page = await driver.openMail(GMAIL_INBOX)
    await page.waitFor(countIs, ['tr.zA[data-relay-shield]', rows])
    const popup = await driver.openPopup()
    const quiet = html === inbox.quiet
    await popup.text('#status-title', quiet ? 'No relay' : 'is over')
    await popup.waitFor(listsDrawn, null)
    expectState(await popup.evaluate(stateSummary, null), quiet)
    expect(await axeViolations(popup), quiet ? 'quiet' : 'over').toEqual([])
    await popup.close()
    await page.close()
  }
}

/** Evaluated in the popup once its lists are drawn: its title, headline and cleanup buttons. */
function stateSummary(): { title: string; card: string; buttons: string[] } {
  return {
    title: document.querySelector('#status-title')?.textContent ?? '',
    card: document.querySelector('.status-card')?.textContent ?? '',
    buttons: [...document.querySelectorAll('[data-action]')].map(
      (button) => button.textContent ?? '',
    ),
  }
}

/** What each state must show: quiet offers nothing to clean; an old wave is over, with figures. */
function expectState(summary: ReturnType<typeof stateSummary>, quiet: boolean): void {
  if (quiet) {
    expect(summary.title).toBe('No relay spam wave')
    expect(summary.buttons).toEqual([]) // nothing to clean up
    return
  }
  expect(summary.title).toBe('The last relay spam wave is over')
  expect(summary.card).toContain(`${OLD_WAVE} fake ticket confirmations from 12 companies between`)
  expect(summary.buttons).toContain('Archive') // an old wave can still be cleaned up
}
