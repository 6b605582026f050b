// The built extension on the real webmail hosts in real Chromium (scenarios/webmail.ts), and the
// toolbar badge and notification, read inside the service worker (Chromium only: a test reaches
// the worker there; Firefox's background page is out of WebDriver BiDi's reach).
import { expect } from 'vitest'
import { useChromium } from '../support/driver-chromium.ts'
import { runScenario } from '../support/driver.ts'
import { gmailRowsTest, outlookHostsTest, outlookLayoutsTest } from '../scenarios/webmail.ts'

/** The two calls this test makes on Chrome's extension API. */
interface ChromeApi {
  action: { getBadgeText(details: object): Promise<string> }
  notifications: { getAll(): Promise<Record<string, boolean>> }
}

const chromium = useChromium()

runScenario(chromium, 'the built extension on the real webmail hosts', [
  gmailRowsTest,
  outlookHostsTest,
  {
    // Right after the Outlook hosts: each of their pages held a 20-mail wave within the last hour.
    name: 'shows the wave under way on the toolbar badge and notifies once',
    run: async () => {
      const worker = await chromium.driver().session.worker()
      const state = await worker.evaluate(async () => {
        // Runs inside the extension's service worker, where Chrome's own API is global.
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome
        return {
          badge: await api.action.getBadgeText({}),
          notifications: Object.keys(await api.notifications.getAll()),
        }
      })
      expect(state.badge).toBe('20')
      expect(state.notifications.length).toBeGreaterThanOrEqual(1)
      expect(state.notifications.every((id) => id.startsWith('relay-shield-wave:'))).toBe(true)
    },
  },
  outlookLayoutsTest,
])
