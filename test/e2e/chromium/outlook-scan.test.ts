// "Scan this folder" in real Chromium on a virtualised Outlook list (only the rows in view exist):
// the popup's button makes the tab scroll its list through once, every conversation is read and
// stored, and the user's scroll position is back where it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { outlookVirtualReplica } from '../../support/outlook-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'

const MAILS = 300

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: scan this Outlook folder', () => {
  it(
    'reads every conversation of a virtualised list and restores the position',
    { timeout: 120_000 },
    async () => {
      const now = Date.now()
      const mails = [
        ...waveMails(60, new Date(now - 40 * 60_000), 20_000),
        ...ordinaryMails(MAILS - 60, new Date(now - 3 * 86_400_000)),
      ]
      session.serve('outlook.office.com', outlookVirtualReplica(mails))
      const page = await session.context.newPage()
      await page.goto('https://outlook.office.com/mail/0/inbox')
      await page.waitForSelector('div[role=option][data-relay-shield]', { state: 'attached' })
      const rendered = await page.evaluate(
        () => document.querySelectorAll('div[role=option]').length,
      )
      expect(rendered).toBeLessThan(30) // the list is virtualised
      await page.evaluate(() => (document.querySelector('[role=listbox]')!.scrollTop = 1_000))

      const popup = await session.openPopup()
      await popup.getByRole('button', { name: 'Scan this folder' }).click()
      // A real popup floats over the visible inbox; here it is a tab, so the inbox is brought
      // back to the front, where the browser draws it at full rate.
      await page.bringToFront()
      await popup.waitForSelector(`text=Read ${MAILS} conversations.`, { timeout: 90_000 })
      expect(await page.evaluate(() => document.querySelector('[role=listbox]')!.scrollTop)).toBe(
        1_000,
      )
      await popup.reload()
      await popup.waitForSelector('[data-testid=total]')
      expect(await popup.textContent('[data-testid=total]')).toContain(`${MAILS} mails seen`)
      await popup.close()
      await page.close()
    },
  )
})
