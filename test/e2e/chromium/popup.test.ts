// The popup in real Chromium on a wave of 2,000 flagged mails (scenarios/popup.ts), its first
// render measured and printed for the record on the way (Chromium only: a CDP trace). How fast
// the wave is on screen with 5,000 flagged mails is the popup benchmark's (scripts/bench-popup.ts).
import { describe, expect, it } from 'vitest'
import { chromiumPage, useChromium, type ChromiumDriver } from '../support/driver-chromium.ts'
import { POPUP_PATH } from '../support/paths.ts'
import { traceTasks } from '../support/trace.ts'
import { popupDuringWave } from '../scenarios/popup.ts'

const WAVE = 2_000
const chromium = useChromium()

describe('Chromium: the popup during a wave of 2,000 flagged mails', () => {
  it(
    'shows the wave fast, passes axe, and cleans up through its own buttons',
    { timeout: 180_000 },
    async () => {
      await popupDuringWave(chromium.driver(), { wave: WAVE, openPopup: tracedPopup })
    },
  )
})

/** Opens the popup under a task trace and prints when each of its own marks came. */
async function tracedPopup() {
  const { session } = chromium.driver() as ChromiumDriver
  const popup = await session.context.newPage()
  const cdp = await session.context.newCDPSession(popup)
  const stop = await traceTasks(cdp)
  await popup.goto(`chrome-extension://${session.extensionId}/${POPUP_PATH}`)
  await popup.waitForSelector('li[aria-setsize]')
  const shown = await popup.evaluate(() => performance.now())
  const tasks = await stop()
  const longest = Math.max(
    ...tasks.map((task) =>
      Object.entries(task.scriptMs)
        .filter(([url]) => url.startsWith('chrome-extension://'))
        .reduce((sum, [, ms]) => sum + ms, 0),
    ),
  )
  // The popup's own User Timing marks, the first of each: the worker asked, its answer in,
  // the headline and chart drawn (from the kept summary or the answer), the lists drawn.
  const marks = await popup.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .reverse()
        .map((m) => [m.name, m.startTime]),
    ),
  )
  const asked = marks['relay-shield:view-asked']!
  const answered = marks['relay-shield:view-answered']!
  const drawn = marks['relay-shield:view-drawn']!
  const lists = marks['relay-shield:lists-drawn']!
  expect(drawn).toBeGreaterThan(asked)
  expect(answered).toBeGreaterThan(asked)
  expect(lists).toBeGreaterThanOrEqual(answered)
  console.info(
    `popup with ${WAVE} flagged mails: asked ${asked.toFixed(0)} ms, worker's answer ${answered.toFixed(0)} ms, wave drawn ${drawn.toFixed(0)} ms, lists drawn ${lists.toFixed(0)} ms after navigation start; seen by the test at ${shown.toFixed(0)} ms; longest popup script task ${longest.toFixed(1)} ms`,
  )
  return chromiumPage(popup)
}
