// Moves mail of another era into the evaluation window: each mail keeps its time of day and the
// order of its days, its day is squeezed into the window (so a busy 2002 season becomes three busy
// weeks of 2026). Outlying dates (a few per cent of old archives are years off) are clamped first.
const DAY = 86_400_000

/** 2026-03-02 (a Monday) for three weeks. */
export const WINDOW = { start: Date.UTC(2026, 2, 2), days: 21 } as const

export function windowEnd(window: { start: number; days: number } = WINDOW): number {
  return window.start + window.days * DAY
}

/** Lower quantiles round down and upper ones up, so a short list keeps its ends. */
function quantile(sorted: readonly number[], q: number): number {
  const position = q * (sorted.length - 1)
  return sorted[q < 0.5 ? Math.floor(position) : Math.ceil(position)]!
}

/** New dates for the given ones, index by index. */
export function redate(
  dates: readonly number[],
  window: { start: number; days: number } = WINDOW,
): number[] {
  if (dates.length === 0) return []
  const sorted = [...dates].sort((a, b) => a - b)
  const first = Math.floor(quantile(sorted, 0.01) / DAY)
  const last = Math.floor(quantile(sorted, 0.99) / DAY)
  const span = last - first + 1
  return dates.map((date) => {
    const day = Math.min(last, Math.max(first, Math.floor(date / DAY))) - first
    const timeOfDay = ((date % DAY) + DAY) % DAY
    return window.start + Math.floor((day * window.days) / span) * DAY + timeOfDay
  })
}
