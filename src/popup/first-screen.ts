// What the popup's first frame needs and when it is on screen. The first render waits for the
// summary the background keeps in session storage (a local read, no worker involved), so the
// headline and chart are committed in the first frame instead of after a "loading" frame; the
// worker's answer and the lists wait until that frame was painted, so they never delay it.
import { isPopupSummary, type PopupSummary } from '../core/views/popup-summary.ts'

/** How long the first render waits for the kept summary before it draws without one. */
export const KEPT_WAIT_MS = 150

/** The kept summary when it can draw the first screen; null when absent, unusable or late. */
export function keptFirstScreen(
  read: Promise<unknown>,
  waitMs = KEPT_WAIT_MS,
): Promise<PopupSummary | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)))
  const usable = read.then(
    (value) => (isPopupSummary(value) && value.account !== '' ? value : null),
    () => null,
  )
  return Promise.race([usable, late]).finally(() => clearTimeout(timer))
}

/**
 * `painted` settles once the first screen was drawn (`firstDraw`, called from its commit) and the
 * browser has painted that frame; at once when there is no first screen to wait for.
 */
export function firstFrame(hasFirstScreen: boolean): {
  painted: Promise<void>
  firstDraw: () => void
} {
  if (!hasFirstScreen) return { painted: Promise.resolve(), firstDraw: () => {} }
  let firstDraw = () => {}
  const painted = new Promise<void>((resolve) => {
    // A task queued from an animation frame callback runs after that frame's paint.
    firstDraw = () => requestAnimationFrame(() => setTimeout(resolve))
  })
  return { painted, firstDraw }
}
