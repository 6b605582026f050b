// The popup in real Firefox ESR during a wave: every state it shows there (under way, important
// mail pinned, the company message, the report confirmation, a finished cleanup), axe with colour
// contrast, and cleanup of one company through its own buttons with undo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { gmailReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'
import { AXE_SOURCE, runAxe } from '../support/axe-in-page.ts'
import { popupSummary, pressButton, selectFirstCompany, textOf } from '../support/popup-ui.ts'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

const WAVE = 120

describe('Firefox: the popup during a wave', () => {
  it(
    'shows the wave, passes axe, and cleans up one company with undo',
    { timeout: 120_000 },
    async () => {
      // On a 10-minute grid: a retry sends the very same mails, so it meets the same wave.
      const start = new Date(Math.floor(Date.now() / 600_000) * 600_000 - 30 * 60_000)
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
        ...waveMails(WAVE, start, 10_000),
        password,
        ...ordinaryMails(10, new Date(Date.now() - 3 * 86_400_000)),
      ]
      session.serve('mail.google.com', gmailReplica(mails))
      const page = await session.openMail('https://mail.google.com/mail/u/0/#inbox')
      await page.waitForFunction(
        (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
        { polling: 500, timeout: 60_000 },
        mails.length,
      )

      const popup = await session.openPopup()
      await popup.evaluate(textOf, ['#status-title', 'under way'] as [string, string])
      const summary = await popup.evaluate(popupSummary)
      expect(summary.figures).toContain(`${WAVE} fake ticket confirmations from 12 companies`)
      expect(summary.important).toContain('Your password was changed')
      expect(summary.brands).toBe(12)
      expect(summary.rendered).toBeLessThanOrEqual(12)

      await popup.evaluate(AXE_SOURCE)
      expect(await popup.evaluate(runAxe)).toEqual([])

      await popup.evaluate(pressButton, 'Tell this company')
      expect(await popup.evaluate(() => document.querySelector('textarea')?.value ?? '')).toContain(
        'Rate-limit requests',
      )
      await popup.evaluate(pressButton, 'Close')
      await popup.evaluate(pressButton, 'Report as spam')
      expect(
        await popup.evaluate(textOf, ['.confirm', 'sending reputation'] as [string, string]),
      ).toBeTruthy()
      await popup.evaluate(pressButton, 'Cancel')

      await popup.evaluate(selectFirstCompany)
      await popup.evaluate(pressButton, 'Hide')
      await popup.evaluate(textOf, ['[role=status]', 'Done:'] as [string, string])
      await page.waitForFunction(
        (n) => document.querySelectorAll('tr[data-relay-shield-hidden]').length === n,
        { polling: 100, timeout: 20_000 },
        summary.firstBrandMails,
      )
      await popup.evaluate(pressButton, 'Undo')
      await page.waitForFunction(() => !document.querySelector('tr[data-relay-shield-hidden]'), {
        polling: 100,
        timeout: 20_000,
      })
      await popup.close()
      await page.close()
    },
  )
})
