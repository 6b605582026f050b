// The popup's quiet and over states in real Chromium (the wave under way: popup.test.ts): the
// figures, what it offers, and axe with colour contrast in both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { AXE_SOURCE, runAxe } from '../support/axe-in-page.ts'
import { textOf } from '../support/popup-ui.ts'
import { expectState, stateSummary, statesInbox } from '../support/states-scenario.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: the popup when quiet and after a wave', () => {
  it('says no wave on ordinary mail, then shows a wave from three days ago as over', async () => {
    const inbox = statesInbox(Date.now())
    for (const [html, rows] of [
      [inbox.quiet, inbox.rows[0]],
      [inbox.over, inbox.rows[1]],
    ] as const) {
      session.serve('mail.google.com', html)
      const page = await session.context.newPage()
      await page.goto('https://mail.google.com/mail/u/0/#inbox')
      await page.waitForFunction(
        (n) => document.querySelectorAll('tr.zA[data-relay-shield]').length === n,
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
      await page.close()
    }
  })
})
