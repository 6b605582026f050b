// The popup during a wave, the same steps in both browsers: what it shows (the figures, the
// important mail pinned, at most twelve companies drawn), axe with colour contrast, the company
// message, the report confirmation, the pinned mail opened in the inbox tab in one click, and one
// company's mails hidden with the keyboard and shown again from the log.
import { expect } from 'vitest'
import { gmailReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import type { BrowserDriver, DriverPage } from '../support/driver.ts'
import { axeViolations, button, countIs, GMAIL_INBOX, listsDrawn } from './steps.ts'

export interface PopupOptions {
  /** Flagged mails in the wave: Chromium shows 5,000 (its first render is measured there). */
  wave: number
  /** Opens the popup; Chromium's test traces its first render on the way. */
  openPopup?: (driver: BrowserDriver) => Promise<DriverPage>
}

export async function popupDuringWave(driver: BrowserDriver, options: PopupOptions) {
  const { wave } = options
  // On a 10-minute grid, the whole wave within the last 40 minutes: under way.
  const start = new Date(Math.floor(Date.now() / 600_000) * 600_000 - 40 * 60_000)
  const password: MailSpec = {
    threadId: 1_955_000_000_000_000_002n,
    senderName: 'Example Accounts',
    email: 'no-reply@accounts.example.com',
    subject: 'Your password was changed',
    snippet: 'If this was not you, secure your account',
    date: new Date(start.getTime() + 5 * 60_000),
    unread: true,
  }
  const mails = [
    ...waveMails(wave, start, Math.floor(1_200_000 / wave)),
    password,
    ...ordinaryMails(10, new Date(Date.now() - 3 * 86_400_000)),
  ]
  driver.serve('mail.google.com', gmailReplica(mails))
  const inbox = await driver.openMail(GMAIL_INBOX)
  // Polled twice a second: a check on every frame would itself slow the page it waits for.
  await inbox.waitFor(countIs, ['tr.zA[data-relay-shield]', mails.length], {
    timeout: 120_000,
    polling: 500,
  })

  const popup = await (options.openPopup ?? ((d) => d.openPopup()))(driver)
  await popup.text('#status-title', 'under way')
  await popup.waitFor(listsDrawn, null)
  const summary = await popup.evaluate(popupSummary, null)
  expect(summary.figures).toContain(`${wave} fake ticket confirmations from 12 companies`)
  expect(summary.important).toContain('Your password was changed')
  expect(summary.brands).toBe(12)
  expect(summary.rendered).toBeLessThanOrEqual(12)
  // Both themes where the browser can be told the scheme (not Firefox over BiDi).
  for (const scheme of popup.colorScheme ? (['light', 'dark'] as const) : [null]) {
    if (scheme) await popup.colorScheme?.(scheme)
    expect(await axeViolations(popup), `axe in the ${scheme ?? 'default'} theme`).toEqual([])
  }

  await popup.click(button('Tell this company'))
  expect(await popup.evaluate(() => document.querySelector('textarea')?.value, null)).toContain(
    'Rate-limit requests',
  )
  await popup.click(button('Close'))
  await popup.click(button('Report as spam'))
  await popup.text('.confirm', 'sending reputation')
  await popup.click(button('Cancel'))

  // The pinned password mail opens in the inbox tab in one click.
  await popup.click(button('Open “Your password was changed”'))
  const legacy = password.threadId.toString(16)
  await inbox.waitFor((id) => location.hash === `#inbox/${id}`, legacy)
  await inbox.evaluate(() => void (location.hash = '#inbox'), null)

  // Keyboard only: select the first company and hide only its mails.
  await popup.focus('li[aria-setsize] input[type=checkbox]')
  await popup.keyboard.press('Space')
  await popup.check({ role: 'checkbox', name: /Only the selected companies \(1\)/u })
  await popup.click(button('Hide'))
  await popup.text('[role=status]', 'Done:')
  // The page re-applies its view to every row in slices: wait for it to settle.
  await inbox.waitFor(countIs, ['tr[data-relay-shield-hidden]', summary.firstBrandMails])
  // Undo from the log shows them again.
  await popup.click(button('Undo'))
  await inbox.waitFor(countIs, ['tr[data-relay-shield-hidden]', 0])
  await popup.close()
  await inbox.close()
}

/** What the popup shows at a glance, once the lists below the chart are drawn. */
function popupSummary() {
  const first = document.querySelector('li[aria-setsize] .count')?.textContent ?? ''
  return {
    figures: document.querySelector('.status-card p')?.textContent ?? '',
    important: document.querySelector('.important')?.textContent ?? '',
    brands: Number(document.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize') ?? 0),
    rendered: document.querySelectorAll('li[aria-setsize]').length,
    firstBrandMails: Number(/\d+/u.exec(first)?.[0] ?? 0),
  }
}
