// Popup first render in real Chromium with 5,000 flagged mails: the built extension's worker is
// given the wave as content scripts send it, then the popup is opened several times with the
// worker running and several times just after the worker was stopped (as the browser does after
// 30 idle seconds). Each open prints the popup's own User Timing marks (asked, answer in, wave
// drawn, lists drawn) and when the browser had parsed the page, in ms after navigation start;
// then the medians. Printed, not asserted.
import { launchChromium, type ChromiumSession } from '../test/e2e/support/chromium.ts'
import { POPUP_PATH } from '../test/e2e/support/paths.ts'
import { ordinaryMails, toMailRow, waveMails } from '../test/support/mail-specs.ts'

const WAVE = 5_000
const OPENS = 7
const MARKS = ['view-asked', 'view-answered', 'view-drawn', 'lists-drawn'] as const
type Timings = Record<(typeof MARKS)[number] | 'parsed', number>

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
// The batch settles once the worker has kept the summary of the whole wave.
await feeder.waitForFunction(
  async (mails) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } }
      }
    ).chrome
    const kept = (await api.storage.session.get('popupSummary')).popupSummary as
      { wave: { mails: number } | null } | undefined
    return kept?.wave?.mails === mails
  },
  WAVE,
  { polling: 100, timeout: 60_000 },
)
await feeder.close()

const results: Record<string, Timings[]> = { 'worker running': [], 'worker stopped': [] }
for (let open = 1; open <= OPENS * 2; open++) {
  const label = open % 2 === 1 ? 'worker running' : 'worker stopped'
  if (label === 'worker stopped') await session.stopWorker()
  const timings = await openOnce(session)
  results[label]!.push(timings)
  console.log(
    `popup open ${open} (${label}) with ${WAVE} flagged mails: page parsed ${ms(timings.parsed)}, asked ${ms(timings['view-asked'])}, answer ${ms(timings['view-answered'])}, wave drawn ${ms(timings['view-drawn'])}, lists drawn ${ms(timings['lists-drawn'])} ms after navigation start`,
  )
}
for (const [label, runs] of Object.entries(results)) {
  const median = (key: keyof Timings) => ms(middle(runs.map((run) => run[key])))
  console.log(
    `median (${label}, ${runs.length} opens): page parsed ${median('parsed')}, asked ${median('view-asked')}, answer ${median('view-answered')}, wave drawn ${median('view-drawn')} ms (target 50), lists drawn ${median('lists-drawn')} ms; from the popup's script start to the wave drawn ${ms(middle(runs.map((run) => run['view-drawn'] - run['view-asked'])))} ms`,
  )
}
await session.close()

async function openOnce(session: ChromiumSession): Promise<Timings> {
  const popup = await session.context.newPage()
  await popup.goto(`chrome-extension://${session.extensionId}/${POPUP_PATH}`)
  await popup.waitForFunction(
    () => performance.getEntriesByName('relay-shield:lists-drawn').length > 0,
    undefined,
    { polling: 50 },
  )
  // No named functions inside: the page has no helpers of the script's compiler.
  const timings = await popup.evaluate(
    (names) => ({
      ...Object.fromEntries(
        names.map((name) => [
          name,
          performance.getEntriesByName(`relay-shield:${name}`)[0]?.startTime ?? NaN,
        ]),
      ),
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domInteractive,
    }),
    MARKS,
  )
  await popup.close()
  return timings as Timings
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function ms(value: number): string {
  return value.toFixed(0)
}
