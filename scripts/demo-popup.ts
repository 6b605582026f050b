// The demo's popup and options screenshots: every popup state (quiet, a wave under way, a wave
// over, dark theme, the company message, the report confirmation, a finished cleanup with its
// undo) and the options page.
import type { Page } from 'playwright-core'
import type { ChromiumSession } from '../test/e2e/support/chromium.ts'
import { gmailReplica } from '../test/support/gmail-replica.ts'
import { waveMails } from '../test/support/mail-specs.ts'

export const POPUP_SHOTS = [
  'popup-quiet.png',
  'popup-wave.png',
  'popup-wave-dark.png',
  'popup-tell.png',
  'popup-report-confirm.png',
  'popup-cleanup.png',
  'popup-over.png',
  'options.png',
]

export async function popupPage(session: ChromiumSession): Promise<Page> {
  const popup = await session.openPopup()
  await popup.setViewportSize({ width: 420, height: 900 })
  await popup.waitForSelector('#status-title')
  return popup
}

/** Screenshots of the popup while a wave is under way, then of its actions. */
export async function shootWave(session: ChromiumSession, out: string): Promise<void> {
  const popup = await popupPage(session)
  await popup.waitForSelector('li[aria-setsize]')
  await popup.screenshot({ path: `${out}/popup-wave.png`, fullPage: true })
  await popup.emulateMedia({ colorScheme: 'dark' })
  await popup.screenshot({ path: `${out}/popup-wave-dark.png`, fullPage: true })
  await popup.emulateMedia({ colorScheme: 'light' })
  await popup.getByRole('button', { name: 'Tell this company' }).first().click()
  await popup.screenshot({ path: `${out}/popup-tell.png`, fullPage: true })
  await popup.getByRole('button', { name: 'Close' }).click()
  await popup.getByRole('button', { name: 'Report as spam' }).click()
  await popup.screenshot({ path: `${out}/popup-report-confirm.png`, fullPage: true })
  await popup.getByRole('button', { name: 'Cancel' }).click()
  await popup.getByRole('button', { name: 'Hide' }).click()
  await popup.waitForSelector('text=/Done: \\d+ mails/')
  await popup.getByRole('button', { name: 'Undo' }).waitFor()
  await popup.screenshot({ path: `${out}/popup-cleanup.png`, fullPage: true })
  await popup.getByRole('button', { name: 'Undo' }).click()
  await popup.close()
}

/** A second account whose wave came yesterday: the popup shows it as over. */
export async function shootOver(session: ChromiumSession, out: string): Promise<void> {
  const yesterday = new Date(Date.now() - 30 * 3_600_000)
  const html = gmailReplica(waveMails(30, yesterday, 20_000)).replaceAll(
    'person1@example.com',
    'person2@example.com',
  )
  session.serve('mail.google.com', (url) => (url.pathname.includes('/u/1/') ? html : ''))
  const page = await session.context.newPage()
  await page.goto('https://mail.google.com/mail/u/1/#inbox')
  await page.waitForFunction(
    () => document.querySelectorAll('tr.zA[data-relay-shield]').length === 30,
  )
  const popup = await popupPage(session)
  await popup.selectOption('select', 'gmail:person2@example.com')
  await popup.waitForSelector('text=The last relay spam wave is over')
  await popup.screenshot({ path: `${out}/popup-over.png`, fullPage: true })
  await popup.close()
  await page.close()
}

export async function shootOptions(session: ChromiumSession, out: string): Promise<void> {
  const options = await session.openOptions()
  await options.setViewportSize({ width: 800, height: 1100 })
  await options.waitForSelector('fieldset')
  await options.screenshot({ path: `${out}/options.png`, fullPage: true })
  await options.close()
}
