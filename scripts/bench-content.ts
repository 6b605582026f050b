// Content-script benchmark in real Chromium with the built extension on replica Gmail pages:
// scripting time to annotate a 100-row page, long tasks while 500 rows arrive in batches of 50,
// and the script's size. Printed, not asserted (timings vary with the machine). Scripting time is
// Chromium's ScriptDuration metric for the tab: the replica pages run no script of their own, and
// commands sent by the benchmark itself count as DevTools time, not script time.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../test/e2e/support/chromium.ts'
import { gmailReplica, gmailRowHtml } from '../test/support/gmail-replica.ts'
import { ordinaryMails, waveMails } from '../test/support/mail-specs.ts'

const session = await launchChromium()

async function scriptMs(cdp: {
  send(m: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }>
}) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000
}

// 1. A 100-row inbox: all scripting in the page is the content script's (the replica has none).
const hundred = [
  ...waveMails(50, new Date(2026, 9, 1, 9), 15_000),
  ...ordinaryMails(50, new Date(2026, 8, 1)),
]
session.serve('mail.google.com', gmailReplica(hundred))
const page = await session.context.newPage()
const cdp = await session.context.newCDPSession(page)
await cdp.send('Performance.enable')
await page.goto('https://mail.google.com/mail/u/0/#inbox')
await page.waitForFunction(
  () => document.querySelectorAll('tr.zA[data-relay-shield]').length === 100,
)
console.log(
  `content script, 100-row page: ${(await scriptMs(cdp)).toFixed(1)} ms scripting in the page (load, read, mark 100 rows and 50 markers)`,
)
await page.close()

// 2. 500 rows arriving in batches of 50 into an open inbox.
const later = [
  ...waveMails(250, new Date(2026, 9, 2, 9), 10_000, 1_960_000_000_000_000_000n),
  ...ordinaryMails(250, new Date(2026, 8, 2), 1_700_000_000_000_000_000n),
]
const batches = Array.from({ length: 10 }, (_, b) =>
  later
    .slice(b * 50, b * 50 + 50)
    .map((mail, i) => gmailRowHtml(mail, 1_000 + b * 50 + i))
    .join(''),
)
session.serve('mail.google.com', gmailReplica([]))
const live = await session.context.newPage()
const liveCdp = await session.context.newCDPSession(live)
await liveCdp.send('Performance.enable')
await live.goto('https://mail.google.com/mail/u/0/#inbox')
await live.evaluate(() => {
  const scope = globalThis as unknown as { longTasks: number[] }
  scope.longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) scope.longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: false })
})
const before = await scriptMs(liveCdp)
for (const html of batches) {
  await live.evaluate((rows) => {
    const body = document.querySelector('table.F tbody') ?? document.querySelector('tbody')!
    body.insertAdjacentHTML('beforeend', rows)
  }, html)
  await live.waitForTimeout(100)
}
await live.waitForFunction(
  () => document.querySelectorAll('tr.zA[data-relay-shield]').length === 500,
  undefined,
  { timeout: 60_000 },
)
const longTasks = await live.evaluate(
  () => (globalThis as unknown as { longTasks: number[] }).longTasks,
)
console.log(
  `content script, 500 rows in 10 batches of 50: ${((await scriptMs(liveCdp)) - before).toFixed(1)} ms scripting in total; long tasks >= 50 ms: ${longTasks.length}${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''}`,
)
await session.close()

// 3. Size of what is injected into every Gmail page.
const script = readFileSync('dist/chrome/src/content/gmail.js')
console.log(
  `content script size: gmail.js ${(script.length / 1024).toFixed(1)} KB minified, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip`,
)
