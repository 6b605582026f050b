// Every cleanup action pressed through the popup's own buttons in real Firefox ESR, on the
// interactive Gmail replica: label, archive one company, report the rest after confirming, then
// the report and the archive undone from the log, the whole wave deleted and brought back, and
// the evidence exported as JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'
import {
  exportedFile,
  pressButton,
  selectFirstCompany,
  textOf,
  undoInLog,
} from '../support/popup-ui.ts'

const WAVE = 36

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

describe('Firefox: cleanup through the popup buttons', () => {
  it(
    'labels, archives one company, and reports the rest after confirming',
    { timeout: 120_000 },
    async () => {
      const start = new Date(Math.floor(Date.now() / 600_000) * 600_000 - 30 * 60_000)
      const mails = [
        ...waveMails(WAVE, start, 20_000),
        ...ordinaryMails(6, new Date(Date.now() - 86_400_000)),
      ]
      session.serve('mail.google.com', gmailInteractiveReplica(mails))
      const page = await session.openMail('https://mail.google.com/mail/u/0/#inbox')
      const relayLeft = (n: number) =>
        page.waitForFunction(
          (count) => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === count,
          { polling: 100, timeout: 30_000 },
          n,
        )
      await relayLeft(WAVE)
      const popup = await session.openPopup()
      await popup.evaluate(textOf, ['#status-title', 'under way'] as [string, string])

      await popup.evaluate(pressButton, 'Label “Relay spam”')
      expect(
        await popup.evaluate(textOf, ['[role=status]', 'Done:'] as [string, string]),
      ).toContain(`Done: ${WAVE} mails`)
      await relayLeft(WAVE)

      await popup.evaluate(selectFirstCompany)
      await popup.evaluate(pressButton, 'Archive')
      await popup.evaluate(textOf, ['[role=status]', 'Done: 3 mails'] as [string, string])
      await relayLeft(WAVE - 3)

      // Untick "only the selected", then report the rest: the popup asks first.
      await popup.evaluate(() =>
        [...document.querySelectorAll('label')]
          .find((label) => label.textContent?.includes('Only the selected'))
          ?.querySelector('input')
          ?.click(),
      )
      await popup.evaluate(pressButton, 'Report as spam')
      await popup.evaluate(textOf, ['.confirm', 'sending reputation'] as [string, string])
      await popup.evaluate(pressButton, 'Report anyway')
      await popup.evaluate(textOf, ['[role=status]', `Done: ${WAVE - 3} mails`] as [string, string])
      await relayLeft(0)

      // Undo from the log: the reported mails come back from Spam, the archived from All Mail.
      await popup.evaluate(undoInLog, 'Report as spam')
      const undone = (text: string) => popup.evaluate(textOf, ['ul.log', text] as [string, string])
      await undone(`Undo “Report as spam”: ${WAVE - 3} of ${WAVE - 3} mails`)
      await relayLeft(WAVE - 3)
      await popup.evaluate(undoInLog, 'Archive')
      await undone('Undo “Archive”: 3 of 3 mails')
      await relayLeft(WAVE)
      expect(await page.evaluate(() => window.location.hash)).toBe('#inbox')

      // Delete the whole wave, then bring it back from the Bin.
      await popup.evaluate(pressButton, 'Delete')
      await popup.evaluate(textOf, ['[role=status]', `Done: ${WAVE} mails`] as [string, string])
      await relayLeft(0)
      await popup.evaluate(undoInLog, 'Delete')
      await undone(`Undo “Delete”: ${WAVE} of ${WAVE} mails`)
      await relayLeft(WAVE)

      // The evidence for a security team, as the JSON file the popup hands to the browser.
      const { file, text } = await popup.evaluate(exportedFile, 'Export JSON')
      expect(file).toMatch(/^relay-shield-wave-\d{4}-\d{2}-\d{2}\.json$/u)
      const evidence = JSON.parse(text) as { account: string; mails: number; brands: unknown[] }
      expect(evidence).toMatchObject({ account: 'gmail:person1@example.com', mails: WAVE })
      expect(evidence.brands).toHaveLength(12)
      await popup.close()
      await page.close()
    },
  )
})
