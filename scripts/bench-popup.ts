// Popup first render in real Chromium with 5,000 flagged mails: the built extension's worker is
// given the wave as content scripts send it, then the popup is opened several times with the
// worker running (warm) and several times just after the worker was stopped, as the browser does
// after 30 idle seconds (cold: the worker starts again when the popup asks it). All times are ms
// after the popup's navigation start (performance.timeOrigin). Printed, not asserted.
//
// "wave on screen" is when the browser painted both the headline's words and the chart's
// summary line, from Chromium's Element Timing (the benchmark tags the two elements as they are
// added; the popup itself carries nothing for it). "wave drawn" is the popup's own mark when
// Preact committed them (before the paint), the measure printed before "wave on screen" existed.
// The privacy page (static HTML and CSS, no script) opened the same way shows what any extension
// page costs on this machine before a line of the popup's script runs. Several builds given as
// arguments (`npx tsx scripts/bench-popup.ts dist/chrome /tmp/previous/chrome`) are opened in turn,
// one opening of each after the other, so they are compared under the same load.
import { launchChromium, type ChromiumSession } from '../test/e2e/support/chromium.ts'
import { CHROME_BUILD, POPUP_PATH } from '../test/e2e/support/paths.ts'
import { ordinaryMails, toMailRow, waveMails } from '../test/support/mail-specs.ts'
import { PRIVACY_PATH, watchPaints, type OpenTimings } from './bench-popup-paint.ts'

const WAVE = 5_000
const OPENS = 9
/** The builds to measure (folders like dist/chrome), opened in turn under the same load. */
const builds = process.argv.length > 2 ? process.argv.slice(2) : [CHROME_BUILD]

const specs = [
  ...waveMails(WAVE, new Date(Date.now() - 3 * 3_600_000), 400),
  ...ordinaryMails(30, new Date(Date.now() - 86_400_000)),
]
const rows = specs.map((spec, i) => toMailRow(spec, 'gmail:bench', `p${i}`))

type Label = 'warm (worker running)' | 'cold (worker just stopped)'
interface Measured {
  build: string
  session: ChromiumSession
  runs: Record<Label, OpenTimings[]>
  /** The static page's first paint, for the browser's own cost on this machine. */
  floor: number[]
}
const measured: Measured[] = []
for (const build of builds) {
  const session = await launchChromium(build)
  await watchPaints(session.context)
  await storeWave(session)
  const runs = { 'warm (worker running)': [], 'cold (worker just stopped)': [] }
  measured.push({ build, session, runs, floor: [] })
}
for (let open = 1; open <= OPENS * 2; open++) {
  const label: Label = open % 2 === 1 ? 'warm (worker running)' : 'cold (worker just stopped)'
  for (const { build, session, runs, floor } of measured) {
    if (label.startsWith('cold')) await session.stopWorker()
    const timings = await openPopup(session)
    runs[label].push(timings)
    floor.push(await openStaticPage(session))
    console.log(
      `${build} popup open ${open}, ${label}, ${WAVE} flagged mails: page parsed ${ms(timings.parsed)}, script started ${ms(timings.asked)}, wave drawn ${ms(timings.drawn)}, wave on screen ${ms(timings.onScreen)}, answer ${ms(timings.answered)}, lists drawn ${ms(timings.lists)}`,
    )
  }
}
for (const { build, session, runs, floor } of measured) {
  console.log(`${build}: ms after the popup's navigation start, median / max`)
  for (const [label, opens] of Object.entries(runs)) {
    const stat = (pick: (run: OpenTimings) => number) => {
      const values = opens.map(pick)
      return `${ms(middle(values))} / ${ms(Math.max(...values))}`
    }
    console.log(
      `  ${label}, ${opens.length} opens: WAVE ON SCREEN ${stat((run) => run.onScreen)} ms (target 50); page parsed ${stat((run) => run.parsed)}, script started ${stat((run) => run.asked)}, wave drawn ${stat((run) => run.drawn)}, lists drawn ${stat((run) => run.lists)}; from the script start to the wave drawn ${stat((run) => run.drawn - run.asked)}, to the wave on screen ${stat((run) => run.onScreen - run.asked)}`,
    )
  }
  console.log(
    `  floor: the privacy page (no script) painted its first words ${ms(middle(floor))} / ${ms(Math.max(...floor))} ms after its navigation start`,
  )
  await session.close()
}

/** Sends the rows as content scripts do and waits until the worker has kept the summary. */
async function storeWave(session: ChromiumSession): Promise<void> {
  const feeder = await session.openPopup()
  await feeder.evaluate(async (all) => {
    const api = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } }
      }
    ).chrome
    for (let i = 0; i < all.length; i += 100)
      await api.runtime.sendMessage({
        type: 'rows.ingest',
        payload: { rows: all.slice(i, i + 100) },
      })
  }, rows)
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
}

async function openPopup(session: ChromiumSession): Promise<OpenTimings> {
  const popup = await session.context.newPage()
  await popup.goto(`chrome-extension://${session.extensionId}/${POPUP_PATH}`)
  await popup.waitForFunction(
    () =>
      performance.getEntriesByName('relay-shield:lists-drawn').length > 0 &&
      (globalThis as unknown as { relayShieldPaints: Record<string, number> }).relayShieldPaints
        .chart !== undefined,
    undefined,
    { polling: 50 },
  )
  // No named functions inside: the page has no helpers of the script's compiler.
  const [parsed, asked, drawn, answered, lists, paints] = await popup.evaluate(() => [
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    ...['view-asked', 'view-drawn', 'view-answered', 'lists-drawn'].map(
      (name) => performance.getEntriesByName(`relay-shield:${name}`)[0]?.startTime ?? NaN,
    ),
    (globalThis as unknown as { relayShieldPaints: Record<string, number> }).relayShieldPaints,
  ])
  const { headline = NaN, chart = NaN } = paints as Record<string, number>
  await popup.close()
  const at = [parsed, asked, drawn, answered, lists] as number[]
  return {
    parsed: at[0]!,
    asked: at[1]!,
    drawn: at[2]!,
    onScreen: Math.max(headline, chart),
    answered: at[3]!,
    lists: at[4]!,
  }
}

async function openStaticPage(session: ChromiumSession): Promise<number> {
  const page = await session.context.newPage()
  await page.goto(`chrome-extension://${session.extensionId}/${PRIVACY_PATH}`)
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
    undefined,
    { polling: 50 },
  )
  const painted = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
  )
  await page.close()
  return painted
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function ms(value: number): string {
  return value.toFixed(0)
}
