// Outlook's list virtualiser measures its rows; a row that changes size makes the list flicker or
// jump (docs/webmail-pages.md 4.2, monet's rules). In real Chromium: the same reconstruction served
// on outlook.live.com (marked by Relay Shield) and on a host the extension never touches has rows
// at the very same places and sizes, and no layout shift on the marked page moves a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, type ChromiumSession } from '../support/chromium.ts'
import { outlookAttackPage } from '../support/scenario.ts'

let session: ChromiumSession
beforeAll(async () => {
  session = await launchChromium()
})
afterAll(() => session?.close())

function rowBoxes(): string[] {
  return [...document.querySelectorAll('div[role=option]')].map((row) => {
    const box = row.getBoundingClientRect()
    return `${box.top.toFixed(1)} ${box.left.toFixed(1)} ${box.width.toFixed(1)} ${box.height.toFixed(1)}`
  })
}

describe('Chromium: Outlook rows keep their geometry when marked and faded', () => {
  it('has rows where the unmarked page has them, and no layout shift', async () => {
    const { html, waveRows } = outlookAttackPage(new Date())
    session.serve('outlook.live.com', html)
    session.serve('plain.example', html)
    const plain = await session.context.newPage()
    await plain.goto('https://plain.example/mail/0/inbox')
    const marked = await session.context.newPage()
    await marked.addInitScript(() => {
      const scope = globalThis as unknown as { shifts: number }
      scope.shifts = 0
      // Only shifts of rows count (a row, or a box holding rows, moved). The subject text moving
      // right to make room for the marker is expected; so is the banner moving the reading pane.
      const movesRows = (node: Node | undefined) =>
        node?.nodeType === 1 &&
        ((node as Element).matches('[role=option]') ||
          (node as Element).querySelector('[role=option]') !== null)
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number
          sources: { node?: Node }[]
        }[])
          if (entry.sources.some((source) => movesRows(source.node))) scope.shifts += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await marked.goto('https://outlook.live.com/mail/0/inbox')
    await marked.waitForFunction(
      (n) => document.querySelectorAll('div[role=option] relay-shield-marker').length === n,
      waveRows,
    )
    await marked.waitForFunction(() => document.querySelector('[data-relay-shield-banner]'))
    // The control: the plain page was not touched.
    expect(
      await plain.evaluate(() => document.querySelectorAll('[data-relay-shield]').length),
    ).toBe(0)
    expect(await marked.evaluate(rowBoxes)).toEqual(await plain.evaluate(rowBoxes))
    await marked.evaluate(() => new Promise(requestAnimationFrame))
    expect(await marked.evaluate(() => (globalThis as unknown as { shifts: number }).shifts)).toBe(
      0,
    )

    // "Fade out" from the popup: the wave's rows fade and stay exactly where they were.
    const popup = await session.openPopup()
    await popup.getByRole('button', { name: 'Fade out', exact: true }).click()
    await popup.waitForSelector('text=/Done: \\d+ mails/')
    await marked.bringToFront()
    await marked.waitForFunction(
      (n) => document.querySelectorAll('div[role=option][data-relay-shield-hidden]').length === n,
      waveRows,
    )
    const faded = await marked.evaluate(() =>
      [...document.querySelectorAll('div[role=option][data-relay-shield-hidden]')].map(
        (row) => getComputedStyle(row).opacity,
      ),
    )
    expect(new Set(faded)).toEqual(new Set(['0.3']))
    expect(await marked.evaluate(rowBoxes)).toEqual(await plain.evaluate(rowBoxes))
    await marked.evaluate(() => new Promise(requestAnimationFrame))
    expect(await marked.evaluate(() => (globalThis as unknown as { shifts: number }).shifts)).toBe(
      0,
    )
    await popup.close()
    await plain.close()
    await marked.close()
  })
})
