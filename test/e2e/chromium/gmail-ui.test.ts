// Everything a Gmail user sees of Relay Shield, in real Chromium with the built extension, on an
// interactive replica inbox served at https://mail.google.com.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { extensionRequests } from '../support/network.ts'
import {
  actOnLargestWave,
  useOptionsPage,
  GMAIL_ACCOUNT,
  gmailUiScenario,
  rowStates,
  shadowText,
} from '../support/gmail-ui.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

describe('Chromium: the Gmail page UI', () => {
  it('marks, warns in an opened relay mail, guards its links, and cleans up through Gmail', async () => {
    const scenario = gmailUiScenario()
    session.serve('mail.google.com', scenario.html)
    const page = await session.context.newPage()
    await page.goto('https://mail.google.com/mail/u/0/#inbox')
    const waveSize = scenario.wave.length
    await page.waitForFunction(
      (n) => document.querySelectorAll('relay-shield-marker').length === n,
      waveSize,
    )
    expect(await page.evaluate(rowStates)).toEqual({
      rows: scenario.rows,
      relay: waveSize,
      markers: waveSize,
      hidden: 0,
    })
    // The reason shows on focus, for keyboard users.
    await page.focus('relay-shield-marker')
    expect(await page.getAttribute('relay-shield-marker', 'aria-label')).toMatch(/^Relay spam: .+/u)

    // A relay message opened: banner with the wave in plain words.
    await page.evaluate(
      (id) => (location.hash = `#inbox/${id}`),
      scenario.legacyId(scenario.wave[0]!),
    )
    await page.waitForFunction(() =>
      document
        .querySelector('[data-relay-shield-banner]')
        ?.shadowRoot?.textContent?.includes('One of'),
    )
    const banner = await page.evaluate(shadowText, 'data-relay-shield-banner')
    // Gmail's list shows minutes only, so the wave's span is whole minutes.
    expect(banner).toMatch(
      new RegExp(
        `One of ${waveSize} ticket confirmations from 12 companies within 1[12] minutes`,
        'u',
      ),
    )
    expect(banner).toContain('If you did not write to discord,')
    expect(banner).toContain('Hide this wave')

    // A link click in it does not navigate: the warning names the real destination.
    await page.click('div.a3s a')
    await page.waitForSelector('[data-relay-shield-link-warning]', { state: 'attached' })
    const warning = await page.evaluate(shadowText, 'data-relay-shield-link-warning')
    expect(warning).toContain(scenario.relayLink)
    expect(warning).toContain('nitro-claim.example')
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-relay-shield-link-warning]', { state: 'detached' })
    // The keyboard too: Enter on the focused link shows the same warning.
    await page.focus('div.a3s a')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-relay-shield-link-warning]', { state: 'attached' })
    await page.locator('[data-relay-shield-link-warning] [data-choice=cancel]').click()
    await page.waitForSelector('[data-relay-shield-link-warning]', { state: 'detached' })
    expect(page.url()).toBe(
      `https://mail.google.com/mail/u/0/#inbox/${scenario.legacyId(scenario.wave[0]!)}`,
    )
    // The blank start page and this one (the welcome page opened on install is the extension's).
    const webPages = session.context.pages().filter((p) => !p.url().startsWith('chrome-extension:'))
    expect(webPages).toHaveLength(2)

    // A genuine message opened: no banner, links untouched.
    await page.evaluate(
      (id) => (location.hash = `#inbox/${id}`),
      scenario.legacyId(scenario.ordinary[0]!),
    )
    await page.waitForFunction(
      () =>
        document.querySelector('h2[data-thread-perm-id]') &&
        !document.querySelector('[data-relay-shield-banner]'),
    )
    await page.evaluate(() => new Promise(requestAnimationFrame))
    expect(await page.$('[data-relay-shield-banner]')).toBeNull()
    expect(await page.$('[data-relay-shield-guard]')).toBeNull()

    // Report from the banner asks first and explains the harm; confirmed, Gmail reports it.
    await page.evaluate(
      (id) => (location.hash = `#inbox/${id}`),
      scenario.legacyId(scenario.wave[1]!),
    )
    await page.waitForSelector('[data-relay-shield-banner]')
    await page.locator('[data-relay-shield-banner] [data-action=report]').click()
    await page.waitForSelector('[data-relay-shield-confirm]', { state: 'attached' })
    expect(await page.evaluate(shadowText, 'data-relay-shield-confirm')).toContain(
      'sending reputation',
    )
    await page.locator('[data-relay-shield-confirm] [data-choice=confirm]').click()
    await page.waitForFunction(
      () => location.hash === '#inbox' && !document.querySelector('h2[data-thread-perm-id]'),
    )
    expect((await page.evaluate(rowStates)).relay).toBe(waveSize - 1)

    // Bulk hide from the popup through the typed protocol, then undo from the page's notice.
    const popup = await session.openPopup()
    const hidden = (await popup.evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'hide'] as [
      string,
      string,
    ])) as { results: Record<string, string> }
    expect(Object.values(hidden.results).filter((r) => r === 'done')).toHaveLength(waveSize)
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-relay-shield-hidden]').length === n,
      waveSize - 1,
    )
    expect(await page.isVisible('tr[data-relay-shield-hidden]')).toBe(false)
    await page.locator('[data-relay-shield-notice] button').click()
    await page.waitForFunction(
      () => document.querySelectorAll('tr[data-relay-shield-hidden]').length === 0,
    )

    // Bulk archive: rows selected by their checkboxes, Gmail's Archive pressed, rows gone.
    const archived = (await popup.evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'archive'] as [
      string,
      string,
    ])) as { results: Record<string, string> }
    const outcomes = Object.values(archived.results)
    expect(outcomes.filter((r) => r === 'done')).toHaveLength(waveSize - 1)
    expect(outcomes.filter((r) => r === 'not-found')).toHaveLength(1) // the one reported above
    expect(await page.evaluate(rowStates)).toEqual({
      rows: scenario.rowsAfter(waveSize),
      relay: 0,
      markers: 0,
      hidden: 0,
    })

    // The options page: a setting saved, then all stored data cleared after confirmation.
    const options = await session.openOptions()
    expect(await options.evaluate(useOptionsPage)).toEqual({
      saved: 'Saved.',
      cleared: 'All stored data was cleared.',
    })
    await options.close()

    // Privacy: in all of that the extension made no request; the page's own images were all.
    expect(extensionRequests(session.seen, session.served)).toEqual([])
    console.info(`requests observed during the flow: ${session.seen.length}, by the extension: 0`)
    // The recorder does see extension traffic: a fetch from the worker and from the popup, and a
    // pixel a content script might add, are all reported.
    const worker = await session.worker()
    await worker.evaluate(() => fetch('https://collect.example/w').catch(() => null))
    await popup.evaluate(() => fetch('https://collect.example/x').catch(() => null))
    await page.evaluate(() => {
      const pixel = document.createElement('img')
      // The page's own image path (images/cleardot.gif on /mail/u/0/) on another host.
      pixel.src = 'https://collect.example/mail/u/0/images/cleardot.gif'
      document.body.append(pixel)
    })
    await page.waitForFunction(() => document.querySelector('img[src*="collect.example"]'))
    await expect
      .poll(() => extensionRequests(session.seen, session.served))
      .toEqual([
        'worker fetch https://collect.example/w',
        'extension-page fetch https://collect.example/x',
        'page image https://collect.example/mail/u/0/images/cleardot.gif',
      ])
    await popup.close()
    await page.close()
  })
})
