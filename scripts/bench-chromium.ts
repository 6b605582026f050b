// Ingest benchmark in real Chromium IndexedDB: the built extension's worker receives 10,000 rows
// in batches of 100 from an extension page, as content scripts send them. Printed, not asserted.
import { launchChromium } from '../test/e2e/support/chromium.ts'
import { ordinaryMails, toMailRow, waveMails } from '../test/support/mail-specs.ts'

const ROWS = Number(process.env.BENCH_CHROMIUM_ROWS ?? 10_000)

const specs = [
  ...waveMails(2_000, new Date(2026, 9, 1, 9), 2_000),
  ...ordinaryMails(ROWS - 2_000, new Date(2026, 7, 1)),
]
const rows = specs.map((s, i) => toMailRow(s, 'gmail:bench', `b${i}`))

const session = await launchChromium()
const page = await session.openPopup()
const seconds = await page.evaluate(async (all) => {
  const api = (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
  ).chrome
  const started = performance.now()
  for (let i = 0; i < all.length; i += 100)
    await api.runtime.sendMessage({ type: 'rows.ingest', payload: { rows: all.slice(i, i + 100) } })
  return (performance.now() - started) / 1000
}, rows)
console.log(
  `ingest (real Chromium IndexedDB, through the worker): ${ROWS} rows in ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds)} rows/s, batches of 100`,
)
await session.close()
