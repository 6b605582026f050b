// Outlook benchmark in real Chromium with the built extension on the Outlook reconstructions
// (docs/webmail-pages.md 4): the same figures as the Gmail one (scripting to annotate a 100-row
// page, long tasks while rows arrive, script size) plus what is Outlook's own: scrolling a
// virtualised 2,000-conversation folder by hand, and "Scan this folder" through the popup. The
// virtualised page runs a script of its own, so its cost is measured on a host the extension never
// touches and subtracted. Printed, not asserted (timings vary with the machine).
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { launchChromium } from '../test/e2e/support/chromium.ts'
import { outlookReplica, outlookVirtualReplica } from '../test/support/outlook-replica.ts'
import { ordinaryMails, waveMails } from '../test/support/mail-specs.ts'

const session = await launchChromium()

async function open(host: string, html: string) {
  session.serve(host, html)
  const page = await session.context.newPage()
  const cdp = await session.context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000
  }
  await page.goto(`https://${host}/mail/0/inbox`)
  return { page, scriptMs }
}

function watchLongTasks(page: Page) {
  return page.evaluate(() => {
    const scope = globalThis as unknown as { longTasks: number[] }
    scope.longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.longTasks.push(entry.duration)
    }).observe({ type: 'longtask', buffered: false })
  })
}

const longTasksOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks)

function describeLong(tasks: number[]): string {
  return `${tasks.length}${tasks.length ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''}`
}

// 1. A 100-row list (all rows in the page): all scripting is the content script's.
const hundred = [
  ...waveMails(50, new Date(2026, 9, 1, 9), 15_000),
  ...ordinaryMails(50, new Date(2026, 8, 1)),
]
const small = await open('outlook.office.com', outlookReplica(hundred))
await small.page.waitForFunction(
  () => document.querySelectorAll('div[role=option][data-relay-shield]').length === 100,
)
console.log(
  `outlook content script, 100-row page: ${(await small.scriptMs()).toFixed(1)} ms scripting in the page (load, read, mark 100 rows and 50 markers)`,
)
await small.page.close()

// 2. A virtualised folder of 2,000 conversations scrolled through by hand, 300 px a step.
const folder = [
  ...waveMails(500, new Date(2026, 9, 2, 9), 10_000),
  ...ordinaryMails(1_500, new Date(2026, 8, 2)),
]
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('[role=listbox]')!
    while (list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
      list.scrollTop += 300
      await new Promise((resolve) => setTimeout(resolve, 16))
    }
  })
}
const scrolled: Record<string, { ms: number; long: number[] }> = {}
for (const host of ['plain.example', 'outlook.live.com']) {
  const { page, scriptMs } = await open(host, outlookVirtualReplica(folder))
  await page.waitForSelector('div[role=option]')
  await page.waitForTimeout(300)
  await watchLongTasks(page)
  const before = await scriptMs()
  await scrollThrough(page)
  await page.waitForTimeout(500)
  scrolled[host] = { ms: (await scriptMs()) - before, long: await longTasksOf(page) }
  await page.close()
}
const plain = scrolled['plain.example']!
const marked = scrolled['outlook.live.com']!
console.log(
  `outlook content script, 2,000-conversation virtualised folder scrolled by hand: ${(marked.ms - plain.ms).toFixed(1)} ms of extension scripting (${marked.ms.toFixed(1)} ms with it, ${plain.ms.toFixed(1)} ms page alone); long tasks >= 50 ms: ${describeLong(marked.long)} (page alone: ${describeLong(plain.long)})`,
)

// 3. "Scan this folder" from the popup on the same folder; the inbox stays in front.
const { page: inbox } = await open('outlook.office365.com', outlookVirtualReplica(folder))
await inbox.waitForSelector('div[role=option][data-relay-shield]')
const popup = await session.openPopup()
await inbox.bringToFront()
const scan = await popup.evaluate(async () => {
  const api = (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
  ).chrome
  const started = performance.now()
  const answer = (await api.runtime.sendMessage({
    type: 'folder.scan',
    payload: { account: 'outlook:outlook.office365.com/0' },
  })) as { rows: number }
  return { rows: answer.rows, seconds: (performance.now() - started) / 1000 }
})
console.log(
  `outlook "Scan this folder": ${scan.rows} conversations read in ${scan.seconds.toFixed(1)} s = ${Math.round(scan.rows / scan.seconds)} conversations/s (600 px list, 72 px rows)`,
)
await session.close()

// 4. Size of what is injected into every Outlook page.
const script = readFileSync('dist/chrome/src/content/outlook.js')
console.log(
  `outlook content script size: outlook.js ${(script.length / 1024).toFixed(1)} KB minified, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip`,
)
