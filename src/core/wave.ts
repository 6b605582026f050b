// Cross-brand waves: many unrelated companies sending helpdesk mail to one person within minutes
// (../shared/SIGNALS.md 4.2 and 6: "many unrelated brands -> one recipient in minutes").
// Judged on the mails' own dates, never on when the extension saw them.

/** One helpdesk-looking mail, reduced to what the wave rule needs. */
export interface WaveCandidate {
  id: string
  brand: string
  date: number
}

export interface WaveThresholds {
  /** Width of the sliding window, in milliseconds. */
  windowMs: number
  /** Distinct brands inside one window that make a wave. */
  minBrands: number
}

export const WAVE_WINDOW_MS = 30 * 60 * 1000
export const WAVE_MIN_BRANDS = 5
export const DEFAULT_WAVE_THRESHOLDS: WaveThresholds = {
  windowMs: WAVE_WINDOW_MS,
  minBrands: WAVE_MIN_BRANDS,
}

/** Maps the id of every wave member to its wave id. Linear after sorting. */
export function findWaves(
  candidates: readonly WaveCandidate[],
  thresholds: WaveThresholds = DEFAULT_WAVE_THRESHOLDS,
): Map<string, string> {
  const sorted = [...candidates].sort((a, b) => a.date - b.date)
  const brandCounts = new Map<string, number>()
  const members = new Map<string, string>()
  let waveId: string | null = null
  let lastMarked = -1
  let start = 0
  for (let end = 0; end < sorted.length; end++) {
    const entering = sorted[end]!
    brandCounts.set(entering.brand, (brandCounts.get(entering.brand) ?? 0) + 1)
    while (entering.date - sorted[start]!.date > thresholds.windowMs) {
      dropBrand(brandCounts, sorted[start]!.brand)
      start++
    }
    if (brandCounts.size < thresholds.minBrands) continue
    // A window that starts after the last marked member opens a new wave; otherwise it extends it.
    if (waveId === null || start > lastMarked) waveId = `wave-${sorted[start]!.date}`
    for (let i = Math.max(start, lastMarked + 1); i <= end; i++) members.set(sorted[i]!.id, waveId)
    lastMarked = end
  }
  return members
}

function dropBrand(counts: Map<string, number>, brand: string): void {
  const left = (counts.get(brand) ?? 0) - 1
  if (left > 0) counts.set(brand, left)
  else counts.delete(brand)
}
