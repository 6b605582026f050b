// The first run and the popup's quiet and over states in real Chromium (the wave under way:
// popup.test.ts). First run: the welcome page opens on install, and its "See how it works" page
// plays a wave through the real marker, banner and popup views. States: the figures, what the
// popup offers, and axe with colour contrast in both. One browser launch for both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { AXE_SOURCE, runAxe } from '../support/axe-in-page.ts'
import { textOf } from '../support/popup-ui.ts'
import { welcomePage } from '../support/first-run.ts'
import { expectState, stateSummary, statesInbox } from '../support/states-scenario.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: the first run', () => {
  it('opens the welcome page on install, and its tour marks the played wave', async () => {
    const welcome = await welcomePage(session)
    await welcome.getByRole('heading', { name: 'Relay Shield is on' }).waitFor()
    expect(await welcome.textContent('main')).toContain('makes no network requests')
    await welcome.emulateMedia({ reducedMotion: 'reduce' }) // the whole wave at once
    await welcome.getByRole('link', { name: 'See how it works' }).click()
    await welcome.waitForURL(/\/src\/tour\/index\.html$/u)
    const marked = welcome.locator('li[data-relay-shield="relay"] relay-shield-marker')
    await marked.nth(31).waitFor()
    expect(await marked.count()).toBe(32)
    expect(await welcome.locator('li[data-relay-shield="clean"]').count()).toBe(3)
    expect(await welcome.textContent('.headline')).toContain(
      '32 fake ticket confirmations from 16 companies',
    )
    await welcome.locator('[data-relay-shield-banner]').waitFor({ state: 'attached' })
    await welcome.evaluate(AXE_SOURCE)
    expect(await welcome.evaluate(runAxe)).toEqual([])
    await welcome.close()
  })
})

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
