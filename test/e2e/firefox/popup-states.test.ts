// The popup's quiet and over states in real Firefox (the wave under way: popup.test.ts): the
// figures, what it offers, and axe with colour contrast in both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import { AXE_SOURCE, runAxe } from '../support/axe-in-page.ts'
import { textOf } from '../support/popup-ui.ts'
import { expectState, stateSummary, statesInbox } from '../support/states-scenario.ts'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

describe('Firefox: the popup when quiet and after a wave', () => {
  it('says no wave on ordinary mail, then shows a wave from three days ago as over', async () => {
    const inbox = statesInbox(Date.now())
    let page: Awaited<ReturnType<FirefoxSession['openMail']>> | undefined
    for (const [html, rows] of [
      [inbox.quiet, inbox.rows[0]],
      [inbox.over, inbox.rows[1]],
    ] as const) {
      session.serve('mail.google.com', html)
      await page?.close()
      page = await session.openMail('https://mail.google.com/mail/u/0/#inbox')
      await page.waitForFunction(
        (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
        {},
        rows,
      )
      const popup = await session.openPopup()
      const quiet = html === inbox.quiet
      await popup.evaluate(textOf, ['#status-title', quiet ? 'No relay' : 'is over'] as [
        string,
        string,
      ])
      expectState(await popup.evaluate(stateSummary), quiet)
      await popup.evaluate(AXE_SOURCE)
      expect(await popup.evaluate(runAxe), quiet ? 'quiet' : 'over').toEqual([])
      await popup.close()
    }
    await page?.close()
  })
})
