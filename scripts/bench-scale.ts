// Scale benchmark in real Chromium with the built extension: a 5,000-row replica inbox, then a
// 2,000-mail wave arriving in bursts of 50. Chromium's own timeline trace names the script of
// every call, so the extension's time inside each task is told apart from the page's: printed are
// the longest task of the content script (the page's thread: 50 ms or more is a long task the
// user feels) and of the service worker (its own thread), the total, and the script heap. Printed,
// not asserted: the figures vary with the machine and its load.
import { launchChromium } from '../test/e2e/support/chromium.ts'
import { traceTasks, type ScriptTask } from '../test/e2e/support/trace.ts'
import { gmailReplica } from '../test/support/gmail-replica.ts'
import { scaleInbox } from '../test/support/scale-inbox.ts'

const INBOX = 5_000
const WAVE = 2_000
const BURST = 50

const session = await launchChromium()
const { inbox, bursts } = scaleInbox(INBOX, WAVE, BURST)
session.serve('mail.google.com', gmailReplica(inbox))
const page = await session.context.newPage()
const cdp = await session.context.newCDPSession(page)
const stopTrace = await traceTasks(cdp)
// Thousands of rows take long to load on a busy machine: the wait below is on what counts.
await page.goto('https://mail.google.com/mail/u/0/#inbox', { waitUntil: 'commit' })
const judged = (n: number) =>
  page.waitForFunction(
    (count) => document.querySelectorAll('tr.zA[data-relay-shield]').length === count,
    n,
    { timeout: 180_000, polling: 500 },
  )
await judged(INBOX)
const heap = async () =>
  ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1_048_576
const heapBefore = await heap()
for (const html of bursts) {
  await page.evaluate((rows) => {
    const body = document.querySelector('table.F tbody') ?? document.querySelector('tbody')!
    body.insertAdjacentHTML('beforeend', rows)
  }, html)
  await page.waitForTimeout(50)
}
await judged(INBOX + WAVE)
await cdp.send('HeapProfiler.collectGarbage')
const heapAfter = await heap()
const tasks = (await stopTrace())
  .map((task) => ({ task, ms: extensionMs(task) }))
  .filter(({ ms }) => ms > 0)
  .sort((a, b) => b.ms - a.ms)
const inPage = tasks.filter(({ task }) => inContentScript(task))
const inWorker = tasks.filter(({ task }) => !inContentScript(task))
const longest = (list: typeof tasks) => (list[0]?.ms ?? 0).toFixed(1)
console.log(
  `scale (${INBOX} rows, then ${WAVE} in bursts of ${BURST}): ${tasks.length} tasks ran extension script, ${tasks.reduce((sum, { ms }) => sum + ms, 0).toFixed(0)} ms in all; longest in the page ${longest(inPage)} ms (${inPage.filter(({ ms }) => ms >= 50).length} of 50 ms or more), in the worker ${longest(inWorker)} ms; script heap ${heapBefore.toFixed(1)} -> ${heapAfter.toFixed(1)} MB`,
)
console.log(`  the page's longest: ${JSON.stringify(inPage[0]?.task.calls.slice(0, 3) ?? [])}`)
await session.close()

/** A task of the page's thread: the content script's own file ran in it. */
function inContentScript(task: ScriptTask): boolean {
  return Object.keys(task.scriptMs).some(
    (url) => url.startsWith('chrome-extension://') && url.includes('/src/content/'),
  )
}

function extensionMs(task: ScriptTask): number {
  return Object.entries(task.scriptMs)
    .filter(([url]) => url.startsWith('chrome-extension://'))
    .reduce((sum, [, ms]) => sum + ms, 0)
}
