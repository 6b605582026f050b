// When the popup's wave was first painted, as the browser reports it: before any page script
// runs, every page of the context watches for the headline's words and the chart's summary line,
// tags each with Chromium's `elementtiming` attribute as it is added (before its first paint),
// and keeps the paint time Element Timing reports for it in `relayShieldPaints`.
import type { BrowserContext } from 'playwright-core'

/** A static extension page: HTML and CSS, no script. */
export const PRIVACY_PATH = 'src/privacy/index.html'

/** ms after the popup's navigation start; NaN for a mark the build does not make. */
export interface OpenTimings {
  parsed: number
  asked: number
  drawn: number
  onScreen: number
  answered: number
  lists: number
}

/** Elements that carry the wave on the first screen, by the name their paint is kept under. */
const WATCHED: Record<string, string> = {
  headline: '.status-card .headline',
  chart: '.timeline .readout',
}

export async function watchPaints(context: BrowserContext): Promise<void> {
  // No named functions inside: the page has no helpers of the script's compiler.
  await context.addInitScript((watched: Record<string, string>) => {
    const paints: Record<string, number> = {}
    ;(globalThis as unknown as { relayShieldPaints: Record<string, number> }).relayShieldPaints =
      paints
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const { identifier, renderTime } = entry as PerformanceEntry & {
          identifier: string
          renderTime: number
        }
        paints[identifier] ??= renderTime || entry.startTime
      }
    }).observe({ type: 'element', buffered: true })
    new MutationObserver(() => {
      for (const [name, selector] of Object.entries(watched)) {
        const element = document.querySelector(selector)
        if (element && !element.hasAttribute('elementtiming'))
          element.setAttribute('elementtiming', name)
      }
    }).observe(document, { subtree: true, childList: true })
  }, WATCHED)
}
