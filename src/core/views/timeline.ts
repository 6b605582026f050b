// The popup's chart: mail per bucket over a window zoomed to the wave, with some quiet time before
// and after it so the wave's start and end read as changes. Without a wave, the last 24 hours.
// Bucket sizes are round minutes, so the axis reads like a clock.
import { DAY_MS, MINUTE_MS } from '../time.ts'

/** The window without a wave. */
export const QUIET_SPAN_MS = DAY_MS
/** Quiet time shown on each side of a wave: a quarter of its length, at least this much. */
export const MIN_CONTEXT_MS = 10 * MINUTE_MS
export const CONTEXT_SHARE = 0.25
/** The chart stays readable in a 400 px popup: at most this many bars. */
export const MAX_BUCKETS = 48
/** Round bucket sizes, smallest first. */
const BUCKET_SIZES_MS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map(
  (m) => m * MINUTE_MS,
)

export interface TimelineWindow {
  start: number
  end: number
  bucketMs: number
}

export interface TimelineSpan {
  start: number
  end: number
}

/** The smallest round bucket that fits `span` into MAX_BUCKETS bars. */
export function bucketFor(spanMs: number): number {
  const wanted = spanMs / MAX_BUCKETS
  return BUCKET_SIZES_MS.find((size) => size >= wanted) ?? BUCKET_SIZES_MS.at(-1)!
}

/**
 * The chart's window. `wave` is the latest wave's span (its end moved to `now` while it is under
 * way), or null. Never reaches past `now`: the future has no mail.
 */
export function timelineWindow(wave: TimelineSpan | null, now: number): TimelineWindow {
  if (!wave) {
    const bucketMs = bucketFor(QUIET_SPAN_MS)
    const end = ceilTo(now, bucketMs)
    return { start: end - QUIET_SPAN_MS, end, bucketMs }
  }
  const context = Math.max(MIN_CONTEXT_MS, (wave.end - wave.start) * CONTEXT_SHARE)
  const from = wave.start - context
  const to = Math.max(wave.end, Math.min(wave.end + context, now))
  const bucketMs = bucketFor(to - from)
  return { start: floorTo(from, bucketMs), end: ceilTo(to + 1, bucketMs), bucketMs }
}

function floorTo(time: number, step: number): number {
  return Math.floor(time / step) * step
}

function ceilTo(time: number, step: number): number {
  return Math.ceil(time / step) * step
}
