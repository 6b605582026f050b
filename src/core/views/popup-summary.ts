// The popup's first screen in a few numbers: the headline's figures and the chart. Small enough
// to be kept in session storage after every change, so an opening popup draws the wave without
// waiting for the worker to read the stored mail (the full view follows for the lists).
import type { PopupView, Timeline } from './popup-view.ts'

/** Where the background keeps the summary of the account the popup opens on. */
export const SUMMARY_KEY = 'popupSummary'

export interface PopupSummary {
  account: string
  wave: { id: string; start: number; end: number; mails: number; companies: number } | null
  /** Important mails pinned during the wave. */
  pinned: number
  timeline: Timeline
}

export function summaryOf(view: PopupView): PopupSummary {
  const { wave } = view
  return {
    account: view.account,
    wave: wave
      ? {
          id: wave.id,
          start: wave.start,
          end: wave.end,
          mails: wave.mails,
          companies: wave.brands.length,
        }
      : null,
    pinned: view.important.length,
    timeline: view.timeline,
  }
}

/** A stored summary as read back: anything else is ignored and the popup waits for the view. */
export function isPopupSummary(value: unknown): value is PopupSummary {
  if (typeof value !== 'object' || value === null) return false
  const summary = value as Partial<PopupSummary>
  return (
    typeof summary.account === 'string' &&
    typeof summary.pinned === 'number' &&
    typeof summary.timeline === 'object' &&
    summary.timeline !== null &&
    Array.isArray(summary.timeline.helpdesk) &&
    Array.isArray(summary.timeline.pinned)
  )
}
