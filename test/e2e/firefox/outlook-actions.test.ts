// Outlook on the web in real Firefox ESR, on the interactive virtualised reconstruction (only the
// rows in view exist): "Scan this folder" reads all 200 conversations and restores the position,
// then the wave is categorised and moved to Junk Email through "Move to", blocking no sender, and
// both are undone from the popup's log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIREFOX_OWN_HOSTS, launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { extensionRequests, unexpectedHosts } from '../support/network.ts'
import {
  outlookConvid,
  outlookVirtualReplica,
  type OutlookProbe,
} from '../../support/outlook-replica.ts'
import { ordinaryMails, waveMails } from '../../support/mail-specs.ts'
import { pressButton, textOf, undoInLog } from '../support/popup-ui.ts'

const WAVE = 36
const ORDINARY = 164

declare const __outlook: OutlookProbe

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

describe('Firefox: Outlook scan and cleanup through the popup', () => {
  it(
    'scans the virtualised folder, categorises the wave and moves it to Junk',
    { timeout: 120_000 },
    async () => {
      const now = Date.now()
      const wave = waveMails(WAVE, new Date(now - 30 * 60_000), 20_000)
      const mails = [...wave, ...ordinaryMails(ORDINARY, new Date(now - 2 * 86_400_000))]
      session.serve('outlook.office365.com', outlookVirtualReplica(mails))
      const inbox = await session.openMail('https://outlook.office365.com/mail/0/inbox')
      await inbox.waitForSelector('div[role=option][data-relay-shield]')
      const scrollTop = () =>
        inbox.evaluate(() => document.querySelector('[role=listbox]')!.scrollTop)
      await inbox.evaluate(() => void (document.querySelector('[role=listbox]')!.scrollTop = 700))

      let popup = await session.openPopup()
      const press = async (name: string) => {
        await popup.evaluate(pressButton, name)
        await inbox.bringToFront() // the popup floats over a visible inbox in real use
      }
      await press('Scan this folder')
      expect(await popup.evaluate(textOf, ['[role=status]', 'Read '] as [string, string])).toBe(
        `Read ${WAVE + ORDINARY} conversations.`,
      )
      expect(await scrollTop()).toBe(700)

      // A fresh popup shows the wave the scan found (reloading a moz-extension page never
      // resolves in this Firefox, docs/toolchain.md, "Real Firefox ESR").
      await popup.close()
      popup = await session.openPopup()
      await popup.waitForSelector('li[aria-setsize]')
      await press('Categorize “Relay spam”')
      await popup.evaluate(textOf, ['[role=status]', `Done: ${WAVE} mails`] as [string, string])
      const waveIds = wave.map(outlookConvid).sort()
      expect((await inbox.evaluate(() => __outlook.categorized('Relay spam'))).sort()).toEqual(
        waveIds,
      )

      await popup.evaluate(pressButton, 'Move to Junk')
      await popup.evaluate(textOf, ['.confirm', 'would also block each sender'] as [string, string])
      await press('Move to Junk')
      await popup.evaluate(textOf, ['[role=status]', `Done: ${WAVE} mails`] as [string, string])
      expect((await inbox.evaluate(() => __outlook.folder('junkemail'))).sort()).toEqual(waveIds)
      expect(await inbox.evaluate(() => __outlook.blocked())).toEqual([])
      expect(await inbox.evaluate(() => __outlook.folder('inbox'))).toHaveLength(ORDINARY)
      expect(await scrollTop()).toBe(700)

      // Undo both from the log: back from Junk Email, then the category taken off again.
      const undone = (text: string) => popup.evaluate(textOf, ['ul.log', text] as [string, string])
      await popup.evaluate(undoInLog, 'Move to Junk')
      await undone(`Undo “Move to Junk”: ${WAVE} of ${WAVE} mails`)
      expect(await inbox.evaluate(() => __outlook.folder('inbox'))).toHaveLength(ORDINARY + WAVE)
      expect(await inbox.evaluate(() => __outlook.shown())).toBe('inbox')
      await popup.evaluate(undoInLog, 'Categorize “Relay spam”')
      await undone(`Undo “Categorize “Relay spam””: ${WAVE} of ${WAVE} mails`)
      expect(await inbox.evaluate(() => __outlook.categorized('Relay spam'))).toEqual([])
      expect(await inbox.evaluate(() => __outlook.blocked())).toEqual([])
      // Privacy: the page, the popup and the background page made no request of their own.
      expect(extensionRequests(session.seen, session.served)).toEqual([])
      expect(unexpectedHosts(session.proxied, FIREFOX_OWN_HOSTS)).toEqual([])
      await popup.close()
      await inbox.close()
    },
  )
})
