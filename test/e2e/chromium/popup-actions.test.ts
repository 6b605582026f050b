// Every cleanup action pressed through the popup's own buttons in real Chromium, on the
// interactive Gmail replica whose toolbar behaves as Gmail's does: label, archive one company,
// report the rest after the confirmation, the evidence export as a file, then each action undone
// from the log; last the whole wave deleted and brought back from the Bin.
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { gmailInteractiveReplica } from '../../support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'

const WAVE = 36 // three mails from each of the twelve companies

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

const relayRows = () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length

describe('Chromium: cleanup through the popup buttons', () => {
  it(
    'labels, archives one company, reports the rest after confirming, and exports',
    { timeout: 120_000 },
    async () => {
      const start = new Date(Math.floor(Date.now() / 600_000) * 600_000 - 30 * 60_000)
      const mails = [
        ...waveMails(WAVE, start, 20_000),
        ...ordinaryMails(6, new Date(Date.now() - 86_400_000)),
      ]
      session.serve('mail.google.com', gmailInteractiveReplica(mails))
      const inbox = await session.context.newPage()
      await inbox.goto('https://mail.google.com/mail/u/0/#inbox')
      await inbox.waitForFunction(
        (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
        mails.length,
        { polling: 200 },
      )
      const popup = await session.openPopup()
      await popup.waitForSelector('li[aria-setsize]')
      const done = (text: string) => popup.waitForSelector(`text=/Done: ${text} mails/`)

      await popup.getByRole('button', { name: 'Label “Relay spam”' }).click()
      await done(String(WAVE))
      expect(await inbox.evaluate(relayRows)).toBe(WAVE) // labelled rows stay in the list

      await popup.locator('li[aria-setsize] input[type=checkbox]').first().check()
      await popup.getByRole('checkbox', { name: /Only the selected companies \(1\)/u }).check()
      await popup.getByRole('button', { name: 'Archive' }).click()
      await done('3')
      await inbox.waitForFunction(
        (n) => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === n,
        WAVE - 3,
      )

      await popup.getByRole('checkbox', { name: /Only the selected companies/u }).uncheck()
      await popup.getByRole('button', { name: 'Report as spam' }).click()
      await popup.getByRole('button', { name: 'Report anyway' }).click()
      await done(String(WAVE - 3))
      await inbox.waitForFunction(
        () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === 0,
      )
      expect(await inbox.evaluate(() => document.querySelectorAll('tr.zA').length)).toBeGreaterThan(
        0,
      )

      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByRole('button', { name: 'Export CSV' }).click(),
      ])
      const csv = await readFile((await download.path())!, 'utf8')
      expect(download.suggestedFilename()).toMatch(/^relay-shield-wave-\d{4}-\d{2}-\d{2}\.csv$/u)
      expect(csv.split('\r\n')[0]).toBe('brand,mails,first,last,samples,reasons')
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(13)
      expect(csv).not.toMatch(/(^|,)"[=+\-@]/mu)
      const log = await popup.locator('ul.log li').allTextContents()
      expect(log.map((line) => line.split(':')[0])).toEqual([
        'Report as spam',
        'Archive',
        'Label “Relay spam”',
      ])

      // Undo from the log: each mail is found where the action put it and comes back.
      const undo = async (action: string, expected: number) => {
        const line = popup.locator('ul.log li', { hasText: new RegExp(`^${action}:`, 'u') })
        await line.getByRole('button', { name: 'Undo' }).click()
        await popup.waitForSelector(`text=/Undo “${action}”: ${expected} of ${expected} mails/`)
        await expect.poll(() => line.textContent()).toContain('undone')
      }
      await undo('Report as spam', WAVE - 3)
      expect(await inbox.evaluate(relayRows)).toBe(WAVE - 3)
      await undo('Archive', 3)
      expect(await inbox.evaluate(relayRows)).toBe(WAVE)
      const labelled = () => document.querySelectorAll('[data-replica-label="Relay spam"]').length
      expect(await inbox.evaluate(labelled)).toBe(WAVE)
      await undo('Label “Relay spam”', WAVE)
      expect(await inbox.evaluate(labelled)).toBe(0)
      expect(await inbox.evaluate(() => window.location.hash)).toBe('#inbox')
      expect(await popup.getByRole('button', { name: 'Undo' }).count()).toBe(0)

      // Delete the whole wave, then bring it back from the Bin.
      await popup.getByRole('button', { name: 'Delete' }).click()
      await done(String(WAVE))
      await inbox.waitForFunction(
        () => document.querySelectorAll('tr.zA[data-relay-shield="relay"]').length === 0,
      )
      await undo('Delete', WAVE)
      expect(await inbox.evaluate(relayRows)).toBe(WAVE)
      await popup.close()
      await inbox.close()
    },
  )
})
