// Popup first render in real Chromium with 5,000 flagged mails: the built extension's worker is
// given the wave as content scripts send it, then the popup is opened five times. Each open prints
// the popup's own User Timing marks (asked the worker, answer in, wave drawn), in ms after
// navigation start. Printed, not asserted.
import { launchChromium } from '../test/e2e/support/chromium.ts'
import { POPUP_PATH } from '../test/e2e/support/paths.ts'
import { ordinaryMails, toMailRow, waveMails } from '../test/support/mail-specs.ts'

const WAVE = 5_000
const OPENS = 5

const specs = [
  ...waveMails(WAVE, new Date(Date.now() - 3 * 3_600_000), 400),
  ...ordinaryMails(30, new Date(Date.now() - 86_400_000)),
]
const rows = specs.map((spec, i) => toMailRow(spec, 'gmail:bench', `p${i}`))
const session = await launchChromium()
const feeder = await session.openPopup()
await feeder.evaluate(async (all) => {
  const api = (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
  ).chrome
  for (let i = 0; i < all.length; i += 100)
    await api.runtime.sendMessage({ type: 'rows.ingest', payload: { rows: all.slice(i, i + 100) } })
}, rows)
await feeder.close()
await new Promise((resolve) => setTimeout(resolve, 1_000)) // the batch settles
for (let open = 1; open <= OPENS; open++) {
  const popup = await session.context.newPage()
  await popup.goto(`chrome-extension://${session.extensionId}/${POPUP_PATH}`)
  await popup.waitForSelector('li[aria-setsize]')
  await popup.waitForTimeout(200)
  const marks = await popup.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  )
  const at = (name: string) => (marks[`relay-shield:${name}`] ?? Number.NaN).toFixed(0)
  console.log(
    `popup open ${open} with ${WAVE} flagged mails: asked ${at('view-asked')} ms, answer ${at('view-answered')} ms, wave drawn ${at('view-drawn')} ms after navigation start`,
  )
  await popup.close()
}
await session.close()
