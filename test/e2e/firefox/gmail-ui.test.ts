// The Gmail page UI in real Firefox ESR with the built extension, on the interactive replica
// served at https://mail.google.com (same scenario as the Chromium test, other driver).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extensionRequests, unexpectedHosts } from '../support/network.ts'
import { FIREFOX_OWN_HOSTS, launchFirefox, type FirefoxSession } from '../support/firefox.ts'
import {
  actOnLargestWave,
  useOptionsPage,
  GMAIL_ACCOUNT,
  gmailUiScenario,
  rowStates,
  shadowText,
} from '../support/gmail-ui.ts'

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox()
})
afterAll(() => session?.close())

type Results = { results: Record<string, string> }

describe('Firefox: the Gmail page UI', () => {
  it('marks, warns in an opened relay mail, guards its links, and cleans up through Gmail', async () => {
    const scenario = gmailUiScenario()
    const waveSize = scenario.wave.length
    session.serve('mail.google.com', scenario.html)
    const page = await session.openMail('https://mail.google.com/mail/u/0/#inbox')
    await page.waitForFunction(
      (n) => document.querySelectorAll('relay-shield-marker').length === n,
      {},
      waveSize,
    )
    expect(await page.evaluate(rowStates)).toEqual({
      rows: scenario.rows,
      relay: waveSize,
      markers: waveSize,
      hidden: 0,
    })

    await page.evaluate(
      (id) => void (location.hash = `#inbox/${id}`),
      scenario.legacyId(scenario.wave[0]!),
    )
    await page.waitForFunction(() =>
      document
        .querySelector('[data-relay-shield-banner]')
        ?.shadowRoot?.textContent?.includes('One of'),
    )
    expect(await page.evaluate(shadowText, 'data-relay-shield-banner')).toMatch(
      new RegExp(`One of ${waveSize} ticket confirmations from 12 companies`, 'u'),
    )

    await page.click('div.a3s a')
    await page.waitForFunction(() => document.querySelector('[data-relay-shield-link-warning]'))
    const warning = await page.evaluate(shadowText, 'data-relay-shield-link-warning')
    expect(warning).toContain(scenario.relayLink)
    await page.click('[data-relay-shield-link-warning] >>> [data-choice=cancel]')
    await page.waitForFunction(() => !document.querySelector('[data-relay-shield-link-warning]'))
    expect(page.url()).toContain(`#inbox/${scenario.legacyId(scenario.wave[0]!)}`)
    expect(session.outsideRequests.filter((url) => url.includes('nitro-claim'))).toEqual([])

    await page.evaluate(
      (id) => void (location.hash = `#inbox/${id}`),
      scenario.legacyId(scenario.ordinary[0]!),
    )
    await page.waitForFunction(
      (id) =>
        document.querySelector('h2[data-thread-perm-id]')?.getAttribute('data-legacy-thread-id') ===
        id,
      {},
      scenario.legacyId(scenario.ordinary[0]!),
    )
    await page.evaluate(() => new Promise(requestAnimationFrame))
    expect(await page.$('[data-relay-shield-banner]')).toBeNull()
    await page.evaluate(() => void (location.hash = '#inbox'))

    const popup = await session.openPopup()
    const hidden = (await popup.evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'hide'] as [
      string,
      string,
    ])) as Results
    expect(Object.values(hidden.results).filter((r) => r === 'done')).toHaveLength(waveSize)
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-relay-shield-hidden]').length === n,
      {},
      waveSize,
    )
    await page.click('[data-relay-shield-notice] >>> button')
    await page.waitForFunction(
      () => document.querySelectorAll('tr[data-relay-shield-hidden]').length === 0,
    )

    const archived = (await popup.evaluate(actOnLargestWave, [GMAIL_ACCOUNT, 'archive'] as [
      string,
      string,
    ])) as Results
    expect(Object.values(archived.results).filter((r) => r === 'done')).toHaveLength(waveSize)
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

    // Privacy: the pages' requests in all of that were the page's own.
    expect(extensionRequests(session.seen, session.served)).toEqual([])
    // The background page, popup and options page reach the network only through the proxy.
    expect(unexpectedHosts(session.proxied, FIREFOX_OWN_HOSTS)).toEqual([])
    console.info(`requests observed during the flow: ${session.seen.length}, by the extension: 0`)
    // The recorder does see what a content script would add to the page.
    await page.evaluate(() => {
      const pixel = document.createElement('img')
      // The page's own image path (images/cleardot.gif on /mail/u/0/) on another host.
      pixel.src = 'https://collect.example/mail/u/0/images/cleardot.gif'
      document.body.append(pixel)
    })
    await expect
      .poll(() => extensionRequests(session.seen, session.served))
      .toEqual(['page subresource https://collect.example/mail/u/0/images/cleardot.gif'])
    // ...and the proxy sees what an extension page or the background page would fetch.
    await popup.evaluate(() => fetch('https://collect.example/x').catch(() => null))
    await expect
      .poll(() => unexpectedHosts(session.proxied, FIREFOX_OWN_HOSTS))
      .toEqual(['collect.example:443'])
    await popup.close()
    await page.close()
  })
})
