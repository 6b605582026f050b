// The first run and the popup's quiet and over states in real Chromium (the wave under way:
// popup.test.ts). First run: the welcome page opens on install, and its "See how it works" page
// plays a wave through the real marker, banner and popup views (a Chromium-only test, on the
// Playwright page of the tab the install opened). States: scenarios/popup-states.ts. One browser
// launch for both.
import { describe, expect, it } from 'vitest'
import { AXE_SOURCE, runAxe } from '../support/axe-in-page.ts'
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { welcomePage } from '../support/first-run.ts'
import { statesTests } from '../scenarios/popup-states.ts'

const chromium = useChromium()

describe('Chromium: the first run', () => {
  it('opens the welcome page on install, and its tour marks the played wave', async () => {
    const welcome = await welcomePage(chromium.driver().session)
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

runScenario(chromium, 'the popup when quiet and after a wave', statesTests)
