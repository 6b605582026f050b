// The window of a "Scan the wave" request, checked where it is received (the background from
// the popup, the content script from the background).
import { MAX_SCAN_WINDOW_MS, type ScanWindow } from './protocol.ts'

/** A window of finite dates, first before last, no longer than a month; null otherwise. */
export function scanWindow(value: unknown): ScanWindow | null {
  const { from, to } = (value ?? {}) as Record<string, unknown>
  if (typeof from !== 'number' || typeof to !== 'number') return null
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) return null
  return to - from <= MAX_SCAN_WINDOW_MS ? { from, to } : null
}
