// Cleanup of a wave in Outlook on the web, pressed through the popup's own buttons in real
// Chromium, on the interactive virtualised reconstruction (only the rows in view exist): the
// folder is scanned, the pinned important mail opened from the popup, the wave categorised, one company archived, the rest moved to Junk Email and back again from the log
// through "Move to" (no sender blocked), and the user's scroll position is back after each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { extensionRequests } from '../support/network.ts'
import {
  outlookConvid,
  outlookVirtualReplica,
  type OutlookProbe,
} from '../../support/outlook-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from '../../support/mail-specs.ts'

const WAVE = 60 // five from each of twelve companies, at the top of a 300-conversation inbox
const ORDINARY = 240

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

declare const __outlook: OutlookProbe

describe('Chromium: Outlook cleanup through the popup buttons', () => {
  it(
    'scans, categorises, archives one company and moves the rest to Junk without blocking',
    { timeout: 120_000 },
    async () => {
      const now = Date.now()
      const wave = waveMails(WAVE, new Date(now - 40 * 60_000), 20_000)
      // A password change arrived during the wave; its row is far above the user's position.
      const password: MailSpec = {
        threadId: 1_955_000_000_000_000_001n,
        senderName: 'Example Accounts',
        email: 'no-reply@accounts.example.com',
        subject: 'Your password was changed',
        snippet: 'If this was not you, secure your account',
        date: new Date(now - 30 * 60_000),
        unread: true,
      }
      const mails = [
        password,
        ...wave,
        ...ordinaryMails(ORDINARY - 1, new Date(now - 3 * 86_400_000)),
      ]
      session.serve('outlook.live.com', outlookVirtualReplica(mails))
      const inbox = await session.context.newPage()
      await inbox.goto('https://outlook.live.com/mail/0/')
      await inbox.waitForSelector('div[role=option][data-relay-shield]', { state: 'attached' })
      const scrollTop = () =>
        inbox.evaluate(() => document.querySelector('[role=listbox]')!.scrollTop)
      await inbox.evaluate(() => (document.querySelector('[role=listbox]')!.scrollTop = 2_000))
      const popup = await session.openPopup()
      // A real popup floats over the visible inbox; here it is a tab, so after each press the
      // inbox is brought to the front, where the browser draws (and scrolls) it at full rate.
      const press = async (name: string) => {
        await popup.getByRole('button', { name, exact: true }).first().click()
        await inbox.bringToFront()
      }
      await press('Scan this folder')
      await popup.waitForSelector(`text=Read ${WAVE + ORDINARY} conversations.`)
      await popup.reload()
      await popup.waitForSelector('li[aria-setsize]')

      // The pinned password mail opens in the reading pane although its row was out of view.
      await press('Open “Your password was changed”')
      await inbox.waitForFunction(
        () =>
          document.querySelector('[data-app-section=MailReadCompose] [role=heading]')
            ?.textContent === 'Your password was changed',
      )
      expect(await scrollTop()).toBe(2_000)
      const done = (count: number) => popup.waitForSelector(`text=/Done: ${count} mails/`)

      await press('Categorize “Relay spam”')
      await done(WAVE)
      const waveIds = wave.map(outlookConvid).sort()
      expect((await inbox.evaluate(() => __outlook.categorized('Relay spam'))).sort()).toEqual(
        waveIds,
      )
      expect(await scrollTop()).toBe(2_000)

      await popup.locator('li[aria-setsize] input[type=checkbox]').first().check()
      await popup.getByRole('checkbox', { name: /Only the selected companies \(1\)/u }).check()
      await press('Archive')
      await done(5)
      const archived = await inbox.evaluate(() => __outlook.folder('archive'))
      expect(archived).toHaveLength(5)

      await popup.getByRole('checkbox', { name: /Only the selected companies/u }).uncheck()
      await popup.getByRole('button', { name: 'Move to Junk' }).click()
      expect(await popup.textContent('.confirm')).toContain('would also block each sender')
      await press('Move to Junk')
      await done(WAVE - 5)
      const junk = await inbox.evaluate(() => __outlook.folder('junkemail'))
      expect([...junk, ...archived].sort()).toEqual(waveIds)
      expect(await inbox.evaluate(() => __outlook.blocked())).toEqual([])
      expect(await inbox.evaluate(() => __outlook.folder('inbox'))).toHaveLength(ORDINARY)
      expect(await scrollTop()).toBe(2_000)
      const log = await popup.locator('ul.log li').allTextContents()
      expect(log.map((line) => line.split(':')[0])).toEqual([
        'Move to Junk',
        'Archive',
        'Categorize “Relay spam”',
      ])

      // Undo the move from the log: the mails come back from Junk Email to the inbox, and the
      // inbox is shown again.
      const junkLine = popup.locator('ul.log li', { hasText: /^Move to Junk:/u })
      await junkLine.getByRole('button', { name: 'Undo' }).click()
      await popup.waitForSelector(`text=/Undo “Move to Junk”: ${WAVE - 5} of ${WAVE - 5} mails/`)
      expect(await inbox.evaluate(() => __outlook.folder('junkemail'))).toEqual([])
      expect(await inbox.evaluate(() => __outlook.folder('inbox'))).toHaveLength(
        ORDINARY + WAVE - 5,
      )
      expect(await inbox.evaluate(() => __outlook.shown())).toBe('inbox')
      expect(await inbox.evaluate(() => __outlook.blocked())).toEqual([])
      // Privacy: the page, the popup and the worker made no request of their own.
      expect(extensionRequests(session.seen, session.served)).toEqual([])
      await popup.close()
      await inbox.close()
    },
  )
})
